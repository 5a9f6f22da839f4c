// Request schemas of review cycles and the per-subject workflow. Sentences per failed rule come from src/i18n.
import { Type, type Static } from 'typebox';
import { CalendarDate, list } from '../../../shared/contract.js';

const date = Type.String({ format: 'date' });
const lit = <T extends string>(values: readonly T[]) => Type.Unsafe<T>(Type.Union(values.map((v) => Type.Literal(v))));
const text = (max: number) => Type.String({ minLength: 1, maxLength: max });

export const CYCLE_KINDS = ['annual', 'semiannual', 'quarterly', 'monthly', 'ad_hoc'] as const;
export const SUBJECT_KINDS = ['member', 'party_cell', 'grassroots_org', 'party_committee', 'leader'] as const;
export const RULE_SET_IDS = ['reg124-2023', 'reg366-2025'] as const;
export const LEVEL_VALUES = ['excellent', 'good', 'completed', 'not_completed'] as const;
export const STEP_DEADLINES = ['self_assessment', 'collective_review', 'verification', 'decision'] as const;

export const CreateCycleBody = Type.Object(
  {
    title: text(200),
    kind: lit(CYCLE_KINDS),
    periodFrom: date,
    periodTo: date,
    ruleSet: lit(RULE_SET_IDS),
    rootUnitId: Type.Integer({ minimum: 1 }),
    subjectKinds: Type.Array(lit(SUBJECT_KINDS), { minItems: 1, uniqueItems: true }),
    deadlines: Type.Object(Object.fromEntries(STEP_DEADLINES.map((s) => [s, Type.Optional(date)])), { additionalProperties: false }),
    quotaRounding: Type.Optional(lit(['floor', 'round', 'ceil'] as const)),
    quotaGrouping: Type.Optional(lit(['grassroots_org', 'cell', 'cycle'] as const)),
    // The [U]/[P] rules of the rule set, visible and changeable per cycle (defaults: DEFAULT_SETTINGS).
    settings: Type.Optional(
      Type.Object(
        {
          sickLeaveCap: Type.Optional(
            Type.Object(
              {
                enabled: Type.Optional(Type.Boolean()),
                months: Type.Optional(Type.Number({ minimum: 1, maximum: 12 })),
                cap: Type.Optional(lit(['completed', 'not_completed'] as const)),
              },
              { additionalProperties: false },
            ),
          ),
          specialCases366: Type.Optional(
            Type.Object(
              {
                discipline: Type.Optional(Type.Boolean()),
                degradation: Type.Optional(Type.Boolean()),
                collective_failure: Type.Optional(Type.Boolean()),
              },
              { additionalProperties: false },
            ),
          ),
          headAboveCollective: Type.Optional(lit(['warn', 'off'] as const)),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type CreateCycle = Static<typeof CreateCycleBody>;

export const CycleParams = Type.Object({ cycleId: Type.Integer({ minimum: 1 }) });
export const SubjectParams = Type.Object({ subjectId: Type.Integer({ minimum: 1 }) });

export const SubjectListQuery = Type.Object(
  {
    unitId: Type.Optional(Type.Integer({ minimum: 1 })),
    step: Type.Optional(Type.String({ maxLength: 40 })),
    kind: Type.Optional(lit(SUBJECT_KINDS)),
    notRated: Type.Optional(Type.Boolean()),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
  },
  { additionalProperties: false },
);
export type SubjectListQueryT = Static<typeof SubjectListQuery>;

export const UnitQuery = Type.Object({ unitId: Type.Optional(Type.Integer({ minimum: 1 })) }, { additionalProperties: false });

const count = Type.Integer({ minimum: 0, maximum: 10_000 });
const rating = lit(['excellent', 'good', 'average', 'weak'] as const);
const points = (max: number) => Type.Number({ minimum: 0, maximum: max, multipleOf: 0.25 });

/** The self-assessment: criteria ratings (reg124) or points (reg366); the rule set says which are needed. */
export const SelfAssessmentBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    summary: Type.String({ maxLength: 5000 }),
    // reg124: criterion id → rating; which criteria a kind needs is the rule set's (validateFacts says what is missing)
    criteria: Type.Optional(Type.Record(Type.String({ pattern: '^[a-z_]{1,40}$' }), rating, { maxProperties: 20 })),
    generalPoints: Type.Optional(points(30)),
    taskPoints: Type.Optional(points(70)),
    concreteProducts: Type.Optional(Type.Boolean()),
    // Whole days in the period (a year at most); the rule converts its threshold in months at 30 days a month.
    sickLeaveDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 366 })),
    maternityLeaveMonths: Type.Optional(Type.Number({ minimum: 0, maximum: 12 })),
    shortcomingsRemedied: Type.Optional(Type.Boolean()),
    proposedLevel: Type.Optional(lit(LEVEL_VALUES)),
    // Task completion figures as the subject reports them; assigned tasks recorded in the system take precedence.
    tasks: Type.Optional(
      Type.Object(
        {
          total: count,
          onTime: count,
          late: count,
          exceeded: count,
          notDone: count,
          keyMissed: count,
          forceMajeure: Type.Optional(Type.Boolean()),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type SelfAssessment = Static<typeof SelfAssessmentBody>;
/** The self-assessment as stored (without the version it was written against). */
export type SelfEntry = Omit<SelfAssessment, 'version'>;

const votes = Type.Integer({ minimum: 0, maximum: 100_000 });
export const ReviewBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    comments: Type.String({ maxLength: 5000 }),
    proposedLevel: lit(LEVEL_VALUES),
    votes: Type.Object({ present: votes, for: votes, against: votes, abstain: votes }, { additionalProperties: false }),
    degradation: Type.Optional(Type.Boolean()),
    disunity: Type.Optional(Type.Boolean()),
    overrideReason: Type.Optional(text(1000)),
  },
  { additionalProperties: false },
);
export type Review = Static<typeof ReviewBody>;
export type ReviewEntry = Omit<Review, 'version'>;

export const VerifyBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    proposedLevel: lit(LEVEL_VALUES),
    note: Type.String({ maxLength: 5000 }),
    overrideReason: Type.Optional(text(1000)),
  },
  { additionalProperties: false },
);
export type Verify = Static<typeof VerifyBody>;

export const DecideBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    level: lit(LEVEL_VALUES),
    decisionNo: Type.String({ maxLength: 100 }),
    note: Type.String({ maxLength: 5000 }),
    overrideReason: Type.Optional(text(1000)),
    quotaOverrideReason: Type.Optional(text(1000)),
  },
  { additionalProperties: false },
);
export type Decide = Static<typeof DecideBody>;

export const VersionBody = Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });

export const ComplaintBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    reason: text(5000),
  },
  { additionalProperties: false },
);

export const AdditionalBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    level: lit(LEVEL_VALUES),
    note: text(5000),
  },
  { additionalProperties: false },
);

// The database holds these vocabularies as text: the answer names its values, the handler's type stays string.
const lit01 = (values: readonly string[]) => Type.Unsafe<string>(Type.Union(values.map((v) => Type.Literal(v))));
/** A cycle as the routes answer it (cycles.cycleDto): settings are the resolved ones (domain/assessment/settings.ts). */
export const CycleAnswer = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  kind: lit01(CYCLE_KINDS),
  periodFrom: CalendarDate,
  periodTo: CalendarDate,
  ruleSet: lit01(RULE_SET_IDS),
  rootUnitId: Type.Integer(),
  rootPath: Type.String(),
  subjectKinds: list(lit01(SUBJECT_KINDS), SUBJECT_KINDS.length),
  deadlines: Type.Object({
    self_assessment: Type.Optional(CalendarDate),
    collective_review: Type.Optional(CalendarDate),
    verification: Type.Optional(CalendarDate),
    decision: Type.Optional(CalendarDate),
  }),
  quotaRounding: lit01(['floor', 'round', 'ceil'] as const),
  quotaGrouping: lit01(['grassroots_org', 'cell', 'cycle'] as const),
  settings: Type.Object({
    sickLeaveCap: Type.Object({ enabled: Type.Boolean(), months: Type.Number(), cap: lit01(LEVEL_VALUES) }),
    specialCases366: Type.Object({ discipline: Type.Boolean(), degradation: Type.Boolean(), collective_failure: Type.Boolean() }),
    headAboveCollective: lit01(['warn', 'off'] as const),
    quotaRounding: lit01(['floor', 'round', 'ceil'] as const),
  }),
  version: Type.Integer(),
});
/** A new cycle, with how many subjects it made and how many of them are not rated. */
export const CreatedCycle = Type.Object({
  ...CycleAnswer.properties,
  subjects: Type.Integer({ minimum: 0 }),
  notRated: Type.Integer({ minimum: 0 }),
});

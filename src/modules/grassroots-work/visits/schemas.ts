// Request and answer schemas of visit and contact logs and their problems.
import { Type, type Static } from 'typebox';
import { CalendarDate, list, Nullable, page, pageEcho } from '../../../shared/contract.js';
import { PROBLEM_CATEGORIES, PROBLEM_STATUSES } from '../../../domain/assignments/rules.js';

const id = Type.Integer({ minimum: 1 });
const date = Type.String({ format: 'date' });
const text = (min: number, max: number) => Type.String({ minLength: min, maxLength: max });
const category = Type.Union(PROBLEM_CATEGORIES.map((c) => Type.Literal(c)));
const status = Type.Union(PROBLEM_STATUSES.map((s) => Type.Literal(s)));

export const NewProblem = Type.Object(
  {
    category,
    description: text(1, 2000),
    householdId: Type.Optional(id),
    status: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('in_progress')])),
    followUp: Type.Optional(text(0, 2000)),
  },
  { additionalProperties: false },
);

export const ProblemUpdate = Type.Object(
  {
    problemId: id,
    version: id,
    status,
    followUp: text(0, 2000),
  },
  { additionalProperties: false },
);
export type ProblemUpdateT = { problemId: number; version: number; status: 'open' | 'in_progress' | 'solved'; followUp: string };

export const CreateVisitBody = Type.Object(
  {
    unitId: id,
    visitedOn: date,
    visitorMemberId: id,
    kind: Type.Union([Type.Literal('visit'), Type.Literal('meeting'), Type.Literal('phone')]),
    summary: Type.Optional(text(0, 4000)),
    householdIds: Type.Optional(Type.Array(id, { maxItems: 200, uniqueItems: true })),
    escalation: Type.Optional(text(0, 2000)),
    escalatedToUnitId: Type.Optional(Type.Union([id, Type.Null()])),
    problems: Type.Optional(Type.Array(NewProblem, { maxItems: 50 })),
    problemUpdates: Type.Optional(Type.Array(ProblemUpdate, { maxItems: 50 })),
  },
  { additionalProperties: false },
);
export type CreateVisit = Static<typeof CreateVisitBody>;

export const UpdateProblemBody = Type.Object({ version: id, status, followUp: text(0, 2000) }, { additionalProperties: false });

export const VisitParams = Type.Object({ visitId: id });
export const ProblemParams = Type.Object({ problemId: id });

export const VisitListQuery = Type.Object(
  {
    unitId: Type.Optional(id),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);

export const ProblemListQuery = Type.Object(
  {
    unitId: Type.Optional(id),
    status: Type.Union([status, Type.Literal('unsolved')], { default: 'unsolved' }),
    category: Type.Optional(category),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type ProblemListQueryT = Omit<Static<typeof ProblemListQuery>, 'status' | 'category'> & {
  status: 'open' | 'in_progress' | 'solved' | 'unsolved';
  category?: string;
};

export const VisitHouseholdQuery = Type.Object(
  {
    unitId: id,
    q: Type.Optional(Type.String({ maxLength: 100 })),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 30 }),
  },
  { additionalProperties: false },
);

// --- answers -------------------------------------------------------------------------------------------------

const Int = Type.Integer();
const Str = Type.String();
const VisitKind = Type.Union([Type.Literal('visit'), Type.Literal('meeting'), Type.Literal('phone')]);
const ProblemStatusT = Type.Union([Type.Literal('open'), Type.Literal('in_progress'), Type.Literal('solved')]);
const ProblemFields = {
  id: Int,
  visitId: Int,
  category: Str,
  description: Str,
  status: Str,
  followUp: Str,
  openedOn: CalendarDate,
  solvedOn: Nullable(CalendarDate),
  householdId: Nullable(Int),
  version: Int,
};
export const ProblemAnswer = Type.Object(ProblemFields);
// A visit's lists are bounded by what one visit may record (CreateVisitBody's maxItems).
export const VisitAnswer = Type.Object({
  id: Int,
  unitId: Int,
  unitName: Str,
  visitedOn: CalendarDate,
  kind: VisitKind,
  visitorMemberId: Int,
  visitorName: Str,
  summary: Str,
  escalation: Str,
  escalatedToUnitId: Nullable(Int),
  escalatedToName: Nullable(Str),
  households: list(Type.Object({ id: Int, address: Str, headName: Str }), 200 + 50),
  problems: list(Type.Object({ ...ProblemFields, householdAddress: Nullable(Str) }), 50),
  followUps: list(Type.Object({ problemId: Int, status: ProblemStatusT, followUp: Str, description: Str, category: Str }), 50),
});
export const VisitListAnswer = page(
  Type.Object({
    id: Int,
    unitId: Int,
    unitName: Str,
    visitedOn: CalendarDate,
    kind: VisitKind,
    visitorName: Str,
    summary: Str,
    escalation: Str,
    problemsFound: Int,
    households: Int,
  }),
  200,
  pageEcho,
);
export const ProblemListAnswer = page(
  Type.Object({
    id: Int,
    visitId: Int,
    unitId: Int,
    unitName: Str,
    category: Str,
    description: Str,
    status: ProblemStatusT,
    followUp: Str,
    openedOn: CalendarDate,
    solvedOn: Nullable(CalendarDate),
    version: Int,
    foundBy: Str,
    householdAddress: Nullable(Str),
    escalation: Str,
    ageDays: Int,
    ageBand: Str,
  }),
  200,
  pageEcho,
);
/** The visit form's picker: at most `limit` (VisitHouseholdQuery, ≤ 100) households matching the search. */
export const VisitHouseholdsAnswer = list(Type.Object({ id: Int, address: Str, headName: Str, groupName: Str }), 100);

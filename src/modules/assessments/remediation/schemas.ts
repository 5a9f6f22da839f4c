// Request schemas of remediation plans.
import { Type, type Static } from 'typebox';
import { CalendarDate, list, Nullable } from '../../../shared/contract.js';

const text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const date = Type.String({ format: 'date' });

export const ItemFields = Type.Object(
  {
    shortcoming: text(2000),
    action: text(2000),
    owner: text(200),
    deadline: date,
  },
  { additionalProperties: false },
);

export const CreatePlanBody = Type.Object(
  {
    subjectId: Type.Integer({ minimum: 1 }),
    reason: Type.Union([Type.Literal('not_completed'), Type.Literal('shortcoming')]),
    items: Type.Array(ItemFields, { minItems: 1, maxItems: 50 }),
  },
  { additionalProperties: false },
);
export type CreatePlan = Static<typeof CreatePlanBody>;

export const ItemStatusBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    status: Type.Union([Type.Literal('open'), Type.Literal('in_progress'), Type.Literal('done')]),
  },
  { additionalProperties: false },
);

export const ReportBody = Type.Object(
  {
    note: text(5000),
    itemId: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

export const VersionBody = Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export const PlanParams = Type.Object({ planId: Type.Integer({ minimum: 1 }) });
export const ItemParams = Type.Object({ planId: Type.Integer({ minimum: 1 }), itemId: Type.Integer({ minimum: 1 }) });
export const PlanListQuery = Type.Object(
  {
    unitId: Type.Optional(Type.Integer({ minimum: 1 })),
    overdue: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

const Level = Type.Union([Type.Literal('excellent'), Type.Literal('good'), Type.Literal('completed'), Type.Literal('not_completed')]);
const PlanItem = Type.Object({
  id: Type.Integer(),
  shortcoming: Type.String(),
  action: Type.String(),
  owner: Type.String(),
  deadline: CalendarDate,
  status: Type.Union([Type.Literal('open'), Type.Literal('in_progress'), Type.Literal('done')]),
  version: Type.Integer(),
});
/** A plan as the routes answer it (service.planDto): its items are bounded by the plan's form (at most 50). */
export const PlanAnswer = Type.Object({
  id: Type.Integer(),
  subjectId: Type.Integer(),
  name: Type.String(),
  kind: Type.String(),
  level: Nullable(Level),
  cycleId: Type.Integer(),
  cycleTitle: Type.String(),
  memberId: Nullable(Type.Integer()),
  unitId: Type.Integer(),
  reason: Type.Union([Type.Literal('not_completed'), Type.Literal('shortcoming')]),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  version: Type.Integer(),
  items: list(PlanItem, 50),
  overdue: Type.Integer({ minimum: 0 }),
});
/** A plan with its reports (not bounded yet: GET /api/remediation-plans/:planId stays in unbounded-lists.txt). */
export const PlanDetailAnswer = Type.Object({
  ...PlanAnswer.properties,
  reports: Type.Array(
    Type.Object({
      id: Type.Integer(),
      itemId: Nullable(Type.Integer()),
      reportedOn: CalendarDate,
      note: Type.String(),
      actorName: Nullable(Type.String()),
    }),
  ),
  removalReviewYears: Type.Array(Type.Integer()),
});

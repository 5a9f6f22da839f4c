// Request schemas of remediation plans.
import { Type, type Static } from 'typebox';

const text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const date = Type.String({ format: 'date' });

export const ItemFields = Type.Object({
  shortcoming: text(2000), action: text(2000), owner: text(200), deadline: date,
}, { additionalProperties: false });

export const CreatePlanBody = Type.Object({
  subjectId: Type.Integer({ minimum: 1 }),
  reason: Type.Union([Type.Literal('not_completed'), Type.Literal('shortcoming')]),
  items: Type.Array(ItemFields, { minItems: 1, maxItems: 50 }),
}, { additionalProperties: false });
export type CreatePlan = Static<typeof CreatePlanBody>;

export const ItemStatusBody = Type.Object({
  version: Type.Integer({ minimum: 1 }),
  status: Type.Union([Type.Literal('open'), Type.Literal('in_progress'), Type.Literal('done')]),
}, { additionalProperties: false });

export const ReportBody = Type.Object({
  note: text(5000), itemId: Type.Optional(Type.Integer({ minimum: 1 })),
}, { additionalProperties: false });

export const VersionBody = Type.Object({ version: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
export const PlanParams = Type.Object({ planId: Type.Integer({ minimum: 1 }) });
export const ItemParams = Type.Object({ planId: Type.Integer({ minimum: 1 }), itemId: Type.Integer({ minimum: 1 }) });
export const PlanListQuery = Type.Object({
  unitId: Type.Optional(Type.Integer({ minimum: 1 })),
  overdue: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });

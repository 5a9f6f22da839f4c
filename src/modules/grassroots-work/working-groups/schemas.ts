// Request schemas of working groups.
import { Type, type Static } from 'typebox';
import { CalendarDate, list, Nullable, page, pageEcho } from '../../../shared/contract.js';

const id = Type.Integer({ minimum: 1 });
const date = Type.String({ format: 'date' });
const text = (min: number, max: number) => Type.String({ minLength: min, maxLength: max });

const GroupMember = Type.Object(
  {
    memberId: id,
    role: Type.Union([Type.Literal('leader'), Type.Literal('deputy'), Type.Literal('member')]),
  },
  { additionalProperties: false },
);

export const CreateWorkingGroupBody = Type.Object(
  {
    unitId: id,
    name: text(1, 200),
    purpose: Type.Optional(text(0, 2000)),
    validFrom: date,
    validTo: Type.Optional(Type.Union([date, Type.Null()])),
    members: Type.Array(GroupMember, { minItems: 1, maxItems: 50 }),
    unitIds: Type.Array(id, { maxItems: 200 }),
  },
  { additionalProperties: false },
);
export type CreateWorkingGroup = Static<typeof CreateWorkingGroupBody>;

export const UpdateWorkingGroupBody = Type.Object(
  {
    version: id,
    name: Type.Optional(text(1, 200)),
    purpose: Type.Optional(text(0, 2000)),
    validTo: Type.Optional(Type.Union([date, Type.Null()])),
    members: Type.Optional(Type.Array(GroupMember, { minItems: 1, maxItems: 50 })),
    unitIds: Type.Optional(Type.Array(id, { maxItems: 200 })),
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateWorkingGroup = Static<typeof UpdateWorkingGroupBody>;

export const ActivityBody = Type.Object({ heldOn: date, summary: text(1, 4000) }, { additionalProperties: false });
export type Activity = Static<typeof ActivityBody>;

export const WorkingGroupParams = Type.Object({ workingGroupId: id });
export const WorkingGroupListQuery = Type.Object(
  {
    unitId: Type.Optional(id),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);

// --- answers -------------------------------------------------------------------------------------------------

const Int = Type.Integer();
const Str = Type.String();
/** A group's page shows its latest activities, at most this many. */
export const ACTIVITIES_SHOWN = 200;
const Common = {
  id: Int,
  unitId: Int,
  unitName: Str,
  name: Str,
  purpose: Str,
  validFrom: CalendarDate,
  validTo: Nullable(CalendarDate),
  version: Int,
};
export const WorkingGroupListAnswer = page(
  Type.Object({ ...Common, current: Type.Boolean(), members: Int, units: Int, activities: Int }),
  200,
  pageEcho,
);
// Members and units are bounded by what the body may name (CreateWorkingGroupBody's maxItems).
export const WorkingGroupAnswer = Type.Object({
  ...Common,
  members: list(Type.Object({ memberId: Int, fullName: Str, role: Str, unitName: Str }), 50),
  units: list(Type.Object({ id: Int, name: Str, kind: Str }), 200),
  activities: list(Type.Object({ id: Int, heldOn: CalendarDate, summary: Str, recordedBy: Nullable(Str) }), ACTIVITIES_SHOWN),
});

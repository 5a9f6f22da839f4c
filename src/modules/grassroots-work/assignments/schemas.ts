// Request and answer schemas of assignments ("phụ trách") and coverage reports.
import { Type, type Static } from 'typebox';
import { CalendarDate, list, Nullable, page, pageEcho } from '../../../shared/contract.js';

const id = Type.Integer({ minimum: 1 });
const date = Type.String({ format: 'date' });

export const CreateUnitAssignmentBody = Type.Object(
  {
    unitId: id,
    memberId: id,
    validFrom: date,
    validTo: Type.Optional(Type.Union([date, Type.Null()])),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);
export type CreateUnitAssignment = Static<typeof CreateUnitAssignmentBody>;

export const CreateHouseholdAssignmentBody = Type.Object(
  {
    householdId: id,
    memberId: id,
    validFrom: date,
    validTo: Type.Optional(Type.Union([date, Type.Null()])),
    /** The user saw the "outside the member's area" warning and confirms. */
    acknowledgeOutsideArea: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type CreateHouseholdAssignment = Static<typeof CreateHouseholdAssignmentBody>;

export const EndAssignmentBody = Type.Object({ version: id, validTo: date }, { additionalProperties: false });
export type EndAssignment = Static<typeof EndAssignmentBody>;

export const AssignmentParams = Type.Object({ assignmentId: id });

export const UnitAssignmentListQuery = Type.Object(
  {
    unitId: Type.Optional(id),
    current: Type.Boolean({ default: true }),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);

export const HouseholdAssignmentListQuery = Type.Object({ memberId: id }, { additionalProperties: false });

export const CoverageQuery = Type.Object(
  {
    unitId: Type.Optional(id),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    top: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  },
  { additionalProperties: false },
);
export type CoverageQueryT = Static<typeof CoverageQuery>;

export const SettingsBody = Type.Object({ householdLimit: Type.Integer({ minimum: 1, maximum: 1000 }) }, { additionalProperties: false });

// --- answers -------------------------------------------------------------------------------------------------

const Int = Type.Integer();
const Str = Type.String();
export const UnitAssignmentAnswer = Type.Object({
  id: Int,
  unitId: Int,
  unitName: Str,
  memberId: Int,
  memberName: Str,
  validFrom: CalendarDate,
  validTo: Nullable(CalendarDate),
  note: Str,
  version: Int,
});
export const UnitAssignmentListAnswer = page(UnitAssignmentAnswer, 200, pageEcho);
export const HouseholdAssignmentAnswer = Type.Object({
  id: Int,
  householdId: Int,
  address: Str,
  headName: Str,
  memberId: Int,
  memberName: Str,
  validFrom: CalendarDate,
  validTo: Nullable(CalendarDate),
  outsideArea: Type.Boolean(),
  version: Int,
});
export const CreatedHouseholdAssignment = Type.Object({
  ...HouseholdAssignmentAnswer.properties,
  warnings: list(Type.Object({ code: Str, message: Str }), 1),
});
/** The households one member is in charge of today, at most this many (the household limit is at most 1000). */
export const MEMBER_HOUSEHOLDS_SHOWN = 1000;
export const MemberHouseholdsAnswer = Type.Object({
  memberId: Int,
  memberName: Str,
  limit: Int,
  items: list(
    Type.Object({
      assignmentId: Int,
      householdId: Int,
      address: Str,
      headName: Str,
      people: Int,
      groupName: Str,
      validFrom: CalendarDate,
      validTo: Nullable(CalendarDate),
      outsideArea: Type.Boolean(),
      version: Int,
    }),
    MEMBER_HOUSEHOLDS_SHOWN,
  ),
});

// Request schemas of assignments ("phụ trách") and coverage reports.
import { Type, type Static } from 'typebox';

const id = Type.Integer({ minimum: 1 });
const date = Type.String({ format: 'date' });

export const CreateUnitAssignmentBody = Type.Object({
  unitId: id, memberId: id, validFrom: date, validTo: Type.Optional(Type.Union([date, Type.Null()])),
  note: Type.Optional(Type.String({ maxLength: 500 })),
}, { additionalProperties: false });
export type CreateUnitAssignment = Static<typeof CreateUnitAssignmentBody>;

export const CreateHouseholdAssignmentBody = Type.Object({
  householdId: id, memberId: id, validFrom: date, validTo: Type.Optional(Type.Union([date, Type.Null()])),
  /** The user saw the "outside the member's area" warning and confirms. */
  acknowledgeOutsideArea: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });
export type CreateHouseholdAssignment = Static<typeof CreateHouseholdAssignmentBody>;

export const EndAssignmentBody = Type.Object({ version: id, validTo: date }, { additionalProperties: false });
export type EndAssignment = Static<typeof EndAssignmentBody>;

export const AssignmentParams = Type.Object({ assignmentId: id });

export const UnitAssignmentListQuery = Type.Object({
  unitId: Type.Optional(id), current: Type.Boolean({ default: true }),
}, { additionalProperties: false });

export const HouseholdAssignmentListQuery = Type.Object({ memberId: id }, { additionalProperties: false });

export const CoverageQuery = Type.Object({
  unitId: Type.Optional(id),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
  top: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
}, { additionalProperties: false });
export type CoverageQueryT = Static<typeof CoverageQuery>;

export const SettingsBody = Type.Object({ householdLimit: Type.Integer({ minimum: 1, maximum: 1000 }) }, { additionalProperties: false });

// Request schemas of the residential group and household register.
import { Type, type Static } from 'typebox';

const text = (min: number, max: number) => Type.String({ minLength: min, maxLength: max });
const id = Type.Integer({ minimum: 1 });

export const GroupKind = Type.Union([Type.Literal('residential_group'), Type.Literal('village')]);

export const CreateGroupBody = Type.Object({
  unitId: id, name: text(1, 120), kind: GroupKind, cellId: Type.Optional(Type.Union([id, Type.Null()])),
}, { additionalProperties: false });
export type CreateGroup = Static<typeof CreateGroupBody>;

export const UpdateGroupBody = Type.Object({
  version: id, name: Type.Optional(text(1, 120)), kind: Type.Optional(GroupKind),
  cellId: Type.Optional(Type.Union([id, Type.Null()])),
}, { additionalProperties: false, minProperties: 2 });
export type UpdateGroup = Static<typeof UpdateGroupBody>;

const householdFields = {
  residentialGroupId: id,
  address: text(1, 300),
  headName: Type.String({ minLength: 1, maxLength: 120, pattern: '\\p{L}' }),
  people: Type.Integer({ minimum: 1, maximum: 100 }),
  phone: Type.String({ pattern: '^(0[0-9]{9})?$' }),
};

export const CreateHouseholdBody = Type.Object({
  residentialGroupId: householdFields.residentialGroupId, address: householdFields.address,
  headName: householdFields.headName, people: householdFields.people, phone: Type.Optional(householdFields.phone),
}, { additionalProperties: false });
export type CreateHousehold = Static<typeof CreateHouseholdBody>;

export const UpdateHouseholdBody = Type.Object({
  version: id,
  address: Type.Optional(householdFields.address), headName: Type.Optional(householdFields.headName),
  people: Type.Optional(householdFields.people), phone: Type.Optional(householdFields.phone),
}, { additionalProperties: false, minProperties: 2 });
export type UpdateHousehold = Static<typeof UpdateHouseholdBody>;

export const GroupParams = Type.Object({ groupId: id });
export const HouseholdParams = Type.Object({ householdId: id });

export const GroupListQuery = Type.Object({ unitId: Type.Optional(id) }, { additionalProperties: false });

export const HouseholdListQuery = Type.Object({
  unitId: Type.Optional(id),
  groupId: Type.Optional(id),
  q: Type.Optional(Type.String({ maxLength: 100 })),
  unassigned: Type.Optional(Type.Boolean()),
  page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
}, { additionalProperties: false });
export type HouseholdListQueryT = Static<typeof HouseholdListQuery>;

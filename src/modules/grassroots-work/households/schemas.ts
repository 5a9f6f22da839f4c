// Request and answer schemas of the residential group and household register.
import { Type, type Static } from 'typebox';
import { CalendarDate, list, Nullable, page, pageEcho } from '../../../shared/contract.js';

const text = (min: number, max: number) => Type.String({ minLength: min, maxLength: max });
const id = Type.Integer({ minimum: 1 });

export const GroupKind = Type.Union([Type.Literal('residential_group'), Type.Literal('village')]);

export const CreateGroupBody = Type.Object(
  {
    unitId: id,
    name: text(1, 120),
    kind: GroupKind,
    cellId: Type.Optional(Type.Union([id, Type.Null()])),
  },
  { additionalProperties: false },
);
export type CreateGroup = Static<typeof CreateGroupBody>;

export const UpdateGroupBody = Type.Object(
  {
    version: id,
    name: Type.Optional(text(1, 120)),
    kind: Type.Optional(GroupKind),
    cellId: Type.Optional(Type.Union([id, Type.Null()])),
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateGroup = Static<typeof UpdateGroupBody>;

const householdFields = {
  residentialGroupId: id,
  address: text(1, 300),
  headName: Type.String({ minLength: 1, maxLength: 120, pattern: '\\p{L}' }),
  people: Type.Integer({ minimum: 1, maximum: 100 }),
  phone: Type.String({ pattern: '^(0[0-9]{9})?$' }),
};

export const CreateHouseholdBody = Type.Object(
  {
    residentialGroupId: householdFields.residentialGroupId,
    address: householdFields.address,
    headName: householdFields.headName,
    people: householdFields.people,
    phone: Type.Optional(householdFields.phone),
  },
  { additionalProperties: false },
);
export type CreateHousehold = Static<typeof CreateHouseholdBody>;

export const UpdateHouseholdBody = Type.Object(
  {
    version: id,
    address: Type.Optional(householdFields.address),
    headName: Type.Optional(householdFields.headName),
    people: Type.Optional(householdFields.people),
    phone: Type.Optional(householdFields.phone),
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateHousehold = Static<typeof UpdateHouseholdBody>;

export const GroupParams = Type.Object({ groupId: id });
export const HouseholdParams = Type.Object({ householdId: id });

export const GroupListQuery = Type.Object({ unitId: Type.Optional(id) }, { additionalProperties: false });

export const HouseholdListQuery = Type.Object(
  {
    unitId: Type.Optional(id),
    groupId: Type.Optional(id),
    q: Type.Optional(Type.String({ maxLength: 100 })),
    unassigned: Type.Optional(Type.Boolean()),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
export type HouseholdListQueryT = Static<typeof HouseholdListQuery>;

// --- answers -------------------------------------------------------------------------------------------------

const Int = Type.Integer();
const Str = Type.String();

export const GroupAnswer = Type.Object({
  id: Int,
  unitId: Int,
  unitName: Str,
  name: Str,
  kind: GroupKind,
  cellId: Nullable(Int),
  cellName: Nullable(Str),
  version: Int,
});
// Not yet paged: the page and the household form pick from the whole list (capped at 2000 by the query).
export const GroupListAnswer = Type.Array(Type.Object({ ...GroupAnswer.properties, households: Int }));

export const HouseholdAnswer = Type.Object({
  id: Int,
  residentialGroupId: Int,
  groupName: Str,
  unitId: Int,
  unitName: Str,
  address: Str,
  headName: Str,
  people: Int,
  phone: Str,
  version: Int,
});
export const HouseholdListItem = Type.Object({
  id: Int,
  address: Str,
  headName: Str,
  people: Int,
  phone: Str,
  version: Int,
  groupId: Int,
  groupName: Str,
  unitName: Str,
  inCharge: Nullable(Type.Object({ assignmentId: Int, memberId: Int, memberName: Str, outsideArea: Type.Boolean() })),
});
export const HouseholdListAnswer = page(HouseholdListItem, 200, pageEcho);

/** How many past assignments a household's page and history show, newest first (a household has a few in decades). */
export const HOUSEHOLD_ASSIGNMENTS_SHOWN = 100;
const HouseholdAssignment = Type.Object({
  id: Int,
  memberId: Int,
  memberName: Str,
  validFrom: CalendarDate,
  validTo: Nullable(CalendarDate),
  outsideArea: Type.Boolean(),
});
export const HouseholdPageAnswer = Type.Object({
  ...HouseholdAnswer.properties,
  assignments: list(Type.Object({ ...HouseholdAssignment.properties, version: Int }), HOUSEHOLD_ASSIGNMENTS_SHOWN),
});

/** The history's bounds, newest first: visits (the query's 500), campaigns, and the status changes in each campaign. */
export const HISTORY_VISITS = 500;
export const HISTORY_PROBLEMS_PER_VISIT = 100;
export const HISTORY_CAMPAIGNS = 100;
export const HISTORY_CHANGES_PER_CAMPAIGN = 100;
export const HouseholdHistoryAnswer = Type.Object({
  household: HouseholdAnswer,
  assignments: list(HouseholdAssignment, HOUSEHOLD_ASSIGNMENTS_SHOWN),
  visits: list(
    Type.Object({
      id: Int,
      visitedOn: CalendarDate,
      kind: Str,
      summary: Str,
      unitName: Str,
      visitorName: Str,
      problems: list(
        Type.Object({
          id: Int,
          category: Str,
          description: Str,
          status: Str,
          followUp: Str,
          openedOn: CalendarDate,
          solvedOn: Nullable(CalendarDate),
        }),
        HISTORY_PROBLEMS_PER_VISIT,
      ),
    }),
    HISTORY_VISITS,
  ),
  campaigns: list(
    Type.Object({
      campaignHouseholdId: Int,
      campaignId: Int,
      name: Str,
      unitName: Str,
      deadline: CalendarDate,
      status: Str,
      blockedReason: Str,
      changes: list(
        Type.Object({ from: Nullable(Str), to: Str, reason: Str, on: CalendarDate, actor: Nullable(Str) }),
        HISTORY_CHANGES_PER_CAMPAIGN,
      ),
    }),
    HISTORY_CAMPAIGNS,
  ),
});

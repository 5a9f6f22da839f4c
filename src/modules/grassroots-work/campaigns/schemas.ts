// Request and answer schemas of mass-mobilization campaigns.
import { Type, type Static } from 'typebox';
import { CalendarDate, list, Nullable } from '../../../shared/contract.js';
import { CAMPAIGN_STATUSES, type CampaignStatus } from '../../../domain/campaigns/status.js';

const id = Type.Integer({ minimum: 1 });
const date = Type.String({ format: 'date' });
const text = (min: number, max: number) => Type.String({ minLength: min, maxLength: max });

export const CreateCampaignBody = Type.Object(
  {
    unitId: id,
    name: text(1, 200),
    goal: text(1, 2000),
    place: text(1, 300),
    startsOn: date,
    deadline: date,
  },
  { additionalProperties: false },
);
export type CreateCampaign = Static<typeof CreateCampaignBody>;

export const UpdateCampaignBody = Type.Object(
  {
    version: id,
    name: Type.Optional(text(1, 200)),
    goal: Type.Optional(text(1, 2000)),
    place: Type.Optional(text(1, 300)),
    startsOn: Type.Optional(date),
    deadline: Type.Optional(date),
  },
  { additionalProperties: false, minProperties: 2 },
);
export type UpdateCampaign = Static<typeof UpdateCampaignBody>;

export const AddHouseholdsBody = Type.Object(
  {
    householdIds: Type.Array(id, { minItems: 1, maxItems: 2000, uniqueItems: true }),
    memberIds: Type.Optional(Type.Array(id, { maxItems: 10, uniqueItems: true })),
    workingGroupId: Type.Optional(Type.Union([id, Type.Null()])),
  },
  { additionalProperties: false },
);
export type AddHouseholds = Static<typeof AddHouseholdsBody>;

export const MoveBody = Type.Object(
  {
    version: id,
    status: Type.Union(CAMPAIGN_STATUSES.map((s) => Type.Literal(s))),
    reason: Type.Optional(text(0, 1000)),
  },
  { additionalProperties: false },
);
export type Move = { version: number; status: CampaignStatus; reason?: string };

export const InChargeBody = Type.Object(
  {
    version: id,
    memberIds: Type.Array(id, { maxItems: 10, uniqueItems: true }),
    workingGroupId: Type.Union([id, Type.Null()]),
  },
  { additionalProperties: false },
);
export type InCharge = Static<typeof InChargeBody>;

export const CampaignParams = Type.Object({ campaignId: id });
export const CampaignHouseholdParams = Type.Object({ campaignHouseholdId: id });
export const CampaignListQuery = Type.Object({ unitId: Type.Optional(id) }, { additionalProperties: false });

// --- answers -------------------------------------------------------------------------------------------------

const Int = Type.Integer();
const Str = Type.String();
const Counts = Type.Record(Str, Int);
export const CampaignAnswer = Type.Object({
  id: Int,
  unitId: Int,
  unitName: Str,
  name: Str,
  goal: Str,
  place: Str,
  startsOn: CalendarDate,
  deadline: CalendarDate,
  version: Int,
  counts: Counts,
  total: Int,
});
// Not yet paged: the register lists up to 500 campaigns of the scope (the query's cap).
export const CampaignListAnswer = Type.Array(CampaignAnswer);
export const CardAnswer = Type.Object({
  id: Int,
  householdId: Int,
  status: Str,
  blockedReason: Str,
  version: Int,
  address: Str,
  headName: Str,
  people: Int,
  groupName: Str,
  workingGroupId: Nullable(Int),
  workingGroupName: Nullable(Str),
  // The members in charge of one household: at most what InChargeBody may name.
  members: list(Type.Object({ id: Int, name: Str }), 10),
});
// Not yet bounded: every household of the campaign is a card (a site clearance may hold thousands).
export const BoardAnswer = Type.Object({
  campaign: CampaignAnswer,
  columns: list(Type.Object({ status: Str, cards: Type.Array(CardAnswer) }), CAMPAIGN_STATUSES.length),
});
// Not yet bounded: one point per day from the start to today or the deadline.
export const ChartAnswer = Type.Object({
  statuses: list(Str, CAMPAIGN_STATUSES.length),
  series: Type.Array(Type.Object({ day: CalendarDate, counts: Counts })),
});
export const HouseholdMovesAnswer = Type.Array(
  Type.Object({ from: Nullable(Str), to: Str, reason: Str, on: CalendarDate, actor: Nullable(Str) }),
);
export const AddedAnswer = Type.Object({ added: Int });

// Request schemas of mass-mobilization campaigns.
import { Type, type Static } from 'typebox';
import { CAMPAIGN_STATUSES, type CampaignStatus } from '../../../domain/campaigns/status.js';

const id = Type.Integer({ minimum: 1 });
const date = Type.String({ format: 'date' });
const text = (min: number, max: number) => Type.String({ minLength: min, maxLength: max });

export const CreateCampaignBody = Type.Object({
  unitId: id, name: text(1, 200), goal: text(1, 2000), place: text(1, 300), startsOn: date, deadline: date,
}, { additionalProperties: false });
export type CreateCampaign = Static<typeof CreateCampaignBody>;

export const UpdateCampaignBody = Type.Object({
  version: id, name: Type.Optional(text(1, 200)), goal: Type.Optional(text(1, 2000)), place: Type.Optional(text(1, 300)),
  startsOn: Type.Optional(date), deadline: Type.Optional(date),
}, { additionalProperties: false, minProperties: 2 });
export type UpdateCampaign = Static<typeof UpdateCampaignBody>;

export const AddHouseholdsBody = Type.Object({
  householdIds: Type.Array(id, { minItems: 1, maxItems: 2000, uniqueItems: true }),
  memberIds: Type.Optional(Type.Array(id, { maxItems: 10, uniqueItems: true })),
  workingGroupId: Type.Optional(Type.Union([id, Type.Null()])),
}, { additionalProperties: false });
export type AddHouseholds = Static<typeof AddHouseholdsBody>;

export const MoveBody = Type.Object({
  version: id, status: Type.Union(CAMPAIGN_STATUSES.map((s) => Type.Literal(s))), reason: Type.Optional(text(0, 1000)),
}, { additionalProperties: false });
export type Move = { version: number; status: CampaignStatus; reason?: string };

export const InChargeBody = Type.Object({
  version: id,
  memberIds: Type.Array(id, { maxItems: 10, uniqueItems: true }),
  workingGroupId: Type.Union([id, Type.Null()]),
}, { additionalProperties: false });
export type InCharge = Static<typeof InChargeBody>;

export const CampaignParams = Type.Object({ campaignId: id });
export const CampaignHouseholdParams = Type.Object({ campaignHouseholdId: id });
export const CampaignListQuery = Type.Object({ unitId: Type.Optional(id) }, { additionalProperties: false });

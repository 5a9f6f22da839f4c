// SQL of mass-mobilization campaigns: the campaign, its households with their status, and the status history.
import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { CampaignStatus } from '../../../db/tables/grassroots-work.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

export function getCampaign(db: Q, id: number, forUpdate = false) {
  let q = db
    .selectFrom('campaign as c')
    .innerJoin('org_unit as u', 'u.id', 'c.unit_id')
    .selectAll('c')
    .select(['u.name as unit_name', sql<string>`u.path::text`.as('path')])
    .where('c.id', '=', id);
  if (forUpdate) q = q.forUpdate('c');
  return q.executeTakeFirst();
}
export type CampaignRow = NonNullable<Awaited<ReturnType<typeof getCampaign>>>;

export function listCampaigns(db: Q, root: string) {
  return db
    .selectFrom('campaign as c')
    .innerJoin('org_unit as u', 'u.id', 'c.unit_id')
    .selectAll('c')
    .select(['u.name as unit_name'])
    .where(sql<boolean>`u.path <@ ${root}::ltree`)
    .orderBy('c.deadline')
    .orderBy('c.id')
    .limit(500)
    .execute();
}

/** Households per status, for each campaign asked. */
export function statusCounts(db: Q, campaignIds: number[]) {
  if (campaignIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('campaign_household')
    .select(['campaign_id', 'status', (eb) => eb.fn.countAll<string>().as('n')])
    .where('campaign_id', 'in', campaignIds)
    .groupBy(['campaign_id', 'status'])
    .execute();
}

export function getCampaignHousehold(db: Q, id: number, forUpdate = false) {
  let q = db
    .selectFrom('campaign_household as ch')
    .innerJoin('campaign as c', 'c.id', 'ch.campaign_id')
    .innerJoin('org_unit as u', 'u.id', 'c.unit_id')
    .innerJoin('household as h', 'h.id', 'ch.household_id')
    .selectAll('ch')
    .select(['c.unit_id', 'h.address', 'h.head_name', sql<string>`u.path::text`.as('path')])
    .where('ch.id', '=', id);
  if (forUpdate) q = q.forUpdate('ch');
  return q.executeTakeFirst();
}
export type CampaignHouseholdRow = NonNullable<Awaited<ReturnType<typeof getCampaignHousehold>>>;

/** The board: every household of the campaign with who is in charge, in one round trip. */
export function board(db: Q, campaignId: number) {
  return db
    .selectFrom('campaign_household as ch')
    .innerJoin('household as h', 'h.id', 'ch.household_id')
    .innerJoin('residential_group as g', 'g.id', 'h.residential_group_id')
    .leftJoin('working_group as w', 'w.id', 'ch.working_group_id')
    .select([
      'ch.id',
      'ch.household_id',
      'ch.status',
      'ch.blocked_reason',
      'ch.version',
      'ch.working_group_id',
      'ch.updated_at',
      'h.address',
      'h.head_name',
      'h.people',
      'g.name as group_name',
      'w.name as working_group_name',
    ])
    .select(
      sql<{ id: number; name: string }[]>`coalesce((SELECT json_agg(json_build_object('id', m.id, 'name', m.full_name) ORDER BY m.id)
      FROM campaign_household_member x JOIN member m ON m.id = x.member_id WHERE x.campaign_household_id = ch.id), '[]')`.as('members'),
    )
    .where('ch.campaign_id', '=', campaignId)
    .orderBy('ch.id')
    .execute();
}

export function history(db: Q, campaignId: number) {
  return db
    .selectFrom('campaign_status_change')
    .select(['campaign_household_id', 'to_status', 'changed_on'])
    .where('campaign_id', '=', campaignId)
    .orderBy('changed_on')
    .orderBy('id')
    .execute();
}

export function householdHistory(db: Q, campaignHouseholdId: number) {
  return db
    .selectFrom('campaign_status_change as s')
    .leftJoin('app_user as a', 'a.id', 's.actor_user_id')
    .select(['s.from_status', 's.to_status', 's.reason', 's.changed_on', 'a.display_name as actor'])
    .where('s.campaign_household_id', '=', campaignHouseholdId)
    .orderBy('s.id')
    .execute();
}

type StatusChange = {
  campaign_id: number;
  campaign_household_id: number;
  from_status: CampaignStatus | null;
  to_status: CampaignStatus;
  reason: string;
  changed_on: string;
  actor_user_id: number | null;
};

/** History rows of status changes, one or many in one statement. */
export function addStatusChange(db: Q, v: StatusChange | StatusChange[]) {
  return db.insertInto('campaign_status_change').values(v).execute();
}

export async function moveHousehold(db: Q, id: number, version: number, status: CampaignStatus, blockedReason: string) {
  const r = await db
    .updateTable('campaign_household')
    .set((eb) => ({ status, blocked_reason: blockedReason, version: eb('version', '+', 1), updated_at: sql<Date>`now()` }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setInCharge(db: Q, id: number, version: number, workingGroupId: number | null, memberIds: number[]) {
  const r = await db
    .updateTable('campaign_household')
    .set((eb) => ({ working_group_id: workingGroupId, version: eb('version', '+', 1), updated_at: sql<Date>`now()` }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return false;
  await db.deleteFrom('campaign_household_member').where('campaign_household_id', '=', id).execute();
  if (memberIds.length)
    await db
      .insertInto('campaign_household_member')
      .values(memberIds.map((m) => ({ campaign_household_id: id, member_id: m })))
      .execute();
  return true;
}

/** Members with their cell's path, to check they belong to the campaign's unit. */
export function membersWithPath(db: Q, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('member as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .select(['m.id', 'm.full_name', 'm.status', sql<string>`u.path::text`.as('path')])
    .where('m.id', 'in', ids)
    .execute();
}

export function workingGroupWithPath(db: Q, id: number) {
  return db
    .selectFrom('working_group as w')
    .innerJoin('org_unit as u', 'u.id', 'w.unit_id')
    .select(['w.id', 'w.name', sql<string>`u.path::text`.as('path')])
    .where('w.id', '=', id)
    .executeTakeFirst();
}

export function insertCampaign(trx: Trx, row: Insertable<Database['campaign']>) {
  return trx.insertInto('campaign').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Writes the campaign's changed fields and its next version (checked by the caller on the locked row). */
export function updateCampaign(trx: Trx, id: number, values: Updateable<Database['campaign']>) {
  return trx.updateTable('campaign').set(values).where('id', '=', id).execute();
}

/** The address of one of these households that is already in the campaign, if any. */
export function householdAlreadyIn(trx: Trx, campaignId: number, householdIds: number[]) {
  return trx
    .selectFrom('campaign_household as ch')
    .innerJoin('household as h', 'h.id', 'ch.household_id')
    .select('h.address')
    .where('ch.campaign_id', '=', campaignId)
    .where('ch.household_id', 'in', householdIds)
    .executeTakeFirst();
}

export function insertCampaignHouseholds(trx: Trx, rows: Insertable<Database['campaign_household']>[]) {
  return trx.insertInto('campaign_household').values(rows).returning('id').execute();
}

/** Members in charge of campaign households. */
export function addMembersInCharge(trx: Trx, rows: { campaign_household_id: number; member_id: number }[]) {
  return trx.insertInto('campaign_household_member').values(rows).execute();
}

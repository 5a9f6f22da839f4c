// SQL of the residential group and household register. A group's scope is its commune's path.
import { sql, type Kysely, type Updateable } from 'kysely';
import type { Database } from '../../../db/schema.js';
import {
  HISTORY_CAMPAIGNS,
  HISTORY_CHANGES_PER_CAMPAIGN,
  HISTORY_PROBLEMS_PER_VISIT,
  HISTORY_VISITS,
  HOUSEHOLD_ASSIGNMENTS_SHOWN,
} from './schemas.js';

type Q = Kysely<Database>;

export function getGroup(db: Q, id: number, forUpdate = false) {
  let q = db
    .selectFrom('residential_group as g')
    .innerJoin('org_unit as u', 'u.id', 'g.unit_id')
    .leftJoin('org_unit as c', 'c.id', 'g.cell_id')
    .select([
      'g.id',
      'g.unit_id',
      'g.name',
      'g.kind',
      'g.cell_id',
      'g.version',
      'u.name as unit_name',
      'c.name as cell_name',
      sql<string>`u.path::text`.as('path'),
    ])
    .where('g.id', '=', id);
  if (forUpdate) q = q.forUpdate('g');
  return q.executeTakeFirst();
}
export type GroupRow = NonNullable<Awaited<ReturnType<typeof getGroup>>>;

export function listGroups(db: Q, subtreePath: string) {
  return db
    .selectFrom('residential_group as g')
    .innerJoin('org_unit as u', 'u.id', 'g.unit_id')
    .leftJoin('org_unit as c', 'c.id', 'g.cell_id')
    .select(['g.id', 'g.unit_id', 'g.name', 'g.kind', 'g.cell_id', 'g.version', 'u.name as unit_name', 'c.name as cell_name'])
    .select((eb) =>
      eb
        .selectFrom('household as h')
        .whereRef('h.residential_group_id', '=', 'g.id')
        .select(eb.fn.countAll<string>().as('n'))
        .as('households'),
    )
    .where(sql<boolean>`u.path <@ ${subtreePath}::ltree`)
    .orderBy('u.name')
    .orderBy('g.name')
    .limit(2000)
    .execute();
}

export function insertGroup(db: Q, v: { unit_id: number; name: string; kind: 'residential_group' | 'village'; cell_id: number | null }) {
  return db
    .insertInto('residential_group')
    .values(v)
    .returning('id')
    .executeTakeFirstOrThrow()
    .then((r) => r.id);
}

export async function updateGroup(db: Q, id: number, version: number, values: Updateable<Database['residential_group']>) {
  const r = await db
    .updateTable('residential_group')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function groupNameTaken(db: Q, unitId: number, name: string, exceptId = 0) {
  return db
    .selectFrom('residential_group')
    .select('id')
    .where('unit_id', '=', unitId)
    .where(sql<boolean>`lower(name) = lower(${name})`)
    .where('id', '<>', exceptId)
    .executeTakeFirst();
}

export function getHousehold(db: Q, id: number, forUpdate = false) {
  let q = db
    .selectFrom('household as h')
    .innerJoin('residential_group as g', 'g.id', 'h.residential_group_id')
    .innerJoin('org_unit as u', 'u.id', 'g.unit_id')
    .selectAll('h')
    .select(['g.name as group_name', 'g.unit_id', 'u.name as unit_name', sql<string>`u.path::text`.as('path')])
    .where('h.id', '=', id);
  if (forUpdate) q = q.forUpdate('h');
  return q.executeTakeFirst();
}
export type HouseholdRow = NonNullable<Awaited<ReturnType<typeof getHousehold>>>;

export interface HouseholdFilter {
  subtreePath: string;
  groupId?: number;
  search?: string;
  unassigned?: boolean;
  today: string;
  limit: number;
  offset: number;
}

function filtered(db: Q, f: HouseholdFilter) {
  let q = db
    .selectFrom('household as h')
    .innerJoin('residential_group as g', 'g.id', 'h.residential_group_id')
    .innerJoin('org_unit as u', 'u.id', 'g.unit_id')
    .leftJoin('household_assignment as a', (j) =>
      j
        .onRef('a.household_id', '=', 'h.id')
        .on('a.valid_from', '<=', f.today)
        .on((eb) => eb.or([eb('a.valid_to', 'is', null), eb('a.valid_to', '>', f.today)])),
    )
    .leftJoin('member as m', 'm.id', 'a.member_id')
    .where(sql<boolean>`u.path <@ ${f.subtreePath}::ltree`);
  if (f.groupId) q = q.where('g.id', '=', f.groupId);
  if (f.unassigned) q = q.where('a.id', 'is', null);
  if (f.search) {
    const like = `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([eb('h.head_name', 'ilike', like), eb('h.address', 'ilike', like)]));
  }
  return q;
}

export function listHouseholds(db: Q, f: HouseholdFilter) {
  return filtered(db, f)
    .select([
      'h.id',
      'h.address',
      'h.head_name',
      'h.people',
      'h.phone',
      'h.version',
      'g.id as group_id',
      'g.name as group_name',
      'u.name as unit_name',
      'a.id as assignment_id',
      'a.member_id',
      'm.full_name as member_name',
      'a.outside_area',
    ])
    .orderBy('g.id')
    .orderBy('h.id')
    .limit(f.limit)
    .offset(f.offset)
    .execute();
}

export async function countHouseholds(db: Q, f: HouseholdFilter) {
  const r = await filtered(db, f)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export function insertHousehold(
  db: Q,
  v: { residential_group_id: number; address: string; head_name: string; people: number; phone: string },
) {
  return db
    .insertInto('household')
    .values(v)
    .returning('id')
    .executeTakeFirstOrThrow()
    .then((r) => r.id);
}

export async function updateHousehold(db: Q, id: number, version: number, values: Updateable<Database['household']>) {
  const r = await db
    .updateTable('household')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export function assignmentHistory(db: Q, householdId: number) {
  return db
    .selectFrom('household_assignment as a')
    .innerJoin('member as m', 'm.id', 'a.member_id')
    .select(['a.id', 'a.member_id', 'm.full_name as member_name', 'a.valid_from', 'a.valid_to', 'a.outside_area', 'a.version'])
    .where('a.household_id', '=', householdId)
    .orderBy('a.valid_from', 'desc')
    .orderBy('a.id', 'desc')
    .limit(HOUSEHOLD_ASSIGNMENTS_SHOWN)
    .execute();
}

// The history of one household: visits that concerned it (seen, or a problem of it found), the problems of
// it, and the campaigns it was in with each status change. Each row carries its unit's path, so the
// service keeps only what the reader may see.

export function visitsOfHousehold(db: Q, householdId: number) {
  return db
    .selectFrom('visit as v')
    .innerJoin('org_unit as u', 'u.id', 'v.unit_id')
    .innerJoin('member as m', 'm.id', 'v.visitor_member_id')
    .select([
      'v.id',
      'v.visited_on',
      'v.kind',
      'v.summary',
      'u.name as unit_name',
      'm.full_name as visitor_name',
      sql<string>`u.path::text`.as('path'),
    ])
    .where((eb) =>
      eb.or([
        eb.exists(
          eb
            .selectFrom('visit_household as vh')
            .select('vh.visit_id')
            .whereRef('vh.visit_id', '=', 'v.id')
            .where('vh.household_id', '=', householdId),
        ),
        eb.exists(
          eb.selectFrom('visit_problem as p').select('p.id').whereRef('p.visit_id', '=', 'v.id').where('p.household_id', '=', householdId),
        ),
      ]),
    )
    .orderBy('v.visited_on', 'desc')
    .orderBy('v.id', 'desc')
    .limit(HISTORY_VISITS)
    .execute();
}

export function problemsOfHousehold(db: Q, householdId: number) {
  return db
    .selectFrom('visit_problem as p')
    .select(['p.id', 'p.visit_id', 'p.category', 'p.description', 'p.status', 'p.follow_up', 'p.opened_on', 'p.solved_on'])
    .where('p.household_id', '=', householdId)
    .orderBy('p.opened_on')
    .orderBy('p.id')
    .limit(HISTORY_VISITS * HISTORY_PROBLEMS_PER_VISIT)
    .execute();
}

export function campaignsOfHousehold(db: Q, householdId: number) {
  return db
    .selectFrom('campaign_household as ch')
    .innerJoin('campaign as c', 'c.id', 'ch.campaign_id')
    .innerJoin('org_unit as u', 'u.id', 'c.unit_id')
    .select([
      'ch.id',
      'ch.status',
      'ch.blocked_reason',
      'c.id as campaign_id',
      'c.name',
      'c.deadline',
      'u.name as unit_name',
      sql<string>`u.path::text`.as('path'),
    ])
    .where('ch.household_id', '=', householdId)
    .orderBy('c.starts_on', 'desc')
    .orderBy('c.id', 'desc')
    .limit(HISTORY_CAMPAIGNS)
    .execute();
}

export function statusChangesOfHousehold(db: Q, householdId: number) {
  return db
    .selectFrom('campaign_status_change as s')
    .innerJoin('campaign_household as ch', 'ch.id', 's.campaign_household_id')
    .leftJoin('app_user as a', 'a.id', 's.actor_user_id')
    .select(['s.campaign_household_id', 's.from_status', 's.to_status', 's.reason', 's.changed_on', 'a.display_name as actor'])
    .where('ch.household_id', '=', householdId)
    .orderBy('s.changed_on')
    .orderBy('s.id')
    .limit(HISTORY_CAMPAIGNS * HISTORY_CHANGES_PER_CAMPAIGN)
    .execute();
}

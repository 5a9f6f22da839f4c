// SQL of working groups: working_group + working_group_member + working_group_unit (+ activities).
import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { ACTIVITIES_SHOWN } from './schemas.js';

type Q = Kysely<Database>;

export function getWorkingGroup(db: Q, id: number, forUpdate = false) {
  let q = db
    .selectFrom('working_group as w')
    .innerJoin('org_unit as u', 'u.id', 'w.unit_id')
    .selectAll('w')
    .select(['u.name as unit_name', sql<string>`u.path::text`.as('path')])
    .where('w.id', '=', id);
  if (forUpdate) q = q.forUpdate('w');
  return q.executeTakeFirst();
}
export type WorkingGroupRow = NonNullable<Awaited<ReturnType<typeof getWorkingGroup>>>;

/** One page of the working groups of a subtree, newest first, and how many in all. */
export async function listWorkingGroups(db: Q, root: string, limit: number, offset: number) {
  const base = db
    .selectFrom('working_group as w')
    .innerJoin('org_unit as u', 'u.id', 'w.unit_id')
    .where(sql<boolean>`u.path <@ ${root}::ltree`);
  const [rows, count] = await Promise.all([
    base
      .selectAll('w')
      .select(['u.name as unit_name'])
      .select((eb) => [
        eb
          .selectFrom('working_group_member as m')
          .whereRef('m.working_group_id', '=', 'w.id')
          .select(eb.fn.countAll<string>().as('n'))
          .as('members'),
        eb
          .selectFrom('working_group_unit as x')
          .whereRef('x.working_group_id', '=', 'w.id')
          .select(eb.fn.countAll<string>().as('n'))
          .as('units'),
        eb
          .selectFrom('working_group_activity as a')
          .whereRef('a.working_group_id', '=', 'w.id')
          .select(eb.fn.countAll<string>().as('n'))
          .as('activities'),
      ])
      .orderBy('w.valid_from', 'desc')
      .orderBy('w.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

export function membersOf(db: Q, id: number) {
  return db
    .selectFrom('working_group_member as x')
    .innerJoin('member as m', 'm.id', 'x.member_id')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .select(['m.id', 'm.full_name', 'x.role', 'u.name as unit_name'])
    .where('x.working_group_id', '=', id)
    .orderBy(sql`CASE x.role WHEN 'leader' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END`)
    .orderBy('m.sort_key')
    .execute();
}

export function unitsOf(db: Q, id: number) {
  return db
    .selectFrom('working_group_unit as x')
    .innerJoin('org_unit as u', 'u.id', 'x.unit_id')
    .select(['u.id', 'u.name', 'u.kind'])
    .where('x.working_group_id', '=', id)
    .orderBy('u.path')
    .execute();
}

export function activitiesOf(db: Q, id: number) {
  return db
    .selectFrom('working_group_activity as a')
    .leftJoin('app_user as usr', 'usr.id', 'a.created_by')
    .select(['a.id', 'a.held_on', 'a.summary', 'usr.display_name as recorded_by'])
    .where('a.working_group_id', '=', id)
    .orderBy('a.held_on', 'desc')
    .orderBy('a.id', 'desc')
    .limit(ACTIVITIES_SHOWN)
    .execute();
}

export function insertWorkingGroup(db: Q, row: Insertable<Database['working_group']>) {
  return db.insertInto('working_group').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Writes the group's fields and its next version (checked by the caller on the locked row). */
export function updateWorkingGroup(db: Q, id: number, values: Updateable<Database['working_group']>) {
  return db.updateTable('working_group').set(values).where('id', '=', id).execute();
}

export async function replaceMembers(db: Q, id: number, members: { memberId: number; role: 'leader' | 'deputy' | 'member' }[]) {
  await db.deleteFrom('working_group_member').where('working_group_id', '=', id).execute();
  await db
    .insertInto('working_group_member')
    .values(members.map((m) => ({ working_group_id: id, member_id: m.memberId, role: m.role })))
    .execute();
}

export async function replaceUnits(db: Q, id: number, unitIds: number[]) {
  await db.deleteFrom('working_group_unit').where('working_group_id', '=', id).execute();
  if (unitIds.length)
    await db
      .insertInto('working_group_unit')
      .values(unitIds.map((u) => ({ working_group_id: id, unit_id: u })))
      .execute();
}

export function pathsOfUnits(db: Q, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_unit')
    .select(['id', 'name', 'dissolved_on', sql<string>`path::text`.as('path')])
    .where('id', 'in', ids)
    .execute();
}

export function insertActivity(db: Q, row: Insertable<Database['working_group_activity']>) {
  return db.insertInto('working_group_activity').values(row).returning('id').executeTakeFirstOrThrow();
}

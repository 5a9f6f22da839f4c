// SQL of assignments ("phụ trách"): a committee member in charge of a unit, a member in charge of a household.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { MEMBER_HOUSEHOLDS_SHOWN } from './schemas.js';

type Q = Kysely<Database>;

const current = (today: string) => sql<boolean>`a.valid_from <= ${today} AND (a.valid_to IS NULL OR a.valid_to > ${today})`;

export function getUnitAssignment(db: Q, id: number, forUpdate = false) {
  let q = db
    .selectFrom('unit_assignment as a')
    .innerJoin('org_unit as u', 'u.id', 'a.unit_id')
    .innerJoin('member as m', 'm.id', 'a.member_id')
    .select([
      'a.id',
      'a.unit_id',
      'a.member_id',
      'a.valid_from',
      'a.valid_to',
      'a.note',
      'a.version',
      'u.name as unit_name',
      'm.full_name as member_name',
      sql<string>`u.path::text`.as('path'),
    ])
    .where('a.id', '=', id);
  if (forUpdate) q = q.forUpdate('a');
  return q.executeTakeFirst();
}
export type UnitAssignmentRow = NonNullable<Awaited<ReturnType<typeof getUnitAssignment>>>;

export function unitAssignmentsOf(db: Q, unitId: number) {
  return db
    .selectFrom('unit_assignment as a')
    .innerJoin('member as m', 'm.id', 'a.member_id')
    .select(['a.id', 'a.valid_from as from', 'a.valid_to as to', 'm.full_name as member_name'])
    .where('a.unit_id', '=', unitId)
    .forUpdate('a')
    .execute();
}

/** One page of the unit assignments of a subtree (current ones only when `today` is given), and how many in all. */
export async function listUnitAssignments(db: Q, subtreePath: string, today: string | null, limit: number, offset: number) {
  let q = db
    .selectFrom('unit_assignment as a')
    .innerJoin('org_unit as u', 'u.id', 'a.unit_id')
    .innerJoin('member as m', 'm.id', 'a.member_id')
    .where(sql<boolean>`u.path <@ ${subtreePath}::ltree`);
  if (today) q = q.where(current(today));
  const [rows, count] = await Promise.all([
    q
      .select([
        'a.id',
        'a.unit_id',
        'a.member_id',
        'a.valid_from',
        'a.valid_to',
        'a.note',
        'a.version',
        'u.name as unit_name',
        'm.full_name as member_name',
        sql<string>`u.path::text`.as('path'),
      ])
      .orderBy('u.path')
      .orderBy('a.valid_from', 'desc')
      .orderBy('a.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

export function insertUnitAssignment(
  db: Q,
  v: { unit_id: number; member_id: number; valid_from: string; valid_to: string | null; note: string },
) {
  return db
    .insertInto('unit_assignment')
    .values(v)
    .returning('id')
    .executeTakeFirstOrThrow()
    .then((r) => r.id);
}

/** Paths of the units whose committee the member sits on today. */
export async function seatUnitPaths(db: Q, memberId: number, today: string) {
  const rows = await db
    .selectFrom('committee_seat as s')
    .innerJoin('committee_term as t', 't.id', 's.term_id')
    .innerJoin('org_unit as u', 'u.id', 't.unit_id')
    .select(sql<string>`u.path::text`.as('path'))
    .where('s.member_id', '=', memberId)
    .where('s.from_date', '<=', today)
    .where((eb) => eb.or([eb('s.to_date', 'is', null), eb('s.to_date', '>', today)]))
    .where('t.starts_on', '<=', today)
    .where((eb) => eb.or([eb('t.ends_on', 'is', null), eb('t.ends_on', '>', today)]))
    .execute();
  return rows.map((r) => r.path);
}

export function getHouseholdAssignment(db: Q, id: number, forUpdate = false) {
  let q = db
    .selectFrom('household_assignment as a')
    .innerJoin('household as h', 'h.id', 'a.household_id')
    .innerJoin('residential_group as g', 'g.id', 'h.residential_group_id')
    .innerJoin('org_unit as u', 'u.id', 'g.unit_id')
    .innerJoin('member as m', 'm.id', 'a.member_id')
    .select([
      'a.id',
      'a.household_id',
      'a.member_id',
      'a.valid_from',
      'a.valid_to',
      'a.outside_area',
      'a.version',
      'h.address',
      'h.head_name',
      'm.full_name as member_name',
      sql<string>`u.path::text`.as('path'),
    ])
    .where('a.id', '=', id);
  if (forUpdate) q = q.forUpdate('a');
  return q.executeTakeFirst();
}
export type HouseholdAssignmentRow = NonNullable<Awaited<ReturnType<typeof getHouseholdAssignment>>>;

export function householdAssignmentsOf(db: Q, householdId: number) {
  return db
    .selectFrom('household_assignment as a')
    .innerJoin('member as m', 'm.id', 'a.member_id')
    .select(['a.id', 'a.valid_from as from', 'a.valid_to as to', 'm.full_name as member_name'])
    .where('a.household_id', '=', householdId)
    .forUpdate('a')
    .execute();
}

export function insertHouseholdAssignment(
  db: Q,
  v: { household_id: number; member_id: number; valid_from: string; valid_to: string | null; outside_area: boolean },
) {
  return db
    .insertInto('household_assignment')
    .values(v)
    .returning('id')
    .executeTakeFirstOrThrow()
    .then((r) => r.id);
}

export function householdsOfMember(db: Q, memberId: number, today: string) {
  return db
    .selectFrom('household_assignment as a')
    .innerJoin('household as h', 'h.id', 'a.household_id')
    .innerJoin('residential_group as g', 'g.id', 'h.residential_group_id')
    .select([
      'a.id',
      'a.household_id',
      'a.valid_from',
      'a.valid_to',
      'a.outside_area',
      'a.version',
      'h.address',
      'h.head_name',
      'h.people',
      'g.name as group_name',
    ])
    .where('a.member_id', '=', memberId)
    .where(current(today))
    .orderBy('g.name')
    .orderBy('h.address')
    .limit(MEMBER_HOUSEHOLDS_SHOWN)
    .execute();
}

export async function endAssignment(
  db: Q,
  table: 'unit_assignment' | 'household_assignment',
  id: number,
  version: number,
  validTo: string,
) {
  const r = await db
    .updateTable(table)
    .set((eb) => ({ valid_to: validTo, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function householdLimit(db: Q) {
  const r = await db.selectFrom('grassroots_setting').select('value').where('key', '=', 'household_limit').executeTakeFirst();
  return r?.value ?? 30;
}

export function setHouseholdLimit(db: Q, value: number) {
  return db
    .insertInto('grassroots_setting')
    .values({ key: 'household_limit', value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** The commune or ward a member belongs to (the grassroots unit above their cell); their own unit when there is none. */
export async function memberAreaName(db: Q, memberUnitPath: string): Promise<string | null> {
  const r = await db
    .selectFrom('org_unit')
    .select('name')
    .where(sql<boolean>`path @> ${memberUnitPath}::ltree`)
    .orderBy(sql`kind IN ('grassroots_committee', 'grassroots_cell')`, 'desc')
    .orderBy(sql`nlevel(path)`, 'desc')
    .limit(1)
    .executeTakeFirst();
  return r?.name ?? null;
}

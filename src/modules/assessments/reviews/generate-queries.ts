// SQL that reads the tree as it stood on a day, to generate a cycle's subjects.
import { sql, type Kysely } from 'kysely';
import type { Database, MemberStatus } from '../../../db/schema.js';

type Q = Kysely<Database>;

/** A unit version valid on `day` (valid_to is exclusive). */
export async function unitVersionOn(db: Q, unitId: number, day: string) {
  return db
    .selectFrom('org_unit_version as v')
    .innerJoin('org_unit as u', 'u.id', 'v.unit_id')
    .select(['v.id', 'v.unit_id', 'v.name', 'v.kind', 'v.parent_id', sql<string>`v.path::text`.as('path'), 'u.founded_on'])
    .where('v.unit_id', '=', unitId)
    .where('v.valid_from', '<=', day)
    .where((eb) => eb.or([eb('v.valid_to', 'is', null), eb('v.valid_to', '>', day)]))
    .executeTakeFirst();
}
export type UnitAt = NonNullable<Awaited<ReturnType<typeof unitVersionOn>>>;

/** Every unit version of the subtree under `rootPath` valid on `day`. */
export function subtreeOn(db: Q, rootPath: string, day: string): Promise<UnitAt[]> {
  return db
    .selectFrom('org_unit_version as v')
    .innerJoin('org_unit as u', 'u.id', 'v.unit_id')
    .select(['v.id', 'v.unit_id', 'v.name', 'v.kind', 'v.parent_id', sql<string>`v.path::text`.as('path'), 'u.founded_on'])
    .where(sql<boolean>`v.path <@ ${rootPath}::ltree`)
    .where('v.valid_from', '<=', day)
    .where((eb) => eb.or([eb('v.valid_to', 'is', null), eb('v.valid_to', '>', day)]))
    .execute();
}

const GONE: MemberStatus[] = ['transferred_out', 'removed', 'expelled', 'deceased'];

/** Members whose cell period covers `day` in the given cells, still on the roll. */
export function membersOn(db: Q, unitIds: number[], day: string) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('member_cell_period as p')
    .innerJoin('member as m', 'm.id', 'p.member_id')
    .select(['m.id', 'm.full_name', 'm.admitted_on', 'm.status', 'p.unit_id'])
    .where(sql<boolean>`p.unit_id = ANY(${unitIds}::bigint[])`)
    .where('p.valid_from', '<=', day)
    .where((eb) => eb.or([eb('p.valid_to', 'is', null), eb('p.valid_to', '>', day)]))
    .where('m.status', 'not in', GONE)
    .orderBy('m.sort_key')
    .execute();
}

/** Exemptions and suspensions overlapping the period. */
export function exemptionsIn(db: Q, memberIds: number[], from: string, to: string) {
  if (memberIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('member_exemption')
    .select(['member_id', 'kind', 'from_date', 'to_date'])
    .where(sql<boolean>`member_id = ANY(${memberIds}::bigint[])`)
    .where('from_date', '<=', to)
    .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>', from)]))
    .execute();
}

/** Secretaries of the committees of the given units on `day`: the individual leaders assessed. */
export function secretariesOn(db: Q, unitIds: number[], day: string) {
  if (unitIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('committee_seat as s')
    .innerJoin('committee_term as t', 't.id', 's.term_id')
    .innerJoin('member as m', 'm.id', 's.member_id')
    .select(['t.unit_id', 'm.id as member_id', 'm.full_name'])
    .where(sql<boolean>`t.unit_id = ANY(${unitIds}::bigint[])`)
    .where('s.position', '=', 'secretary')
    .where('s.from_date', '<=', day)
    .where((eb) => eb.or([eb('s.to_date', 'is', null), eb('s.to_date', '>', day)]))
    .where('t.starts_on', '<=', day)
    .where((eb) => eb.or([eb('t.ends_on', 'is', null), eb('t.ends_on', '>', day)]))
    .execute();
}

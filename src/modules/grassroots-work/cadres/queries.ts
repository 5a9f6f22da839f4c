// SQL of the cadre rotation register: cadres (linked to member records), positions and rotations.
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { CADRE_HISTORY_SHOWN } from './schemas.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

export function getCadre(db: Q, id: number, forUpdate = false) {
  let q = db
    .selectFrom('cadre as c')
    .innerJoin('member as m', 'm.id', 'c.member_id')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .selectAll('c')
    .select(['m.full_name', 'm.birth_date', 'u.name as cell_name', sql<string>`u.path::text`.as('path')])
    .where('c.id', '=', id);
  if (forUpdate) q = q.forUpdate('c');
  return q.executeTakeFirst();
}
export type CadreRow = NonNullable<Awaited<ReturnType<typeof getCadre>>>;

const currentPosition = sql<string | null>`(SELECT p.post || ' — ' || pu.name FROM cadre_position p JOIN org_unit pu ON pu.id = p.unit_id
  WHERE p.cadre_id = c.id AND p.to_date IS NULL LIMIT 1)`;

/** `search` is already folded with searchName(), matched like the member search (member.search_name). */
export async function listCadres(db: Q, root: string, search: string | undefined, limit: number, offset: number) {
  let q = db
    .selectFrom('cadre as c')
    .innerJoin('member as m', 'm.id', 'c.member_id')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .where(sql<boolean>`u.path <@ ${root}::ltree`);
  if (search) q = q.where('m.search_name', 'like', `%${search.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
  const [rows, count] = await Promise.all([
    q
      .select(['c.id', 'c.member_id', 'm.full_name', 'u.name as cell_name', currentPosition.as('current_position')])
      .select((eb) =>
        eb.selectFrom('cadre_rotation as r').whereRef('r.cadre_id', '=', 'c.id').select(eb.fn.countAll<string>().as('n')).as('rotations'),
      )
      .orderBy('m.sort_key')
      .orderBy('c.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

export function positionsOf(db: Q, cadreId: number) {
  return db
    .selectFrom('cadre_position as p')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.post', 'p.unit_id', 'u.name as unit_name', 'p.from_date', 'p.to_date', sql<string>`u.path::text`.as('path')])
    .where('p.cadre_id', '=', cadreId)
    .orderBy('p.from_date', 'desc')
    .limit(CADRE_HISTORY_SHOWN)
    .execute();
}

const rotationColumns = [
  'r.id',
  'r.cadre_id',
  'r.kind',
  'r.from_unit_id',
  'fu.name as from_unit_name',
  'r.from_post',
  'r.to_unit_id',
  'tu.name as to_unit_name',
  'r.to_post',
  'r.decision_no',
  'r.effective_on',
  'r.next_review_on',
  'r.decided_by_unit_id',
  'du.name as decided_by_name',
  'm.full_name',
] as const;

function rotations(db: Q) {
  return db
    .selectFrom('cadre_rotation as r')
    .innerJoin('org_unit as fu', 'fu.id', 'r.from_unit_id')
    .innerJoin('org_unit as tu', 'tu.id', 'r.to_unit_id')
    .innerJoin('org_unit as du', 'du.id', 'r.decided_by_unit_id')
    .innerJoin('cadre as c', 'c.id', 'r.cadre_id')
    .innerJoin('member as m', 'm.id', 'c.member_id');
}

export function rotationsOf(db: Q, cadreId: number) {
  return rotations(db)
    .select(rotationColumns)
    .where('r.cadre_id', '=', cadreId)
    .orderBy('r.effective_on', 'desc')
    .limit(CADRE_HISTORY_SHOWN)
    .execute();
}

export async function listRotations(db: Q, root: string, year: number | undefined, limit: number, offset: number) {
  let q = rotations(db).where(sql<boolean>`du.path <@ ${root}::ltree`);
  if (year) q = q.where('r.effective_on', '>=', `${year}-01-01`).where('r.effective_on', '<=', `${year}-12-31`);
  const [rows, count] = await Promise.all([
    q.select(rotationColumns).orderBy('r.effective_on', 'desc').orderBy('r.id', 'desc').limit(limit).offset(offset).execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

export function rotationFacts(db: Q, root: string) {
  return rotations(db).select(['r.kind', 'r.effective_on']).where(sql<boolean>`du.path <@ ${root}::ltree`).execute();
}

/** The latest rotation of each cadre rotated by the subtree's committees: whom to watch. */
export function watchList(db: Q, root: string) {
  return rotations(db)
    .select(rotationColumns)
    .distinctOn('r.cadre_id')
    .where(sql<boolean>`du.path <@ ${root}::ltree`)
    .orderBy('r.cadre_id')
    .orderBy('r.effective_on', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
}

/** The cadre record of a member, if one exists (a member is registered once). */
export function cadreOfMember(trx: Trx, memberId: number) {
  return trx.selectFrom('cadre').select('id').where('member_id', '=', memberId).executeTakeFirst();
}

export function insertCadre(trx: Trx, row: Insertable<Database['cadre']>) {
  return trx.insertInto('cadre').values(row).returning('id').executeTakeFirstOrThrow();
}

export function insertPosition(trx: Trx, row: Insertable<Database['cadre_position']>) {
  return trx.insertInto('cadre_position').values(row).execute();
}

/** Ends a position on the date the cadre leaves it. */
export function closePosition(trx: Trx, id: number, toDate: string) {
  return trx.updateTable('cadre_position').set({ to_date: toDate }).where('id', '=', id).execute();
}

export function insertRotation(trx: Trx, row: Insertable<Database['cadre_rotation']>) {
  return trx.insertInto('cadre_rotation').values(row).returning('id').executeTakeFirstOrThrow();
}

export function setCadreVersion(trx: Trx, id: number, version: number) {
  return trx.updateTable('cadre').set({ version }).where('id', '=', id).execute();
}

import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../../db/schema.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

export async function termsWithSeats(db: Q, unitId: number) {
  const terms = await db.selectFrom('committee_term').selectAll().where('unit_id', '=', unitId).orderBy('starts_on', 'desc').execute();
  if (terms.length === 0) return [];
  const seats = await db
    .selectFrom('committee_seat as s')
    .innerJoin('member as m', 'm.id', 's.member_id')
    .select(['s.id', 's.term_id', 's.member_id', 'm.full_name', 's.position', 's.from_date', 's.to_date'])
    .where(
      's.term_id',
      'in',
      terms.map((t) => t.id),
    )
    .orderBy(sql`array_position(array['secretary','deputy_secretary','standing_member','member'], s.position)`)
    .orderBy('m.sort_key')
    .execute();
  return terms.map((t) => ({ ...t, seats: seats.filter((s) => s.term_id === t.id) }));
}

export function getTerm(db: Q, id: number) {
  return db
    .selectFrom('committee_term as t')
    .innerJoin('org_unit as u', 'u.id', 't.unit_id')
    .select(['t.id', 't.unit_id', 't.label', 't.starts_on', 't.ends_on', sql<string>`u.path::text`.as('unit_path')])
    .where('t.id', '=', id)
    .executeTakeFirst();
}

export function getSeat(db: Q, id: number) {
  return db
    .selectFrom('committee_seat as s')
    .innerJoin('committee_term as t', 't.id', 's.term_id')
    .innerJoin('org_unit as u', 'u.id', 't.unit_id')
    .select(['s.id', 's.term_id', 's.member_id', 's.position', 's.from_date', 's.to_date', sql<string>`u.path::text`.as('unit_path')])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

export async function insertTerm(trx: Trx, t: { unitId: number; label: string; startsOn: string; endsOn: string | null }) {
  const r = await trx
    .insertInto('committee_term')
    .values({ unit_id: t.unitId, label: t.label, starts_on: t.startsOn, ends_on: t.endsOn })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function insertSeat(
  trx: Trx,
  s: { termId: number; memberId: number; position: 'secretary' | 'deputy_secretary' | 'standing_member' | 'member'; fromDate: string },
) {
  const r = await trx
    .insertInto('committee_seat')
    .values({ term_id: s.termId, member_id: s.memberId, position: s.position, from_date: s.fromDate })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function endSeat(trx: Trx, id: number, toDate: string) {
  await trx.updateTable('committee_seat').set({ to_date: toDate }).where('id', '=', id).execute();
}

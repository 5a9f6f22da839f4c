// SQL of exemptions and suspensions: the records with their member and cell, overlap checks, writes.
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

function base(db: Q) {
  return db
    .selectFrom('member_exemption as e')
    .innerJoin('member as m', 'm.id', 'e.member_id')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .select([
      'e.id',
      'e.member_id',
      'm.full_name',
      'm.status',
      'm.unit_id',
      'u.name as unit_name',
      'e.kind',
      'e.from_date',
      'e.to_date',
      'e.decision_no',
      'e.reason',
      'e.version',
      sql<string>`u.path::text`.as('member_path'),
    ]);
}

export const getExemption = (db: Q, id: number) => base(db).where('e.id', '=', id).executeTakeFirst();
export type ExemptionRow = NonNullable<Awaited<ReturnType<typeof getExemption>>>;

/** One page of the exemptions and suspensions (latest start first), and how many there are in all. */
export async function listExemptions(db: Q, f: { subtreePath?: string; memberId?: number; dueOn?: string; limit: number; offset: number }) {
  let q = base(db);
  if (f.subtreePath) q = q.where(sql<boolean>`u.path <@ ${f.subtreePath}::ltree`);
  if (f.memberId) q = q.where('e.member_id', '=', f.memberId);
  if (f.dueOn) q = q.where('e.to_date', '<=', f.dueOn).where(sql<boolean>`m.status::text = e.kind::text`);
  const [rows, count] = await Promise.all([
    q.orderBy('e.from_date', 'desc').orderBy('e.id', 'desc').limit(f.limit).offset(f.offset).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export function overlapping(db: Q, memberId: number, from: string, to: string | null) {
  return db
    .selectFrom('member_exemption')
    .select('id')
    .where('member_id', '=', memberId)
    .where(sql<boolean>`daterange(from_date, to_date) && daterange(${from}::date, ${to}::date)`)
    .executeTakeFirst();
}

export async function insertExemption(trx: Trx, values: Insertable<Database['member_exemption']>) {
  const row = await trx.insertInto('member_exemption').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Sets the end date of the exemption if it is still at `version`; false when it was not. */
export async function endExemption(trx: Trx, id: number, version: number, toDate: string) {
  const r = await trx
    .updateTable('member_exemption')
    .set((eb) => ({ to_date: toDate, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

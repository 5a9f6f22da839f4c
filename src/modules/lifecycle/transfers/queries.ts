import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { TransferState } from '../../../db/tables/lifecycle.js';
import { DESTINATIONS_MAX } from './schemas.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

function base(db: Q) {
  return db
    .selectFrom('party_transfer as t')
    .innerJoin('member as m', 'm.id', 't.member_id')
    .innerJoin('org_unit as f', 'f.id', 't.from_unit_id')
    .leftJoin('org_unit as d', 'd.id', 't.to_unit_id')
    .select([
      't.id',
      't.member_id',
      'm.full_name',
      'm.birth_date',
      'm.party_card_no',
      'm.admitted_on',
      'm.official_on',
      'm.status as member_status',
      't.kind',
      't.from_unit_id',
      'f.name as from_name',
      't.to_unit_id',
      'd.name as to_name',
      't.out_of_province',
      't.destination',
      't.moved_on',
      't.letter_no',
      't.letter_date',
      't.state',
      't.handed_on',
      't.received_on',
      't.note',
      't.version',
      sql<string>`f.path::text`.as('from_path'),
      sql<string | null>`d.path::text`.as('to_path'),
    ]);
}

export const getTransfer = (db: Q, id: number) => base(db).where('t.id', '=', id).executeTakeFirst();
export type TransferRow = NonNullable<Awaited<ReturnType<typeof getTransfer>>>;

const OPEN = ['recorded', 'issued', 'in_transit'] as const;

/** One page of the transfers with either end (or the chosen end) in the subtree, newest first, and their total. */
export async function listTransfers(db: Q, f: { path: string; direction?: 'in' | 'out'; open?: boolean; limit: number; offset: number }) {
  const from = sql<boolean>`f.path <@ ${f.path}::ltree`;
  const to = sql<boolean>`d.path <@ ${f.path}::ltree`;
  let q = base(db);
  q = f.direction === 'out' ? q.where(from) : f.direction === 'in' ? q.where(to) : q.where((eb) => eb.or([from, to]));
  if (f.open) q = q.where('t.state', 'in', OPEN);
  const [rows, count] = await Promise.all([
    q.orderBy('t.id', 'desc').limit(f.limit).offset(f.offset).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/**
 * Open transfers with either end in the subtree, as the incoming and outgoing lists define the committee's transfers:
 * it watches its members leave (the start deadline) and arrive (the letter must be presented in time).
 */
export function openTransfers(db: Q, path: string) {
  return base(db)
    .where((eb) => eb.or([sql<boolean>`f.path <@ ${path}::ltree`, sql<boolean>`d.path <@ ${path}::ltree`]))
    .where('t.state', 'in', OPEN)
    .orderBy('t.id')
    .execute();
}

/** Cells of the province whose name or code contains the text (for choosing a destination). */
export function destinations(db: Q, text: string) {
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .selectFrom('org_unit as u')
    .leftJoin('org_unit as p', 'p.id', 'u.parent_id')
    .select(['u.id', 'u.name', 'u.code', 'p.name as parentName'])
    .where('u.kind', 'in', ['cell', 'grassroots_cell'])
    .where('u.dissolved_on', 'is', null)
    .where((eb) => eb.or([eb('u.name', 'ilike', like), eb('u.code', 'ilike', like)]))
    .orderBy('u.name')
    .orderBy('u.id')
    .limit(DESTINATIONS_MAX)
    .execute();
}

/** The member's transfer still under way, if any (a member has at most one). */
export function openTransferOf(trx: Trx, memberId: number) {
  return trx.selectFrom('party_transfer').select('id').where('member_id', '=', memberId).where('state', 'in', OPEN).executeTakeFirst();
}

export async function insertTransfer(trx: Trx, values: Insertable<Database['party_transfer']>) {
  const row = await trx.insertInto('party_transfer').values(values).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Moves the transfer to `state` with the step's values if it is still at `version`; false when it was not. */
export async function advanceTransfer(trx: Trx, id: number, version: number, state: TransferState, values: Record<string, unknown>) {
  const r = await trx
    .updateTable('party_transfer')
    .set((eb) => ({ ...values, state, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

import { sql, type Insertable, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { Db } from '../../../db/connection.js';
import type { ReadPurpose } from '../../../db/tables/audit.js';

// One lock for linking the chain, across every process on the database: one linker at a time.
const CHAIN_LOCK = 7_011_930;

/** Takes the linking lock for this transaction; without `wait`, gives up at once when another linker holds it. */
export async function lockChain(trx: Transaction<Database>, wait: boolean): Promise<boolean> {
  if (wait) {
    // A linker holds the lock for milliseconds; waiting longer means something is stuck: fail, don't hang.
    await sql`SET LOCAL lock_timeout = '30s'`.execute(trx);
    await sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(trx);
    return true;
  }
  const r = await sql<{ locked: boolean }>`SELECT pg_try_advisory_xact_lock(${CHAIN_LOCK}) AS locked`.execute(trx);
  return r.rows[0]!.locked;
}

export function chainHead(trx: Transaction<Database>) {
  return trx.selectFrom('audit_entry').select(['id', 'hash']).where('id', 'is not', null).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

/** Committed entries not yet on the chain, oldest first. */
export function unlinkedEntries(trx: Transaction<Database>, limit: number) {
  return trx.selectFrom('audit_entry').selectAll().where('id', 'is', null).orderBy('seq').limit(limit).execute();
}

export async function linkEntries(trx: Transaction<Database>, links: { seq: number; id: number; prevHash: string; hash: string }[]) {
  if (links.length === 0) return;
  await sql`UPDATE audit_entry AS e SET id = l.id, prev_hash = l.prev_hash, hash = l.hash
    FROM unnest(${links.map((l) => l.seq)}::bigint[], ${links.map((l) => l.id)}::bigint[],
                ${links.map((l) => l.prevHash)}::text[], ${links.map((l) => l.hash)}::text[]) AS l(seq, id, prev_hash, hash)
    WHERE e.seq = l.seq`.execute(trx);
}

export type NewEntry = Omit<Insertable<Database['audit_entry']>, 'seq' | 'id' | 'prev_hash' | 'hash' | 'before' | 'after'> & {
  before: string | null;
  after: string | null;
};

/**
 * The entry's insert as a WITH item, to which the caller adds its own write: the change and its entry in
 * one statement (one round trip). The entry is written even when the caller's write touches no row, so
 * use it only where that write cannot miss (the row locked and its version checked), or throw to roll back.
 */
export function withEntry(trx: Transaction<Database>, row: NewEntry) {
  return trx.with('audit_insert', (db) => db.insertInto('audit_entry').values(row).returning('seq'));
}

export async function insertEntry(trx: Transaction<Database>, row: NewEntry): Promise<number> {
  const r = await trx.insertInto('audit_entry').values(row).returning('seq').executeTakeFirstOrThrow();
  return r.seq;
}

export interface AuditFilter {
  scopePaths: string[];
  entityType?: string;
  entityId?: string;
  action?: string;
  limit: number;
  offset: number;
}

export async function listEntries(db: Db, f: AuditFilter) {
  let q = db.selectFrom('audit_entry').where((eb) => eb.or(f.scopePaths.map((p) => sql<boolean>`scope_path <@ ${p}::ltree`)));
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.action) q = q.where('action', '=', f.action);
  const [rows, total] = await Promise.all([
    q
      .select(['seq', 'id', 'at', 'actor_name', 'action', 'entity_type', 'entity_id', 'before', 'after'])
      .orderBy('seq', 'desc')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Reads the linked chain in id order, a batch at a time, for verification. */
export async function* streamChain(db: Db, batch = 5000) {
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_entry').selectAll().where('id', '>', after).orderBy('id').limit(batch).execute();
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.id!;
  }
}

/** Stored hashes of the given chain numbers (anchored entries), for comparing with anchors. */
export async function chainHashes(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('audit_entry').select(['id', 'hash']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [Number(r.id), r.hash!]));
}

export async function insertReads(
  db: Db,
  rows: { at: Date; userId: number; memberId: number; unitPath: string; route: string; purpose: ReadPurpose }[],
) {
  await db
    .insertInto('read_access_log')
    .values(
      rows.map((r) => ({
        at: r.at,
        user_id: r.userId,
        member_id: r.memberId,
        unit_path: r.unitPath,
        route: r.route,
        purpose: r.purpose,
      })),
    )
    .execute();
}

export interface ReadFilter {
  scopePath: string;
  memberId?: number;
  userId?: number;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** Reads of members under `scopePath`, newest first; from/to are days in Vietnam, both included. */
export async function listReads(db: Db, f: ReadFilter) {
  let q = db.selectFrom('read_access_log as r').where(sql<boolean>`r.unit_path <@ ${f.scopePath}::ltree`);
  if (f.memberId !== undefined) q = q.where('r.member_id', '=', f.memberId);
  if (f.userId !== undefined) q = q.where('r.user_id', '=', f.userId);
  if (f.from) q = q.where(sql<boolean>`r.at >= (${f.from}::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`);
  if (f.to) q = q.where(sql<boolean>`r.at < (${f.to}::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'`);
  const [rows, total] = await Promise.all([
    q
      .leftJoin('app_user as u', 'u.id', 'r.user_id')
      .leftJoin('member as m', 'm.id', 'r.member_id')
      .select([
        'r.id',
        'r.at',
        'r.user_id',
        'u.display_name as user_name',
        'u.username',
        'r.member_id',
        'm.full_name as member_name',
        'r.route',
        'r.purpose',
      ])
      .orderBy('r.id', 'desc')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

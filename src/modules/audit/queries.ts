import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Db } from '../../db/connection.js';

// One lock for the whole chain: appends are serialized so each entry links to the true previous one.
const CHAIN_LOCK = 7_011_930;

export async function lockChainAndGetHead(trx: Transaction<Database>) {
  await sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(trx);
  return trx.selectFrom('audit_entry').select(['id', 'hash']).orderBy('id', 'desc').limit(1).executeTakeFirst();
}

export async function insertEntry(trx: Transaction<Database>, row: Database['audit_entry'] extends infer T ? { [K in keyof T]: unknown } : never) {
  await trx.insertInto('audit_entry').values(row as never).execute();
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
  let q = db.selectFrom('audit_entry')
    .where((eb) => eb.or(f.scopePaths.map((p) => sql<boolean>`scope_path <@ ${p}::ltree`)));
  if (f.entityType) q = q.where('entity_type', '=', f.entityType);
  if (f.entityId) q = q.where('entity_id', '=', f.entityId);
  if (f.action) q = q.where('action', '=', f.action);
  const [rows, total] = await Promise.all([
    q.select(['id', 'at', 'actor_name', 'action', 'entity_type', 'entity_id', 'before', 'after'])
      .orderBy('id', 'desc').limit(f.limit).offset(f.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Reads the chain in id order, a batch at a time, for verification. */
export async function* streamChain(db: Db, batch = 5000) {
  let after = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_entry').selectAll().where('id', '>', after)
      .orderBy('id').limit(batch).execute();
    if (rows.length === 0) return;
    yield rows;
    after = rows[rows.length - 1]!.id;
  }
}

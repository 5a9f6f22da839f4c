// Writes go through appendAudit inside the caller's transaction, so the entry commits with the change;
// the linker (./linker.ts) puts it on the hash chain after commit, and verification links first.
import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { GENESIS_HASH, verifyChain, type ChainProblem } from '../../../domain/audit/chain.js';
import { onCommit } from '../../../shared/tx.js';
import { linkPending, requestLink, storedContent } from './linker.js';
import * as q from './queries.js';

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string | number;
  scopePath: string | null;
  before?: unknown;
  after?: unknown;
}

export type AuditActor = Pick<Actor, 'userId' | 'displayName'> | { userId: null; displayName: string };

const audited = new WeakSet<Transaction<Database>>();
// After a transaction with audit entries commits, the linker puts them on the chain.
onCommit((db, trx) => (audited.has(trx) ? requestLink(db) : undefined));

const entryRow = (actor: AuditActor, input: AuditInput): q.NewEntry => ({
  at: new Date().toISOString(),
  actor_user_id: actor.userId,
  actor_name: actor.displayName,
  action: input.action,
  entity_type: input.entityType,
  entity_id: String(input.entityId),
  scope_path: input.scopePath,
  before: input.before === undefined || input.before === null ? null : JSON.stringify(input.before),
  after: input.after === undefined || input.after === null ? null : JSON.stringify(input.after),
});

/** Records one entry in the caller's transaction; it commits with the change and is linked after commit. */
export async function appendAudit(trx: Transaction<Database>, actor: AuditActor, input: AuditInput): Promise<number> {
  audited.add(trx);
  return q.insertEntry(trx, entryRow(actor, input));
}

/**
 * As appendAudit, for a write made in the same statement as its entry: returns a query creator whose
 * statement also inserts the entry (see queries.withEntry for when that is safe).
 */
export function auditedStatement(trx: Transaction<Database>, actor: AuditActor, input: AuditInput) {
  audited.add(trx);
  return q.withEntry(trx, entryRow(actor, input));
}
export type AuditedStatement = ReturnType<typeof auditedStatement>;

export async function verifyAudit(db: Db): Promise<{ count: number; problems: ChainProblem[]; headHash: string; headId: number }> {
  await linkPending(db, { wait: true });
  const state = { prevHash: GENESIS_HASH, prevId: 0 };
  const problems: ChainProblem[] = [];
  let count = 0;
  for await (const rows of q.streamChain(db)) {
    count += rows.length;
    problems.push(
      ...verifyChain(
        rows.map((r) => ({ ...storedContent(r, r.id!), prevHash: r.prev_hash!, hash: r.hash! })),
        state,
      ),
    );
  }
  return { count, problems, headHash: state.prevHash, headId: state.prevId };
}

export const listAudit = q.listEntries;

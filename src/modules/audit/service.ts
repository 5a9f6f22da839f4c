// Writes go through appendAudit inside the caller's transaction, so the entry commits with the change.
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Db } from '../../db/connection.js';
import type { Actor } from '../../domain/access/scope.js';
import { entryHash, GENESIS_HASH, verifyChain, type AuditContent, type ChainProblem } from '../../domain/audit/chain.js';
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

export async function appendAudit(trx: Transaction<Database>, actor: AuditActor, input: AuditInput): Promise<number> {
  const head = await q.lockChainAndGetHead(trx);
  const prevHash = head?.hash ?? GENESIS_HASH;
  const content: AuditContent = {
    id: (head?.id ?? 0) + 1,
    at: new Date().toISOString(),
    actorUserId: actor.userId,
    actorName: actor.displayName,
    action: input.action,
    entityType: input.entityType,
    entityId: String(input.entityId),
    scopePath: input.scopePath,
    before: input.before ?? null,
    after: input.after ?? null,
  };
  const hash = entryHash(prevHash, content);
  await q.insertEntry(trx, {
    id: content.id, at: content.at, actor_user_id: content.actorUserId, actor_name: content.actorName,
    action: content.action, entity_type: content.entityType, entity_id: content.entityId,
    scope_path: content.scopePath,
    before: content.before === null ? null : JSON.stringify(content.before),
    after: content.after === null ? null : JSON.stringify(content.after),
    prev_hash: prevHash, hash,
  });
  return content.id;
}

export async function verifyAudit(db: Db): Promise<{ count: number; problems: ChainProblem[]; headHash: string }> {
  const state = { prevHash: GENESIS_HASH, prevId: 0 };
  const problems: ChainProblem[] = [];
  let count = 0;
  for await (const rows of q.streamChain(db)) {
    count += rows.length;
    problems.push(...verifyChain(rows.map((r) => ({
      id: r.id, at: new Date(r.at).toISOString(), actorUserId: r.actor_user_id, actorName: r.actor_name,
      action: r.action, entityType: r.entity_type, entityId: r.entity_id, scopePath: r.scope_path,
      before: r.before, after: r.after, prevHash: r.prev_hash, hash: r.hash,
    })), state));
  }
  return { count, problems, headHash: state.prevHash };
}

export const listAudit = q.listEntries;

// The audit trail is a hash chain: each entry's hash covers its content and the previous hash,
// so changing or deleting an entry breaks every later link. Pure functions, no I/O.
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  id: number;
  at: string; // ISO timestamp with milliseconds
  actorUserId: number | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  scopePath: string | null;
  before: unknown;
  after: unknown;
}

/** JSON with object keys sorted, so jsonb's own key order does not change the hash. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function entryHash(prevHash: string, content: AuditContent): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}

export interface ChainProblem {
  id: number;
  kind: 'changed' | 'missing_before' | 'broken_link';
}

/** Checks stored entries in id order; returns every place where the chain does not hold. */
export function verifyChain(
  entries: Iterable<AuditContent & { prevHash: string; hash: string }>,
  state = { prevHash: GENESIS_HASH, prevId: 0 },
): ChainProblem[] {
  const problems: ChainProblem[] = [];
  for (const e of entries) {
    if (e.id !== state.prevId + 1) problems.push({ id: e.id, kind: 'missing_before' });
    if (e.prevHash !== state.prevHash) problems.push({ id: e.id, kind: 'broken_link' });
    const { prevHash, hash, ...content } = e;
    if (entryHash(prevHash, content) !== hash) problems.push({ id: e.id, kind: 'changed' });
    state.prevHash = hash;
    state.prevId = e.id;
  }
  return problems;
}

// Anchoring the audit head outside the database (`grassroots audit anchor`) and checking the chain
// against those anchors (`grassroots audit verify --anchor FILE`). See src/domain/audit/anchor.ts.
import type { Db } from '../../../db/connection.js';
import type { ChainProblem } from '../../../domain/audit/chain.js';
import { checkAnchors, type Anchor, type AnchorProblem } from '../../../domain/audit/anchor.js';
import { verifyAudit } from './service.js';
import * as q from './queries.js';

/**
 * Verifies the whole chain and returns its head as an anchor. A broken chain is not anchored: an anchor
 * must vouch for a chain that held when it was taken.
 */
export async function takeAnchor(db: Db, now = new Date()): Promise<{ anchor: Anchor | null; problems: ChainProblem[] }> {
  const r = await verifyAudit(db);
  if (r.problems.length > 0) return { anchor: null, problems: r.problems };
  return { anchor: { id: r.headId, hash: r.headHash, count: r.count, at: now.toISOString() }, problems: [] };
}

export interface AnchoredVerification {
  count: number;
  headId: number;
  headHash: string;
  problems: ChainProblem[];
  anchorProblems: AnchorProblem[];
}

/** The chain must verify from the start, and every anchored entry must still be there with its hash. */
export async function verifyWithAnchors(db: Db, anchors: Anchor[]): Promise<AnchoredVerification> {
  const r = await verifyAudit(db);
  const hashes = await q.chainHashes(db, [...new Set(anchors.map((a) => a.id).filter((id) => id > 0))]);
  const anchorProblems = checkAnchors(anchors, r.headId, (id) => hashes.get(id));
  return { count: r.count, headId: r.headId, headHash: r.headHash, problems: r.problems, anchorProblems };
}

// Puts committed audit entries on the hash chain. A write inserts its entry with only a sequence
// number, inside its own transaction, and never waits for other writers; after commit the linker
// gives each committed, unlinked entry the next chain position and hashes it onto the head. One
// linker runs at a time across every process (an advisory lock); within a process, requests made
// while a pass runs are folded into one more pass, so a burst of writes costs a few passes, not one each.
import type { Db } from '../../../db/connection.js';
import type { Database } from '../../../db/schema.js';
import { entryHash, GENESIS_HASH, type AuditContent } from '../../../domain/audit/chain.js';
import * as q from './queries.js';

const BATCH = 5_000;

/** The content the hash covers, read back from a stored row (the same reading `audit verify` does). */
export function storedContent(r: Database['audit_entry'] extends infer T ? { [K in keyof T]: unknown } : never, id: number): AuditContent {
  return {
    id,
    at: new Date(r.at as string | Date).toISOString(),
    actorUserId: r.actor_user_id as number | null,
    actorName: r.actor_name as string,
    action: r.action as string,
    entityType: r.entity_type as string,
    entityId: r.entity_id as string,
    scopePath: r.scope_path as string | null,
    before: r.before,
    after: r.after,
  };
}

/**
 * Links every committed entry not yet on the chain; returns how many. With `wait`, waits for a linker
 * running elsewhere (verification needs the whole chain); without, leaves the work to that linker.
 */
export async function linkPending(db: Db, opts: { wait: boolean }): Promise<number> {
  return db.transaction().execute(async (trx) => {
    if (!(await q.lockChain(trx, opts.wait))) return 0;
    const head = await q.chainHead(trx);
    let prevHash = head?.hash ?? GENESIS_HASH;
    let nextId = (head?.id ?? 0) + 1;
    let linked = 0;
    for (;;) {
      const rows = await q.unlinkedEntries(trx, BATCH);
      if (rows.length === 0) return linked;
      const links = rows.map((r) => {
        const hash = entryHash(prevHash, storedContent(r, nextId));
        const link = { seq: r.seq, id: nextId++, prevHash, hash };
        prevHash = hash;
        return link;
      });
      await q.linkEntries(trx, links);
      linked += links.length;
      if (rows.length < BATCH) return linked;
    }
  });
}

/** How long a requested pass waits for more commits to fold in: under load, one pass links many entries. */
const FOLD_MS = 50;

interface LinkerState {
  pass: Promise<void> | null;
  again: boolean;
}
const states = new WeakMap<Db, LinkerState>();

/** Asks for a linking pass after a commit; the promise settles when a pass begun after the call has ended. */
export function requestLink(db: Db): Promise<void> {
  let s = states.get(db);
  if (!s) {
    s = { pass: null, again: false };
    states.set(db, s);
  }
  const state = s;
  if (state.pass) {
    state.again = true;
    return state.pass;
  }
  state.pass = (async () => {
    do {
      await new Promise((resolve) => setTimeout(resolve, FOLD_MS));
      state.again = false;
      await linkPending(db, { wait: false });
    } while (state.again);
  })()
    .catch((e: unknown) => {
      // Entries stay unlinked and are picked up by the next pass or by `audit verify`; nothing is lost.
      console.warn('audit linker:', e instanceof Error ? e.message : e);
    })
    .finally(() => {
      state.pass = null;
    });
  return state.pass;
}

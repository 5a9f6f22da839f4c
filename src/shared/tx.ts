// One transaction per write. A preview runs the very same write and rolls it back, so what the
// user previews is exactly what the write would do.
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Db } from '../db/connection.js';

class PreviewRollback<T> extends Error {
  constructor(readonly result: T) {
    super('preview rollback');
  }
}

/**
 * Work to do after a write's transaction has committed (never after a preview or a failure), such as
 * linking its audit entries. It runs in the background; closing a database waits for it (settleCommitWork).
 */
export type CommitListener = (db: Db, trx: Transaction<Database>) => Promise<void> | void;
const commitListeners: CommitListener[] = [];
const inFlight = new WeakMap<Db, Set<Promise<void>>>();

export function onCommit(listener: CommitListener) {
  commitListeners.push(listener);
}

/** Runs the commit listeners; for a transaction begun outside inTransaction, call it right after COMMIT. */
export function committed(db: Db, trx: Transaction<Database>) {
  for (const listener of commitListeners) {
    const work = listener(db, trx);
    if (!work) continue;
    let set = inFlight.get(db);
    if (!set) {
      set = new Set();
      inFlight.set(db, set);
    }
    const tracked: Promise<void> = work.finally(() => set.delete(tracked));
    set.add(tracked);
  }
}

/** Waits for the background work of committed writes, before the database's pool is closed. */
export async function settleCommitWork(db: Db) {
  for (let set = inFlight.get(db); set && set.size > 0; set = inFlight.get(db)) await Promise.allSettled([...set]);
}

export async function inTransaction<T>(db: Db, preview: boolean, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  let done: Transaction<Database> | null = null;
  try {
    const result = await db.transaction().execute(async (trx) => {
      const result = await work(trx);
      if (preview) throw new PreviewRollback(result);
      done = trx;
      return result;
    });
    committed(db, done!);
    return result;
  } catch (e) {
    if (e instanceof PreviewRollback) return e.result as T;
    throw e;
  }
}

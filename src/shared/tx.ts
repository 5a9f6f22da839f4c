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

export async function inTransaction<T>(db: Db, preview: boolean, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  try {
    return await db.transaction().execute(async (trx) => {
      const result = await work(trx);
      if (preview) throw new PreviewRollback(result);
      return result;
    });
  } catch (e) {
    if (e instanceof PreviewRollback) return e.result as T;
    throw e;
  }
}

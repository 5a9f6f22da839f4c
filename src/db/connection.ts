import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';
import { PreparingClient } from './statement-cache.js';

// DATE columns stay 'YYYY-MM-DD' strings: a calendar date has no time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
// bigint ids fit in a JS number for any realistic registry (< 2^53).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export type Db = Kysely<Database>;

/** A pool of connections; `prepared: false` leaves every statement unnamed (for a pooler in transaction mode). */
export function createPool(url: string, max = 10, { prepared = true } = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    application_name: 'grassroots',
    ...(prepared ? { Client: PreparingClient } : {}),
  });
  // An idle connection the server closes (a restart) is dropped and replaced on the next query; without a
  // listener the error would end the process. While the pool itself is closing, that is expected: quiet.
  pool.on('error', (e) => {
    if (!pool.ending) console.warn(`database connection closed: ${e.message}`);
  });
  return pool;
}

export function createDb(pool: pg.Pool): Db {
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

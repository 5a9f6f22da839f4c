// Seeding time beside a raw COPY of the same number of member rows into an unindexed table.
import type pg from 'pg';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { from as copyFrom } from 'pg-copy-streams';
import { reportOnce, timeOnce } from './lib.js';

export async function benchSeed(pool: pg.Pool, members: number, seed: () => Promise<unknown>) {
  const seeded = await timeOnce(seed);
  const client = await pool.connect();
  try {
    await client.query('CREATE TEMP TABLE copy_baseline (LIKE member INCLUDING DEFAULTS)');
    const rows = await client.query('SELECT * FROM member LIMIT 0');
    const cols = rows.fields.map((f) => f.name);
    const text = await dumpMembers(client, cols);
    const copy = await timeOnce(async () => {
      await pipeline(Readable.from([text]), client.query(copyFrom(`COPY copy_baseline (${cols.join(',')}) FROM STDIN`)));
    });
    reportOnce(
      `seed province (${members.toLocaleString('en')} members, all tables, indexes)`,
      seeded.ms,
      'raw COPY of the member rows',
      copy.ms,
      'first start ≤ 90 s',
    );
  } finally {
    client.release();
  }
}

/** The member rows as COPY text, read back from the seeded table (so the baseline copies the same data). */
async function dumpMembers(client: pg.PoolClient, cols: string[]): Promise<string> {
  const r = await client.query({ text: `SELECT ${cols.map((c) => `${c}::text`).join(',')} FROM member`, rowMode: 'array' });
  const esc = (v: string | null) => (v === null ? '\\N' : v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n'));
  return r.rows.map((row: (string | null)[]) => row.map(esc).join('\t')).join('\n') + '\n';
}

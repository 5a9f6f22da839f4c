// Every foreign key has a full index led by its columns. Without one, deleting a referenced row (an import
// undo deletes members) makes PostgreSQL scan the whole referencing table once per deleted row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { freshDb, type TestDb } from './db.js';

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
});
afterAll(async () => {
  await t.drop();
});

describe('schema', () => {
  it('indexes every foreign key column with a full (non-partial) index whose leading columns are that key', async () => {
    const r = await sql<{ table: string; constraint: string; columns: string; indexed: boolean }>`
      SELECT c.conrelid::regclass::text AS table, c.conname AS constraint,
        (SELECT string_agg(a.attname, ', ' ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY k(n, ord)
          JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n) AS columns,
        EXISTS (
          SELECT 1 FROM pg_index i
          WHERE i.indrelid = c.conrelid AND i.indpred IS NULL AND i.indisvalid
            -- the index's first n key columns are exactly the foreign key's columns (in any order)
            AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] @> c.conkey
            AND (i.indkey::int2[])[0:cardinality(c.conkey) - 1] <@ c.conkey
        ) AS indexed
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'
      ORDER BY 1, 2`.execute(t.db);
    expect(r.rows.length).toBeGreaterThan(100); // the catalog was really read
    const missing = r.rows.filter((x) => !x.indexed).map((x) => `${x.table} (${x.columns}) [${x.constraint}]`);
    expect(missing).toEqual([]);
  });

  it('the undo of an import finds attendance rows by member through an index', async () => {
    // The partial index on unexcused absences alone does not serve a lookup by member for every presence.
    const c = await t.pool.connect();
    try {
      await c.query('SET enable_seqscan = off');
      const plan = (await c.query('EXPLAIN SELECT 1 FROM meeting_attendance WHERE member_id = 1')).rows
        .map((x) => x['QUERY PLAN'])
        .join('\n');
      expect(plan).toContain('meeting_attendance_member_id');
    } finally {
      c.release();
    }
  });
});

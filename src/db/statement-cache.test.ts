// The prepared-statement client, on a real PostgreSQL: repeated queries are prepared once per connection,
// `*` queries and DDL are not, and a statement whose result type changed under it recovers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { freshDb, type TestDb } from '../../test/db.js';
import { createPool } from './connection.js';
import { statementName } from './statement-cache.js';

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
});
afterAll(() => t.drop());

const prepared = async (client: import('pg').PoolClient) =>
  (await client.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements')).rows.map((r) => r.statement);

describe('statement names', () => {
  it('names data statements by their text, and leaves DDL, `*` columns and subtree queries unnamed', () => {
    const a = statementName('select "id" from "member" where "id" = $1');
    expect(a).toMatch(/^grassroots_\d+_\d+$/);
    expect(statementName('select "id" from "member" where "id" = $1')).toBe(a);
    expect(statementName('select "id" from "member" where "id" = $2')).not.toBe(a);
    expect(statementName('select count(*) from "member" where "unit_id" = $1')).not.toBeNull();
    expect(statementName('select * from "member" where "id" = $1')).toBeNull();
    expect(statementName('select "m".* from "member" as "m" where "id" = $1')).toBeNull();
    expect(statementName('update "member" set "phone" = $1 returning *')).toBeNull();
    expect(statementName('select count(*) from "member" where "unit_path" <@ $1::ltree')).toBeNull();
    expect(statementName('alter table "member" add column "x" int default $1')).toBeNull();
  });
});

describe('prepared statements on a connection', () => {
  it('prepares a parameterized query once and answers it as before', async () => {
    const client = await t.pool.connect();
    try {
      const text = 'SELECT $1::int + 1 AS n';
      expect((await client.query(text, [1])).rows[0].n).toBe(2);
      expect((await client.query(text, [41])).rows[0].n).toBe(42);
      expect(await prepared(client)).toContain(text);
      await client.query('SELECT * FROM org_unit WHERE id = $1', [1]);
      expect((await prepared(client)).some((s) => s.includes('FROM org_unit'))).toBe(false);
    } finally {
      client.release();
    }
  });

  it('recovers when a prepared statement finds its result type changed', async () => {
    await sql`CREATE TABLE plan_probe (a int, b int)`.execute(t.db);
    await sql`INSERT INTO plan_probe VALUES (1, 2)`.execute(t.db);
    const client = await t.pool.connect();
    try {
      const text = 'SELECT a, b FROM plan_probe WHERE a = $1';
      expect((await client.query(text, [1])).rows).toEqual([{ a: 1, b: 2 }]);
      await client.query('ALTER TABLE plan_probe ALTER COLUMN b TYPE text');
      // Outside a transaction the query is run again under a new name.
      expect((await client.query(text, [1])).rows).toEqual([{ a: 1, b: '2' }]);
      await client.query('ALTER TABLE plan_probe ALTER COLUMN b TYPE int USING b::int');
      // Inside one, the error reaches the caller once; the next transaction prepares afresh.
      await client.query('BEGIN');
      await expect(client.query(text, [1])).rejects.toThrow(/cached plan/);
      await client.query('ROLLBACK');
      expect((await client.query(text, [1])).rows).toEqual([{ a: 1, b: 2 }]);
    } finally {
      client.release();
    }
  });

  it('prepares nothing when switched off (DB_PREPARED_STATEMENTS=0, for a pooler that cannot keep them)', async () => {
    const pool = createPool(t.url, 1, { prepared: false });
    const client = await pool.connect();
    try {
      await client.query('SELECT $1::int + 1 AS n', [1]);
      await client.query('SELECT $1::int + 1 AS n', [2]);
      expect(await prepared(client)).toEqual([]);
    } finally {
      client.release();
      await pool.end();
    }
  });
});

// The per-unit member rollup (migration 0020) equals a fresh count after any sequence of writes: members added
// one by one and in bulk (COPY), status changes, cell moves one by one and in bulk (as restructuring does), gender
// corrections, deletions, and a restructuring merge through the API. Random sequences from a fixed seed, so a
// failure repeats.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type Session, type TestApp } from './http.js';
import { copyRows } from '../src/db/copy.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(async () => {
  await t?.close();
});

const STATUSES = ['official', 'probationary', 'exempt', 'suspended', 'transferred_out', 'removed', 'deceased'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function drift(): Promise<string[]> {
  const r = await sql<{ unit_id: string; status: string; gender: string; fresh: number; kept: number }>`
    WITH fresh AS (SELECT unit_id, status, gender, count(*)::int AS n FROM member GROUP BY 1, 2, 3)
    SELECT coalesce(f.unit_id, k.unit_id)::text AS unit_id, coalesce(f.status, k.status)::text AS status,
           coalesce(f.gender, k.gender) AS gender, coalesce(f.n, 0) AS fresh, coalesce(k.n, 0) AS kept
    FROM fresh f FULL JOIN unit_member_rollup k USING (unit_id, status, gender)
    WHERE f.n IS DISTINCT FROM k.n`.execute(t.db);
  return r.rows.map((x) => `${x.unit_id}/${x.status}/${x.gender}: fresh ${x.fresh}, kept ${x.kept}`);
}

async function cells(): Promise<number[]> {
  const r = await sql<{ id: number }>`SELECT id::int AS id FROM org_unit WHERE kind = 'cell' AND dissolved_on IS NULL ORDER BY id`.execute(
    t.db,
  );
  return r.rows.map((x) => x.id);
}

let citizen = 900_000_000_000;
async function addMembers(unitId: number, n: number, bulk: boolean) {
  const rows = Array.from({ length: n }, (_, i) => ({
    full_name: `Thử Nghiệm ${citizen}`,
    search_name: `thu nghiem ${citizen}`,
    sort_key: `nghiem ${citizen}`,
    gender: i % 2 ? 'male' : 'female',
    birth_date: '1990-01-01',
    ethnicity: 'Kinh',
    hometown: 'Nam Định',
    residence: 'Nam Định',
    citizen_id: String(citizen++),
    admitted_on: '2015-01-01',
    official_on: '2016-01-01',
    education: '12/12',
    theory_level: 'Sơ cấp',
    status: 'official',
    unit_id: unitId,
  }));
  if (bulk) {
    const client = await t.pool.connect();
    try {
      await copyRows(
        client,
        'member',
        Object.keys(rows[0]!),
        rows.map((r) => Object.values(r)),
      );
    } finally {
      client.release();
    }
  } else {
    for (const r of rows)
      await t.db
        .insertInto('member')
        .values(r as never)
        .execute();
  }
}

describe('per-unit member rollup', () => {
  it('starts equal to a fresh count of the fixture', async () => {
    expect(await drift()).toEqual([]);
    const n = await sql<{ n: number }>`SELECT coalesce(sum(n), 0)::int AS n FROM unit_member_rollup`.execute(t.db);
    expect(n.rows[0]!.n).toBeGreaterThan(0);
  });

  it('follows a merge of two cells made through the restructuring API', async () => {
    const version = async (id: number) => ((await t.call(admin, 'GET', `/api/units/${id}`)).json() as { version: number }).version;
    const [a, b] = [5, 6];
    const moving = await sql<{ n: number }>`SELECT count(*)::int AS n FROM member WHERE unit_id IN (${a}, ${b})`.execute(t.db);
    const r = await t.call(admin, 'POST', '/api/units/merge', {
      sources: [
        { id: a, version: await version(a) },
        { id: b, version: await version(b) },
      ],
      into: { parentId: 4, code: 'T.A.1.99', name: 'Chi bộ thôn Hợp Nhất' },
      effectiveOn: '2026-11-26',
    });
    expect(r.statusCode, r.body).toBe(200);
    const newId = (r.json() as { units: { id: number; change: string }[] }).units.find((u) => u.change === 'created')!.id;
    const kept = await sql<{ n: number }>`SELECT coalesce(sum(n), 0)::int AS n FROM unit_member_rollup WHERE unit_id = ${newId}`.execute(
      t.db,
    );
    expect(kept.rows[0]!.n).toBe(moving.rows[0]!.n);
    expect(await drift()).toEqual([]);
  });

  it('stays equal to a fresh count through random writes', async () => {
    const rand = rng(20261205);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    for (let step = 0; step < 60; step++) {
      const units = await cells();
      const ids = (await sql<{ id: number }>`SELECT id::int AS id FROM member ORDER BY id`.execute(t.db)).rows.map((r) => r.id);
      const op = Math.floor(rand() * 7);
      if (op === 0) await addMembers(pick(units), 1 + Math.floor(rand() * 3), false);
      else if (op === 1) await addMembers(pick(units), 5 + Math.floor(rand() * 20), true);
      else if (op === 2) await sql`UPDATE member SET status = ${pick(STATUSES)}::member_status WHERE id = ${pick(ids)}`.execute(t.db);
      else if (op === 3) await sql`UPDATE member SET unit_id = ${pick(units)} WHERE id = ${pick(ids)}`.execute(t.db);
      else if (op === 4) {
        const from = pick(units);
        await sql`UPDATE member SET unit_id = ${pick(units)} WHERE unit_id = ${from}`.execute(t.db);
      } else if (op === 5) {
        await sql`UPDATE member SET gender = CASE gender WHEN 'male' THEN 'female' ELSE 'male' END WHERE id = ${pick(ids)}`.execute(t.db);
      } else {
        // A member added by mistake and removed in the same breath (no other table points at them yet).
        await addMembers(pick(units), 1, false);
        await sql`DELETE FROM member WHERE id = (SELECT max(id) FROM member)`.execute(t.db);
      }
      // A write that fails leaves the rollup as it was (the trigger runs in the same transaction).
      if (step % 20 === 10) {
        await expect(sql`UPDATE member SET unit_id = -1 WHERE id = ${pick(ids)}`.execute(t.db)).rejects.toThrow();
      }
      expect(await drift(), `after step ${step} (op ${op})`).toEqual([]);
    }
  });

  it('is emptied with the table by TRUNCATE', async () => {
    const client = await t.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('TRUNCATE member CASCADE');
      const n = await client.query('SELECT count(*)::int AS n FROM unit_member_rollup');
      expect(n.rows[0].n).toBe(0);
      await client.query('ROLLBACK');
    } finally {
      client.release();
    }
    expect(await drift()).toEqual([]);
  });
});

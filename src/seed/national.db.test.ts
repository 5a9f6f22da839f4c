// The national shape at test size: the Central level above three small provinces (the demo, Hà Nội, Huế).
// The Central administrator reads the whole country, each province's administrator only their own province,
// and the demo accounts keep the demo province.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../test/http.js';
import { TODAY } from '../../test/fixture.js';
import { CENTRAL_ID, seedNational, type NationalResult } from './national.js';
import { DEMO_PASSWORD } from './users.js';

let t: TestApp;
let seeded: NationalResult;
const as: Record<string, Session> = {};
const unitIdOf = async (code: string) => Number((await t.pool.query('SELECT id FROM org_unit WHERE code = $1', [code])).rows[0].id);
const rowsOf = (body: unknown) =>
  (Array.isArray(body) ? body : (body as { items: unknown[] }).items) as { name: string; memberCount: number }[];

beforeAll(async () => {
  t = await startTestApp({ fixture: false });
  t.pool.on('error', () => {});
  seeded = await seedNational(t.pool, { profile: 'small', provinces: 3, today: TODAY });
  for (const u of ['trunguong', 'tinh02', 'admin']) as[u] = await t.login(u, DEMO_PASSWORD);
});
afterAll(() => t.close());

describe('the national shape', () => {
  it('puts the provinces under the Central level, with every member counted once', async () => {
    expect(seeded.provinces.map((p) => p.username)).toEqual(['tinh02', 'tinh03']);
    const res = await t.call(as.trunguong!, 'GET', `/api/units/${CENTRAL_ID}/children`);
    expect(res.statusCode, res.body).toBe(200);
    const provinces = rowsOf(res.json());
    expect(provinces.map((p) => p.name).sort()).toEqual(['Thành ủy Huế', 'Thành ủy Hà Nội', 'Tỉnh ủy Nam Định'].sort());
    const active = Number(
      (await t.pool.query(`SELECT count(*) AS n FROM member WHERE status NOT IN ('transferred_out', 'removed', 'expelled', 'deceased')`))
        .rows[0].n,
    );
    expect(provinces.reduce((n, p) => n + p.memberCount, 0)).toBe(active);
    expect(provinces.every((p) => p.memberCount > 0)).toBe(true);
    // Each province's members carry its own citizen-ID code; none is shared.
    const codes = await t.pool.query(
      `SELECT left(m.citizen_id, 3) AS code, count(*)::int AS n FROM member m JOIN org_unit u ON u.id = m.unit_id
       WHERE u.path <@ (SELECT path FROM org_unit WHERE code = 'HNI') GROUP BY 1`,
    );
    expect(codes.rows).toEqual([{ code: '001', n: expect.any(Number) }]);
  });

  it('is two-tier in every province: communes directly under the provincial committee, no district left', async () => {
    const depth = await t.pool.query(
      `SELECT DISTINCT u.kind FROM org_unit u JOIN org_unit p ON p.id = u.parent_id
       WHERE p.kind = 'province_committee' AND u.dissolved_on IS NULL`,
    );
    expect(depth.rows.map((r) => r.kind)).not.toContain('subordinate_committee');
  });

  it('answers the national dashboard and tree for the Central administrator', async () => {
    for (const url of [`/api/dashboard?unitId=${CENTRAL_ID}`, `/api/units/${CENTRAL_ID}`, `/api/members?unitId=${CENTRAL_ID}`]) {
      const res = await t.call(as.trunguong!, 'GET', url);
      expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
    }
  });

  it('scopes each province administrator to their own province', async () => {
    const hanoi = await unitIdOf('HNI');
    expect((await t.call(as.tinh02!, 'GET', `/api/units/${hanoi}`)).statusCode).toBe(200);
    // Each province keeps its tree's history: before 1 July 2025 it still had its district level.
    const before = await t.call(as.tinh02!, 'GET', `/api/units/${hanoi}/children?asOf=2025-06-30`);
    expect(rowsOf(before.json()).map((c) => c.name)).toContain('Huyện ủy Ý Yên');
    for (const url of [`/api/units/${CENTRAL_ID}`, '/api/units/1', `/api/members?unitId=1`]) {
      const res = await t.call(as.tinh02!, 'GET', url);
      expect(res.statusCode, url).toBe(404);
      expect(res.body).not.toContain('Nam Định');
    }
    // The demo's own administrator stays on the demo province.
    expect((await t.call(as.admin!, 'GET', '/api/units/1')).statusCode).toBe(200);
    expect((await t.call(as.admin!, 'GET', `/api/units/${hanoi}`)).statusCode).toBe(404);
  });
});

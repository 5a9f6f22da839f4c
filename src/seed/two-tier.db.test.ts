// Depth is data: the app on a two-tier tree (the small demo with the 2025 reorganization recorded: communes
// directly under the province, no district level), signed in as the demo accounts. Every screen's read answers
// on the new units, the tree as of 30 June 2025 still shows the districts, and role scopes follow the grants.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../test/http.js';
import { TODAY } from '../../test/fixture.js';
import { seedDemo, type SeedResult } from './index.js';
import { DEMO_PASSWORD } from './users.js';

let t: TestApp;
let seeded: SeedResult;
const as: Record<string, Session> = {};
const idOf = async (name: string) =>
  Number((await t.pool.query('SELECT id FROM org_unit WHERE name = $1 AND dissolved_on IS NULL', [name])).rows[0].id);

beforeAll(async () => {
  t = await startTestApp({ fixture: false });
  t.pool.on('error', () => {});
  seeded = await seedDemo(t.pool, { profile: 'small', today: TODAY, reform: true });
  for (const u of ['admin', 'vanphong', 'bithu', 'giamsat']) as[u] = await t.login(u, DEMO_PASSWORD);
});
afterAll(() => t.close());

describe('a two-tier province (communes directly under the province)', () => {
  it('shows the districts as of 30 June 2025 and the communes today, with member counts', async () => {
    const before = (await t.call(as.admin!, 'GET', '/api/units/1/children?asOf=2025-06-30')).json() as {
      name: string;
      memberCount: number;
    }[];
    expect(before.map((c) => c.name).sort()).toEqual(['Huyện ủy Ý Yên', 'Thành ủy Nam Định']);
    const now = (await t.call(as.admin!, 'GET', '/api/units/1/children')).json() as { name: string; memberCount: number }[];
    expect(now.map((c) => c.name).sort()).toEqual(['Đảng ủy phường Nam Định', 'Đảng ủy xã Ý Yên']);
    // Today's counts are today's members (some admitted since, some gone): every active member is in a commune.
    const active = Number(
      (await t.pool.query(`SELECT count(*) AS n FROM member WHERE status NOT IN ('transferred_out', 'removed', 'expelled', 'deceased')`))
        .rows[0].n,
    );
    expect(now.reduce((n, c) => n + c.memberCount, 0)).toBe(active);
    expect(before.every((c) => c.memberCount > 0)).toBe(true);
  });

  it('answers every report, coverage and quality read at the province and at a commune', async () => {
    const commune = await idOf(seeded.demoUsers[1]!.unitName);
    for (const unitId of [1, commune]) {
      for (const url of [
        `/api/dashboard?unitId=${unitId}`,
        `/api/coverage?unitId=${unitId}`,
        `/api/quality?unitId=${unitId}`,
        `/api/members?unitId=${unitId}`,
        `/api/units/${unitId}`,
        `/api/units/${unitId}/children`,
        `/api/units/${unitId}/committee`,
        `/api/households?unitId=${unitId}`,
        `/api/recruitment/funnel?unitId=${unitId}`,
      ]) {
        const res = await t.call(as.admin!, 'GET', url);
        expect(res.statusCode, `${url}: ${res.body.slice(0, 200)}`).toBe(200);
      }
    }
  });

  it('groups this year’s quota by the new grassroots organizations and lets each role read its own scope', async () => {
    const cycles = (
      await t.pool.query(`SELECT DISTINCT quota_group FROM assessment_subject WHERE subject_kind = 'member' AND cycle_id = 2`)
    ).rows;
    const nam = await idOf('Đảng ủy phường Nam Định');
    const namPath = (await t.pool.query('SELECT path::text AS p FROM org_unit WHERE id = $1', [nam])).rows[0].p as string;
    expect(cycles.map((r) => r.quota_group)).toContain(`member@${namPath}`);
    expect(namPath.split('.')).toHaveLength(2);
    // The commune office reads its commune, not the other one; the observer reads the commune it watches.
    const other = await idOf('Đảng ủy xã Ý Yên');
    expect(seeded.demoUsers[1]!.unitName).toBe('Đảng ủy phường Nam Định');
    expect((await t.call(as.vanphong!, 'GET', `/api/units/${nam}/children`)).statusCode).toBe(200);
    expect([403, 404]).toContain((await t.call(as.vanphong!, 'GET', `/api/units/${other}`)).statusCode);
    expect(seeded.demoUsers[4]!.unitName).toBe('Đảng ủy xã Ý Yên');
    expect((await t.call(as.giamsat!, 'GET', `/api/units/${other}`)).statusCode).toBe(200);
    const cell = Number(
      (await t.pool.query(`SELECT g.unit_id FROM role_grant g JOIN app_user u ON u.id = g.user_id WHERE u.username = 'bithu'`)).rows[0]
        .unit_id,
    );
    const members = (await t.call(as.bithu!, 'GET', `/api/members?unitId=${cell}`)).json() as { total: number };
    expect(members.total).toBeGreaterThan(0);
  });

  it('lists the reorganization as an applied plan with its operations, and refuses to undo it', async () => {
    const plans = (await t.call(as.admin!, 'GET', '/api/reorg-plans?unitId=1')).json() as {
      id: number;
      status: string;
      effective_on: string;
    }[];
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({ status: 'applied', effective_on: '2025-07-01' });
    const one = (await t.call(as.admin!, 'GET', `/api/reorg-plans/${plans[0]!.id}`)).json() as { operations: { kind: string }[] };
    expect(one.operations.map((o) => o.kind)).toEqual(expect.arrayContaining(['merge', 'move', 'rename', 'change_kind', 'dissolve']));
    const undo = await t.call(as.admin!, 'POST', `/api/reorg-plans/${plans[0]!.id}/undo`);
    expect(undo.statusCode).toBe(409);
    expect(Number((await t.pool.query(`SELECT count(*) AS n FROM org_unit WHERE dissolved_on IS NOT NULL`)).rows[0].n)).toBe(4);
  });
});

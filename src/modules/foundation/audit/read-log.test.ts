// The read-access log: successful reads of a member's personal data are recorded (who, whom, when,
// which route); refused reads are not; a province administrator queries it over their own subtree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { PASSWORD } from '../../../../test/fixture.js';
import { flushReadLog } from './read-log.js';

let t: TestApp;
let admin: Session;
let secretary: Session;
let districtAdmin: Session;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  secretary = await t.login('secretary');
  const created = await t.call(admin, 'POST', '/api/users', {
    username: 'district_b',
    displayName: 'Quản trị huyện B',
    password: PASSWORD,
    grant: { role: 'province_admin', unitId: 3, validFrom: '2026-01-01' },
  });
  expect(created.statusCode, created.body).toBe(201);
  districtAdmin = await t.login('district_b');
  for (const [who, url] of [
    [admin, '/api/members/10'],
    [secretary, '/api/members/1'],
    [secretary, '/api/members/2/timeline'],
    [secretary, '/api/members/10'] /* refused: outside cell 5 */,
    [admin, '/api/members/999'] /* not found */,
  ] as const) {
    await t.call(who, 'GET', url);
  }
  await flushReadLog(t.db);
});
afterAll(() => t.close());

type Item = { userName: string; username: string; memberId: number; memberName: string; route: string; purpose: string; at: string };
const reads = async (s: Session, query: string) => {
  const res = await t.call(s, 'GET', `/api/audit/reads${query}`);
  return { status: res.statusCode, body: res.json() as { total: number; items: Item[] } };
};

describe('read-access log', () => {
  it('records successful reads of a member’s record with the reader, the route and the purpose, newest first', async () => {
    const r = await reads(admin, '');
    expect(r.status).toBe(200);
    expect(r.body.items.map((i) => `${i.username}→${i.memberId}:${i.purpose}`)).toEqual([
      'secretary→2:timeline',
      'secretary→1:profile',
      'admin→10:profile',
    ]);
    expect(r.body.items[2]).toMatchObject({ userName: 'Người dùng admin', memberName: 'Ngô Thị Mai', route: 'GET /api/members/:memberId' });
    expect(new Date(r.body.items[0]!.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('filters by member, by user and by day', async () => {
    expect((await reads(admin, '?memberId=10')).body.items.map((i) => i.username)).toEqual(['admin']);
    expect((await reads(admin, '?userId=3')).body.total).toBe(2);
    const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
    expect((await reads(admin, `?from=${today}&to=${today}`)).body.total).toBe(3);
    expect((await reads(admin, '?to=2020-01-01')).body.total).toBe(0);
    const bad = await reads(admin, '?from=2026-02-01&to=2026-01-01');
    expect(bad.status).toBe(400);
  });

  it('shows an administrator of a subtree only the reads of members in it', async () => {
    const r = await reads(districtAdmin, '');
    expect(r.status).toBe(200);
    expect(r.body.items.map((i) => i.memberId)).toEqual([10]);
    expect((await reads(districtAdmin, '?memberId=1')).body.total).toBe(0);
    expect((await reads(districtAdmin, '?unitId=2')).status).toBe(404);
  });

  it('is refused to anyone but a province administrator', async () => {
    expect((await reads(secretary, '?unitId=5')).status).toBe(404);
    expect((await reads(await t.login('office'), '')).status).toBe(404);
    expect((await t.call(null, 'GET', '/api/audit/reads')).statusCode).toBe(401);
  });

  it('logs the other single-member reads too (fee basis)', async () => {
    const res = await t.call(admin, 'GET', '/api/lifecycle/members/5/fee-basis');
    expect(res.statusCode).toBe(200);
    await flushReadLog(t.db);
    expect((await reads(admin, '?memberId=5')).body.items.map((i) => i.purpose)).toEqual(['fee_basis']);
  });
});

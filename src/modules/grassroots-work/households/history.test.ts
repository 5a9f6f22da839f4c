// GET /api/households/:id/history: members in charge over time, visits with their problems, and campaign
// status changes, kept inside the reader's scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { expectOk, makeHouseholds, type GrassrootsData } from '../assignments/test-data.js';

let t: TestApp;
let admin: Session;
let office: Session;
let secretary: Session;
let d: GrassrootsData;
let home: number;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  office = await t.login('office');
  secretary = await t.login('secretary');
  d = await makeHouseholds(t, admin);
  home = d.homeA[0]!;
  // Member 2 in charge until June, then member 3.
  const first = await expectOk(t, office, 'POST', '/api/household-assignments', {
    householdId: home,
    memberId: 2,
    validFrom: '2026-01-01',
  });
  await expectOk(t, office, 'POST', `/api/household-assignments/${first.id}/end`, { version: first.version, validTo: '2026-06-01' });
  await expectOk(t, office, 'POST', '/api/household-assignments', { householdId: home, memberId: 3, validFrom: '2026-06-01' });
  // A visit finds a problem of the household; a later visit solves it. A visit to another household stays out.
  const v1 = await expectOk(t, office, 'POST', '/api/visits', {
    unitId: 5,
    visitedOn: '2026-10-27',
    visitorMemberId: 5,
    kind: 'visit',
    householdIds: [home],
    problems: [{ category: 'land', description: 'Chưa có giấy chứng nhận quyền sử dụng đất', householdId: home }],
  });
  await expectOk(t, office, 'POST', '/api/visits', {
    unitId: 5,
    visitedOn: '2026-11-20',
    visitorMemberId: 5,
    kind: 'visit',
    householdIds: [home],
    problemUpdates: [{ problemId: v1.problems[0].id, version: 1, status: 'solved', followUp: 'UBND xã đã cấp giấy' }],
  });
  await expectOk(t, office, 'POST', '/api/visits', {
    unitId: 5,
    visitedOn: '2026-11-21',
    visitorMemberId: 5,
    kind: 'phone',
    householdIds: [d.homeA[1]],
  });
  // The commune's campaign: visited, then straight to agreed with a reason. A district campaign the office may not read.
  const camp = await expectOk(t, office, 'POST', '/api/campaigns', {
    unitId: 4,
    name: 'Giải phóng mặt bằng cầu sông Đào',
    goal: 'x',
    place: 'y',
    startsOn: '2026-11-01',
    deadline: '2026-12-31',
  });
  await expectOk(t, office, 'POST', `/api/campaigns/${camp.id}/households`, { householdIds: [home] });
  const card = (await expectOk(t, office, 'GET', `/api/campaigns/${camp.id}/board`)).columns[0].cards[0];
  await expectOk(t, office, 'POST', `/api/campaign-households/${card.id}/move`, { version: 1, status: 'visited' });
  await expectOk(t, office, 'POST', `/api/campaign-households/${card.id}/move`, {
    version: 2,
    status: 'agreed',
    reason: 'Hộ đồng ý ngay sau buổi đối thoại',
  });
  const district = await expectOk(t, admin, 'POST', '/api/campaigns', {
    unitId: 2,
    name: 'Vận động của Huyện ủy A',
    goal: 'x',
    place: 'y',
    startsOn: '2026-11-01',
    deadline: '2026-12-31',
  });
  await expectOk(t, admin, 'POST', `/api/campaigns/${district.id}/households`, { householdIds: [home] });
});
afterAll(() => t.close());

describe('household history', () => {
  it('shows who was in charge when, the visits with their problems, and each campaign status change', async () => {
    const res = await t.call(office, 'GET', `/api/households/${home}/history`);
    expect(res.statusCode).toBe(200);
    const h = res.json();
    expect(h.household).toMatchObject({ id: home, headName: 'Nguyễn Văn Hộ1', groupName: 'Thôn Đông' });
    expect(
      h.assignments.map((a: { memberId: number; validFrom: string; validTo: string | null }) => [a.memberId, a.validFrom, a.validTo]),
    ).toEqual([
      [3, '2026-06-01', null],
      [2, '2026-01-01', '2026-06-01'],
    ]);
    expect(h.visits.map((v: { visitedOn: string; problems: unknown[] }) => [v.visitedOn, v.problems.length])).toEqual([
      ['2026-11-20', 0],
      ['2026-10-27', 1],
    ]);
    expect(h.visits[1].problems[0]).toMatchObject({
      category: 'land',
      status: 'solved',
      followUp: 'UBND xã đã cấp giấy',
      openedOn: '2026-10-27',
      solvedOn: '2026-11-20',
    });
    expect(h.campaigns).toHaveLength(1);
    expect(h.campaigns[0]).toMatchObject({ name: 'Giải phóng mặt bằng cầu sông Đào', status: 'agreed' });
    expect(h.campaigns[0].changes.map((c: { from: string | null; to: string; reason: string }) => [c.from, c.to, c.reason])).toEqual([
      [null, 'not_contacted', ''],
      ['not_contacted', 'visited', ''],
      ['visited', 'agreed', 'Hộ đồng ý ngay sau buổi đối thoại'],
    ]);
    expect(h.campaigns[0].changes[2]).toMatchObject({ on: '2026-11-26', actor: expect.any(String) });
  });

  it('shows the province admin the district campaign the commune office may not read', async () => {
    const h = (await t.call(admin, 'GET', `/api/households/${home}/history`)).json();
    expect(h.campaigns.map((c: { name: string }) => c.name).sort()).toEqual([
      'Giải phóng mặt bằng cầu sông Đào',
      'Vận động của Huyện ủy A',
    ]);
  });

  it('answers 404 out of scope, 404 for an unknown id and 400 for a bad id', async () => {
    const other = await t.call(office, 'GET', `/api/households/${d.homeB[0]}/history`);
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('Bãi');
    expect((await t.call(secretary, 'GET', `/api/households/${home}/history`)).statusCode).toBe(404);
    expect((await t.call(office, 'GET', '/api/households/999999/history')).statusCode).toBe(404);
    const bad = await t.call(office, 'GET', '/api/households/abc/history');
    expect([bad.statusCode, bad.json().details[0].field]).toEqual([400, 'householdId']);
    expect((await t.call(office, 'GET', '/api/households/0/history')).statusCode).toBe(400);
  });
});

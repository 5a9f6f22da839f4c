import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { makeHouseholds, type GrassrootsData } from '../assignments/test-data.js';

let t: TestApp;
let admin: Session;
let office: Session;
let secretary: Session;
let d: GrassrootsData;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  office = await t.login('office');
  secretary = await t.login('secretary');
  d = await makeHouseholds(t, admin);
});
afterAll(() => t.close());

const visit = (over: Record<string, unknown> = {}) => ({
  unitId: 5,
  visitedOn: '2026-10-27',
  visitorMemberId: 5,
  kind: 'visit',
  summary: 'Thăm chi bộ thôn Đông và các hộ',
  householdIds: [d.homeA[0]],
  ...over,
});

describe('visit logs with problems', () => {
  it('a committee member logs a visit with a problem, and a later visit solves it', async () => {
    const first = await t.call(
      office,
      'POST',
      '/api/visits',
      visit({
        problems: [{ category: 'land', description: 'Hộ chưa được cấp giấy chứng nhận quyền sử dụng đất', householdId: d.homeA[0] }],
        escalation: 'Báo cáo Huyện ủy A về hồ sơ đất của hộ',
        escalatedToUnitId: 2,
      }),
    );
    expect(first.statusCode).toBe(201);
    const v1 = first.json();
    expect(v1).toMatchObject({ unitName: 'Chi bộ thôn Đông', visitorName: 'Hoàng Văn Cường', escalatedToName: 'Huyện ủy A' });
    expect(v1.households.map((h: { id: number }) => h.id)).toEqual([d.homeA[0]]);
    const problem = v1.problems[0];
    expect(problem).toMatchObject({ status: 'open', openedOn: '2026-10-27', version: 1 });

    const open = (await t.call(office, 'GET', '/api/problems?unitId=4')).json();
    expect(open.items).toHaveLength(1);
    expect(open.items[0]).toMatchObject({
      id: problem.id,
      ageDays: 30,
      ageBand: '30_to_90',
      foundBy: 'Hoàng Văn Cường',
      escalation: expect.stringContaining('Huyện ủy A'),
    });

    const noFollowUp = await t.call(
      office,
      'POST',
      '/api/visits',
      visit({ visitedOn: '2026-11-20', problemUpdates: [{ problemId: problem.id, version: 1, status: 'solved', followUp: ' ' }] }),
    );
    expect(noFollowUp.json().code).toBe('follow_up_required');
    const second = await t.call(
      office,
      'POST',
      '/api/visits',
      visit({
        visitedOn: '2026-11-20',
        problemUpdates: [
          { problemId: problem.id, version: 1, status: 'solved', followUp: 'Đã hướng dẫn hộ hoàn thiện hồ sơ, UBND xã cấp giấy' },
        ],
      }),
    );
    expect(second.statusCode).toBe(201);
    expect(second.json().followUps).toEqual([expect.objectContaining({ problemId: problem.id, status: 'solved' })]);
    expect((await t.call(office, 'GET', '/api/problems?unitId=4')).json().total).toBe(0);
    const solved = (await t.call(office, 'GET', '/api/problems?unitId=4&status=solved')).json();
    expect(solved.items[0]).toMatchObject({ id: problem.id, solvedOn: '2026-11-20', ageDays: 24, version: 2 });
    const again = await t.call(office, 'PATCH', `/api/problems/${problem.id}`, { version: 2, status: 'open', followUp: '' });
    expect([again.statusCode, again.json().code]).toEqual([409, 'problem_already_solved']);
    const list = (await t.call(office, 'GET', '/api/visits?unitId=4')).json();
    expect(list.items.map((x: { visitedOn: string; problemsFound: number }) => [x.visitedOn, x.problemsFound])).toEqual([
      ['2026-11-20', 0],
      ['2026-10-27', 1],
    ]);
  });

  it('answers a stale follow-up with 409 and moves a problem to in progress', async () => {
    const v = (
      await t.call(
        secretary,
        'POST',
        '/api/visits',
        visit({ visitorMemberId: 1, problems: [{ category: 'environment', description: 'Rác thải ven kênh' }] }),
      )
    ).json();
    const id = v.problems[0].id;
    expect(
      (
        await t.call(secretary, 'PATCH', `/api/problems/${id}`, { version: 1, status: 'in_progress', followUp: 'Đã báo tổ dân phố' })
      ).json(),
    ).toMatchObject({ status: 'in_progress', version: 2 });
    const stale = await t.call(secretary, 'PATCH', `/api/problems/${id}`, { version: 1, status: 'solved', followUp: 'x' });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'stale_version']);
    const solved = await t.call(secretary, 'PATCH', `/api/problems/${id}`, { version: 2, status: 'solved', followUp: 'Đã dọn sạch' });
    expect(solved.json()).toMatchObject({ status: 'solved', solvedOn: '2026-11-26' });
  });

  it('refuses households of another area, an escalation sideways, a future date and bad fields', async () => {
    expect((await t.call(admin, 'POST', '/api/visits', visit({ householdIds: [d.homeB[0]] }))).json().code).toBe('household_outside_unit');
    expect((await t.call(admin, 'POST', '/api/visits', visit({ escalatedToUnitId: 3, escalation: 'x' }))).json().code).toBe(
      'escalation_unit_not_above',
    );
    expect((await t.call(admin, 'POST', '/api/visits', visit({ escalatedToUnitId: 5, escalation: 'x' }))).json().code).toBe(
      'escalation_unit_not_above',
    );
    expect((await t.call(admin, 'POST', '/api/visits', visit({ visitedOn: '2026-11-27' }))).json().code).toBe('visit_in_future');
    const bad = await t.call(admin, 'POST', '/api/visits', visit({ kind: 'party', problems: [{ category: 'weather', description: '' }] }));
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .details.map((x: { field: string }) => x.field)
        .sort(),
    ).toEqual(['kind', 'problems.0.category', 'problems.0.description']);
  });

  it('keeps a secretary inside the cell', async () => {
    expect((await t.call(secretary, 'POST', '/api/visits', visit({ unitId: 6, householdIds: [] }))).statusCode).toBe(404);
    expect((await t.call(secretary, 'POST', '/api/visits', visit({ visitorMemberId: 5 }))).statusCode).toBe(404);
    expect((await t.call(secretary, 'GET', '/api/problems?unitId=4')).statusCode).toBe(404);
    const own = (await t.call(secretary, 'GET', '/api/problems')).json();
    expect(own.items.every((p: { unitId: number }) => p.unitId === 5)).toBe(true);
  });
});

describe('households named in a visit', () => {
  it('lets a cell secretary name the households of the commune around the cell, and nothing outside its scope', async () => {
    const own = await t.call(secretary, 'POST', '/api/visits', visit({ visitorMemberId: 2, householdIds: [d.homeA[1]] }));
    expect(own.statusCode, own.body).toBe(201);
    const hidden = await t.call(secretary, 'POST', '/api/visits', visit({ visitorMemberId: 2, householdIds: [d.homeB[0]] }));
    const missing = await t.call(secretary, 'POST', '/api/visits', visit({ visitorMemberId: 2, householdIds: [99999] }));
    expect([hidden.statusCode, hidden.json().code]).toEqual([404, 'not_found']);
    expect(hidden.json()).toEqual(missing.json());
    expect(hidden.body).not.toMatch(/Bãi Sông/i);
    // Someone who may read the other commune learns why it does not fit, by its address.
    const seen = await t.call(admin, 'POST', '/api/visits', visit({ householdIds: [d.homeB[0]] }));
    expect(seen.json()).toMatchObject({ code: 'household_outside_unit' });
    expect(seen.json().message).toContain('xóm Bãi Sông');
  });
});

describe("the visit form's household picker", () => {
  it('offers exactly the households a visit to the unit may name, searchable, and nothing to callers outside the unit', async () => {
    const ids = async (s: Session, query: string) => {
      const res = await t.call(s, 'GET', `/api/visits/households?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res
        .json()
        .map((h: { id: number }) => h.id)
        .sort((a: number, b: number) => a - b);
    };
    expect(await ids(secretary, 'unitId=5')).toEqual([...d.homeA].sort((a, b) => a - b));
    expect(await ids(admin, 'unitId=7')).toEqual([...d.homeB].sort((a, b) => a - b));
    expect(await ids(admin, 'unitId=2')).toEqual([...d.homeA].sort((a, b) => a - b));
    expect(await ids(secretary, 'unitId=5&q=H%E1%BB%992')).toEqual([d.homeA[1]]);
    const first = (await t.call(secretary, 'GET', '/api/visits/households?unitId=5&q=S%E1%BB%91%201')).json();
    expect(first).toEqual([{ id: d.homeA[0], address: 'Số 1, thôn Đông', headName: 'Nguyễn Văn Hộ1', groupName: 'Thôn Đông' }]);
    // Every household offered is one the logging accepts.
    const logged = await t.call(secretary, 'POST', '/api/visits', visit({ visitorMemberId: 2, householdIds: [d.homeA[2]] }));
    expect(logged.statusCode, logged.body).toBe(201);
    expect((await t.call(secretary, 'GET', '/api/visits/households?unitId=8')).statusCode).toBe(404);
    expect((await t.call(secretary, 'GET', '/api/visits/households?unitId=6')).statusCode).toBe(404);
  });
});

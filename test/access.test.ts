// Walks the whole route table. Every route must name a policy, refuse anonymous callers, and give a
// cell secretary (cell 5) a 403/404 without data for anything outside the cell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from './http.js';
import { isKnownPolicy, PUBLIC, AUTHENTICATED } from '../src/shared/policy.js';
import { moduleProbes, type Probe } from './probes.js';

let t: TestApp;
let secretary: Session;

// Out of scope for the secretary of cell 5: unit 8 (another district's cell), member 10 (in cell 8),
// committee term 2 and seat 2 (of cell 8), user 6 and grant 6 (secretary of cell 8).
const FOREIGN = ['Ngô Thị Mai', 'Chi bộ xóm 1', 'secretary8', '036100000010'];
const effective = '2026-11-01';

/** One probe per route: the request a curious secretary of cell 5 might send with someone else's ids. */
const PROBES: Record<string, Probe> = {
  'GET /api/units/:unitId': { url: '/api/units/8' },
  'GET /api/units/:unitId/children': { url: '/api/units/7/children' },
  'GET /api/units/:unitId/history': { url: '/api/units/8/history' },
  'GET /api/units/:unitId/committee': { url: '/api/units/8/committee' },
  'POST /api/units': { url: '/api/units', body: { parentId: 7, code: 'X1', name: 'Chi bộ mới', kind: 'cell', effectiveOn: effective } },
  'POST /api/units/:unitId/rename': { url: '/api/units/8/rename', body: { name: 'Đổi', version: 1, effectiveOn: effective } },
  'POST /api/units/:unitId/move': { url: '/api/units/8/move', body: { newParentId: 4, version: 1, effectiveOn: effective } },
  'POST /api/units/merge': { url: '/api/units/merge', body: { sources: [{ id: 8, version: 1 }, { id: 5, version: 1 }], into: { unitId: 5 }, effectiveOn: effective } },
  'POST /api/units/:unitId/split': { url: '/api/units/8/split', body: { version: 1, parts: [{ code: 'S1', name: 'A' }, { code: 'S2', name: 'B' }], memberParts: {}, effectiveOn: effective } },
  'POST /api/units/:unitId/dissolve': { url: '/api/units/8/dissolve', body: { version: 1, effectiveOn: effective } },
  'POST /api/units/:unitId/committee/terms': { url: '/api/units/8/committee/terms', body: { label: 'X', startsOn: '2026-01-01' } },
  'POST /api/committee-terms/:termId/seats': { url: '/api/committee-terms/2/seats', body: { memberId: 11, position: 'member', fromDate: '2026-01-01' } },
  'POST /api/committee-seats/:seatId/end': { url: '/api/committee-seats/2/end', body: { toDate: '2026-06-01' } },
  'GET /api/members': { url: '/api/members?unitId=8' },
  'GET /api/members/:memberId': { url: '/api/members/10' },
  'GET /api/members/:memberId/timeline': { url: '/api/members/10/timeline' },
  'POST /api/members': { url: '/api/members', body: {
    fullName: 'Lạ Văn Người', gender: 'male', birthDate: '1990-01-01', ethnicity: 'Kinh', hometown: 'x', residence: 'y',
    citizenId: '036190000777', admittedOn: '2015-01-01', officialOn: '2016-01-01', education: '12/12', theoryLevel: '', status: 'official', unitId: 8 } },
  'PATCH /api/members/:memberId': { url: '/api/members/10', body: { version: 1, phone: '0900000000' } },
  'GET /api/audit': { url: '/api/audit?unitId=8' },
  'GET /api/audit/verify': { url: '/api/audit/verify' },
  'GET /api/users': { url: '/api/users?unitId=8' },
  'POST /api/users': { url: '/api/users', body: { username: 'intruder', displayName: 'X', password: 'Long-Password-1', grant: { role: 'cell_secretary', unitId: 8, validFrom: '2026-01-01' } } },
  // A grant inside cell 5, but the account would act as member 10 of cell 8 (src/modules/users/users.test.ts tries it as an office).
  'POST /api/users (member outside)': { url: '/api/users', body: { username: 'intruder2', displayName: 'X', password: 'Long-Password-1', memberId: 10, grant: { role: 'member', unitId: 5, validFrom: '2026-01-01' } } },
  'POST /api/users/:userId/grants': { url: '/api/users/6/grants', body: { role: 'observer', unitId: 8, validFrom: '2026-01-01' } },
  'POST /api/users/:userId/grants (grant inside)': { url: '/api/users/6/grants', body: { role: 'member', unitId: 5, validFrom: '2026-01-01' } },
  'POST /api/users/:userId/password-reset': { url: '/api/users/6/password-reset', body: {} },
  'POST /api/grants/:grantId/end': { url: '/api/grants/6/end', body: { validTo: '2026-06-01' } },
};

/** Routes that carry no id of another unit, with the reason they need no probe. */
const NO_SCOPE: Record<string, string> = {
  'POST /api/auth/login': 'public: the login form',
  'POST /api/auth/logout': 'acts on the caller’s own session only',
  'GET /api/auth/me': 'returns the caller only',
  'POST /api/auth/login/code': 'public: the second login step, bound to its own ticket',
  'POST /api/auth/password': 'changes the caller’s own password only',
  'GET /api/auth/totp': 'the caller’s own second factor only',
  'POST /api/auth/totp/enroll': 'the caller’s own second factor only',
  'POST /api/auth/totp/confirm': 'the caller’s own second factor only',
  'POST /api/auth/totp/disable': 'the caller’s own second factor only',
  'GET /api/units/roots': 'returns the caller’s own grant roots only',
  'GET /api/units/search': 'searches only inside the caller’s readable roots (tested below)',
};

const apiRoutes = () => t.app.routeTable
  .filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD')
  .map((r) => ({ ...r, key: `${r.method} ${r.url}` }));

beforeAll(async () => {
  t = await startTestApp();
  secretary = await t.login('secretary');
  const more = await moduleProbes(t);
  Object.assign(PROBES, more.probes);
  Object.assign(NO_SCOPE, more.noScope);
  FOREIGN.push(...more.foreign);
});
afterAll(() => t.close());

describe('route table', () => {
  it('gives every route a known policy', () => {
    const missing = t.app.routeTable.filter((r) => !r.url.startsWith('/docs') && !isKnownPolicy(r.policy));
    expect(missing).toEqual([]);
  });

  it('probes every route that takes an id, or says why not', () => {
    const unlisted = apiRoutes().filter((r) => !PROBES[r.key] && !NO_SCOPE[r.key]).map((r) => r.key);
    expect(unlisted).toEqual([]);
    // A key may name a variant of its route after the route: 'POST /api/users (member outside)'.
    const stale = Object.keys(PROBES).filter((k) => !apiRoutes().some((r) => r.key === k.replace(/ \(.*\)$/, '')));
    expect(stale).toEqual([]);
  });

  it('refuses anonymous callers on every non-public route', async () => {
    for (const r of apiRoutes().filter((x) => x.policy !== PUBLIC)) {
      const probe = PROBES[r.key] ?? { url: r.url };
      const res = await t.call(null, r.method, probe.url, probe.body);
      expect(res.statusCode, r.key).toBe(401);
    }
  });

  it('gives a cell secretary 403/404 and no data for ids outside the cell, writing nothing', async () => {
    const auditBefore = await t.db.selectFrom('audit_entry').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    for (const [key, probe] of Object.entries(PROBES)) {
      const method = key.split(' ')[0]!;
      const res = await t.call(secretary, method, probe.url, probe.body);
      expect([403, 404], `${key} → ${res.statusCode} ${res.body}`).toContain(res.statusCode);
      for (const secret of FOREIGN) expect(res.body, key).not.toContain(secret);
    }
    const auditAfter = await t.db.selectFrom('audit_entry').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    expect(auditAfter.n).toBe(auditBefore.n);
    const member10 = await t.db.selectFrom('member').select(['phone', 'version']).where('id', '=', 10).executeTakeFirstOrThrow();
    expect(member10).toEqual({ phone: '0912345678', version: 1 });
  });

  it('searches units only inside the caller’s roots', async () => {
    const res = await t.call(secretary, 'GET', '/api/units/search?q=Chi%20b%E1%BB%99');
    expect(res.json().map((u: { id: number }) => u.id)).toEqual([5]);
  });

  it('the probes are real: the same requests succeed for a province admin', async () => {
    const admin = await t.login('admin');
    for (const key of ['GET /api/units/:unitId', 'GET /api/members/:memberId', 'GET /api/members', 'GET /api/audit']) {
      const res = await t.call(admin, 'GET', PROBES[key]!.url);
      expect(res.statusCode, key).toBe(200);
    }
    expect((await t.call(admin, 'GET', '/api/members/10')).body).toContain('Ngô Thị Mai');
  });

  it('needs the CSRF token on writes', async () => {
    const res = await t.call(null, 'PATCH', '/api/members/1', { version: 1, phone: '0900000000' }, { cookie: secretary.cookie });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf');
  });

  it('lists the special policies it relies on', () => {
    expect(isKnownPolicy(AUTHENTICATED)).toBe(true);
  });
});

// Walks the whole route table. Every route must name a policy, refuse anonymous callers, and give a
// cell secretary (cell 5) a 403/404 without data for anything outside the cell. Ids in a request body are
// probed too: with the path in scope and one body id outside it, the answer must be the one a missing id
// gets, and no answer may carry a name or address of an out-of-scope record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from './http.js';
import { isKnownPolicy, PUBLIC, AUTHENTICATED } from '../src/shared/policy.js';
import { addProbes, bodyIdFields, moduleProbes, probeList, valuesAt, withMissingIds, type Probe } from './probes.js';

let t: TestApp;
let secretary: Session;
const sessions = new Map<string, Session>();
const sessionOf = async (username: string) => {
  if (!sessions.has(username)) sessions.set(username, await t.login(username));
  return sessions.get(username)!;
};

// Out of scope for the secretary of cell 5: unit 8 (another district's cell), member 10 (in cell 8),
// committee term 2 and seat 2 (of cell 8), user 6 and grant 6 (secretary of cell 8).
const FOREIGN = [
  'Ngô Thị Mai',
  'Chi bộ xóm 1',
  'secretary8',
  '036100000010',
  'Dương Văn Nam',
  'Nguyễn Văn Ngoạn',
  'Đảng ủy xã B1',
  'Huyện ủy B',
];
const effective = '2026-11-01';

/** Per route, the requests a curious secretary of cell 5 (or office of commune 4) might send with someone else's ids. */
const PROBES: Record<string, Probe | Probe[]> = {
  'GET /api/units/:unitId': { url: '/api/units/8' },
  'GET /api/units/:unitId/cell-type': { url: '/api/units/8/cell-type' },
  'PUT /api/units/:unitId/cell-type': { url: '/api/units/8/cell-type', body: { cellType: 'residential', version: 1 } },
  'GET /api/units/:unitId/lineage': { url: '/api/units/8/lineage' },
  'GET /api/units/:unitId/children': { url: '/api/units/7/children' },
  'GET /api/units/:unitId/history': { url: '/api/units/8/history' },
  'GET /api/units/:unitId/committee': { url: '/api/units/8/committee' },
  'POST /api/units': {
    url: '/api/units',
    body: { parentId: 7, code: 'X1', name: 'Chi bộ mới', kind: 'cell', effectiveOn: effective },
    foreignIn: ['parentId'],
  },
  'POST /api/units/:unitId/rename': { url: '/api/units/8/rename', body: { name: 'Đổi', version: 1, effectiveOn: effective } },
  'POST /api/units/:unitId/move': [
    { url: '/api/units/8/move', body: { newParentId: 4, version: 1, effectiveOn: effective } },
    { as: 'office', url: '/api/units/6/move', body: { newParentId: 7, version: 1, effectiveOn: effective }, foreignIn: ['newParentId'] },
  ],
  'POST /api/units/merge': [
    {
      url: '/api/units/merge',
      body: {
        sources: [
          { id: 8, version: 1 },
          { id: 5, version: 1 },
        ],
        into: { unitId: 5 },
        effectiveOn: effective,
      },
      foreignIn: ['sources[].id'],
    },
    {
      as: 'office',
      url: '/api/units/merge',
      body: {
        sources: [
          { id: 6, version: 1 },
          { id: 5, version: 1 },
        ],
        into: { unitId: 8 },
        effectiveOn: effective,
      },
      foreignIn: ['into.unitId'],
    },
    {
      as: 'office',
      url: '/api/units/merge',
      body: {
        sources: [
          { id: 6, version: 1 },
          { id: 5, version: 1 },
        ],
        into: { parentId: 7, code: 'M1', name: 'Gộp' },
        effectiveOn: effective,
      },
      foreignIn: ['into.parentId'],
    },
  ],
  'POST /api/units/:unitId/split': {
    url: '/api/units/8/split',
    body: {
      version: 1,
      parts: [
        { code: 'S1', name: 'A' },
        { code: 'S2', name: 'B' },
      ],
      memberParts: {},
      effectiveOn: effective,
    },
  },
  'POST /api/units/:unitId/dissolve': { url: '/api/units/8/dissolve', body: { version: 1, effectiveOn: effective } },
  'POST /api/units/:unitId/committee/terms': { url: '/api/units/8/committee/terms', body: { label: 'X', startsOn: '2026-01-01' } },
  'POST /api/committee-terms/:termId/seats': [
    { url: '/api/committee-terms/2/seats', body: { memberId: 11, position: 'member', fromDate: '2026-01-01' } },
    {
      as: 'office',
      url: '/api/committee-terms/1/seats',
      body: { memberId: 11, position: 'member', fromDate: '2026-01-01' },
      foreignIn: ['memberId'],
    },
  ],
  'POST /api/committee-seats/:seatId/end': { url: '/api/committee-seats/2/end', body: { toDate: '2026-06-01' } },
  'GET /api/members': { url: '/api/members?unitId=8' },
  'GET /api/members/:memberId': { url: '/api/members/10' },
  'GET /api/members/:memberId/timeline': { url: '/api/members/10/timeline' },
  'POST /api/members': {
    url: '/api/members',
    body: {
      fullName: 'Lạ Văn Người',
      gender: 'male',
      birthDate: '1990-01-01',
      ethnicity: 'Kinh',
      hometown: 'x',
      residence: 'y',
      citizenId: '036190000777',
      admittedOn: '2015-01-01',
      officialOn: '2016-01-01',
      education: '12/12',
      theoryLevel: '',
      status: 'official',
      unitId: 8,
    },
    foreignIn: ['unitId'],
  },
  'PATCH /api/members/:memberId': [
    { url: '/api/members/10', body: { version: 1, phone: '0900000000' } },
    { as: 'office', url: '/api/members/5', body: { version: 1, unitId: 8 }, foreignIn: ['unitId'] },
  ],
  'GET /api/audit': { url: '/api/audit?unitId=8' },
  'GET /api/audit/verify': { url: '/api/audit/verify' },
  'GET /api/users': { url: '/api/users?unitId=8' },
  'POST /api/users': [
    {
      url: '/api/users',
      body: {
        username: 'intruder',
        displayName: 'X',
        password: 'Long-Password-1',
        grant: { role: 'cell_secretary', unitId: 8, validFrom: '2026-01-01' },
      },
    },
    // A grant inside commune 4, but the account would act as member 10 of cell 8.
    {
      as: 'office',
      url: '/api/users',
      body: {
        username: 'intruder2',
        displayName: 'X',
        password: 'Long-Password-1',
        memberId: 10,
        grant: { role: 'member', unitId: 5, validFrom: '2026-01-01' },
      },
      foreignIn: ['memberId'],
    },
    {
      as: 'office',
      url: '/api/users',
      body: {
        username: 'intruder3',
        displayName: 'X',
        password: 'Long-Password-1',
        grant: { role: 'member', unitId: 8, validFrom: '2026-01-01' },
      },
      foreignIn: ['grant.unitId'],
    },
  ],
  'POST /api/users/:userId/grants': [
    { url: '/api/users/6/grants', body: { role: 'observer', unitId: 8, validFrom: '2026-01-01' } },
    { as: 'office', url: '/api/users/6/grants', body: { role: 'member', unitId: 5, validFrom: '2026-01-01' } }, // another district's account
    { as: 'office', url: '/api/users/4/grants', body: { role: 'observer', unitId: 8, validFrom: '2026-01-01' }, foreignIn: ['unitId'] },
  ],
  'POST /api/users/:userId/password-reset': [
    { url: '/api/users/6/password-reset', body: {} },
    { as: 'office', url: '/api/users/6/password-reset', body: {} },
  ],
  'POST /api/grants/:grantId/end': { url: '/api/grants/6/end', body: { validTo: '2026-06-01' } },
};

/** Body id fields without an out-of-scope probe, with the reason: 'METHOD /route' → { field: reason }. */
const BODY_IDS_EXEMPT: Record<string, Record<string, string>> = {};

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

const apiRoutes = () =>
  t.app.routeTable.filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD').map((r) => ({ ...r, key: `${r.method} ${r.url}` }));

beforeAll(async () => {
  t = await startTestApp();
  secretary = await sessionOf('secretary');
  const more = await moduleProbes(t);
  addProbes(PROBES, more.probes);
  Object.assign(NO_SCOPE, more.noScope);
  for (const [key, fields] of Object.entries(more.bodyIdsExempt)) BODY_IDS_EXEMPT[key] = { ...BODY_IDS_EXEMPT[key], ...fields };
  FOREIGN.push(...more.foreign);
});
afterAll(() => t.close());

describe('route table', () => {
  it('gives every route a known policy', () => {
    const missing = t.app.routeTable.filter((r) => !r.url.startsWith('/docs') && !isKnownPolicy(r.policy));
    expect(missing).toEqual([]);
  });

  it('probes every route that takes an id, or says why not', () => {
    const unlisted = apiRoutes()
      .filter((r) => !PROBES[r.key] && !NO_SCOPE[r.key])
      .map((r) => r.key);
    expect(unlisted).toEqual([]);
    const stale = Object.keys(PROBES).filter((k) => !apiRoutes().some((r) => r.key === k));
    expect(stale).toEqual([]);
  });

  it('refuses anonymous callers on every non-public route', async () => {
    for (const r of apiRoutes().filter((x) => x.policy !== PUBLIC)) {
      const probe = probeList(PROBES[r.key])[0] ?? { url: r.url };
      const res = await t.call(null, r.method, probe.url, probe.body);
      expect(res.statusCode, r.key).toBe(401);
    }
  });

  it('probes every id field of every write body with an out-of-scope id, or says why not', () => {
    const missing: string[] = [];
    const stale: string[] = [];
    for (const r of apiRoutes().filter((x) => x.method !== 'GET')) {
      const fields = bodyIdFields(r.body);
      const probes = probeList(PROBES[r.key]);
      for (const f of fields) {
        const probed = probes.some((p) => p.foreignIn?.includes(f) && valuesAt(p.body, f).length > 0);
        if (!probed && !BODY_IDS_EXEMPT[r.key]?.[f]) missing.push(`${r.key} ${f}`);
      }
      for (const p of probes) for (const f of p.foreignIn ?? []) if (!fields.includes(f)) stale.push(`${r.key} ${f} (not a body id field)`);
      for (const f of Object.keys(BODY_IDS_EXEMPT[r.key] ?? {}))
        if (!fields.includes(f)) stale.push(`${r.key} ${f} (exempt, not a body id field)`);
    }
    for (const key of Object.keys(BODY_IDS_EXEMPT))
      if (!apiRoutes().some((r) => r.key === key)) stale.push(`${key} (exempt, no such route)`);
    expect(missing).toEqual([]);
    expect(stale).toEqual([]);
  });

  it('gives 403/404 and no data for ids outside the caller’s scope, in the path or the body, writing nothing', async () => {
    const auditBefore = await t.db
      .selectFrom('audit_entry')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const failures: string[] = [];
    const leaks = (key: string, body: string) => {
      const text = body.normalize('NFC').toLowerCase();
      for (const secret of FOREIGN)
        if (text.includes(secret.normalize('NFC').toLowerCase())) failures.push(`${key}: answer names "${secret}": ${body.slice(0, 300)}`);
    };
    const answer = (res: { statusCode: number; body: string }) => {
      const j = (() => {
        try {
          return JSON.parse(res.body) as { code?: string; message?: string };
        } catch {
          return {};
        }
      })();
      return `${res.statusCode} ${j.code} ${j.message}`;
    };
    for (const [key, entry] of Object.entries(PROBES)) {
      const method = key.split(' ')[0]!;
      for (const probe of probeList(entry)) {
        const who = probe.as ?? 'secretary';
        const label = `${key} as ${who}${probe.foreignIn ? ` [${probe.foreignIn.join(', ')}]` : ''}`;
        const session = await sessionOf(who);
        const res = await t.call(session, method, probe.url, probe.body);
        leaks(label, res.body);
        if (!probe.foreignIn) {
          if (![403, 404].includes(res.statusCode)) failures.push(`${label} → ${res.statusCode} ${res.body.slice(0, 300)}`);
          continue;
        }
        // A body id outside the scope must get exactly the answer of an id that does not exist.
        if (res.statusCode < 400 || res.statusCode >= 500) failures.push(`${label} → ${res.statusCode} ${res.body.slice(0, 300)}`);
        for (const field of probe.foreignIn) {
          if (valuesAt(probe.body, field).length === 0) failures.push(`${label}: the body has no ${field}`);
          const ghost = await t.call(session, method, probe.url, withMissingIds(probe.body, field));
          leaks(`${label} (missing ${field})`, ghost.body);
          if (answer(ghost) !== answer(res)) failures.push(`${label}: out of scope → ${answer(res)}; missing ${field} → ${answer(ghost)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    const auditAfter = await t.db
      .selectFrom('audit_entry')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
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
      const res = await t.call(admin, 'GET', probeList(PROBES[key])[0]!.url);
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

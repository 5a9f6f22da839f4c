// Review cycles on the real database: opening one, the subjects generated from the tree as it stood, scope.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { CYCLE, openCycle, subjectsOf } from './helpers.test-util.js';

let t: TestApp;
let admin: Session, office: Session, secretary: Session, member: Session, observer: Session;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  office = await t.login('office');
  secretary = await t.login('secretary');
  member = await t.login('member');
  observer = await t.login('observer');
});
afterAll(() => t.close());

describe('opening a cycle', () => {
  it('generates subjects from the tree as it stood at the end of the period, keeping who is not rated', async () => {
    // Member 3 admitted 4 months before the period ends: not rated. Member 5 suspended during the period.
    await t.db
      .updateTable('member')
      .set({ admitted_on: '2026-09-01', official_on: null, status: 'probationary' })
      .where('id', '=', 3)
      .execute();
    await t.db.insertInto('member_exemption').values({ member_id: 5, kind: 'suspended', from_date: '2026-10-01', to_date: null }).execute();
    const cycle = await openCycle(t, admin);
    // 12 members, cells 5, 6, 8 and grassroots orgs 4, 7, 9, leaders of cells 5 and 8
    expect(cycle.subjects).toBe(12 + 3 + 3 + 2);
    const all = await subjectsOf(t, admin, cycle.id);
    const reasons = Object.fromEntries(all.filter((s) => s.kind === 'member').map((s) => [s.memberId, s.notRatedReason]));
    expect(reasons).toMatchObject({ 1: null, 2: null, 3: 'admitted_lt_6_months', 4: 'exempted', 5: 'suspended', 10: null });
    expect(cycle.notRated).toBe(3);
    const overview = (await t.call(admin, 'GET', `/api/assessment-cycles/${cycle.id}`)).json();
    expect(overview).toMatchObject({
      ruleSet: 'reg366-2025',
      quotaRounding: 'floor',
      quotaGrouping: 'grassroots_org',
      notRated: 3,
      steps: { self_assessment: 17 },
    });
    const audit = (await t.call(admin, 'GET', `/api/audit?entityType=review_cycle&entityId=${cycle.id}`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'assessment.cycle.create' });
  });

  it('records the unit version each subject was made in, even after the unit is renamed', async () => {
    const cycle = await openCycle(t, admin, { ...CYCLE, periodFrom: '2025-01-01', periodTo: '2025-12-31', subjectKinds: ['party_cell'] });
    const v = (await t.call(admin, 'GET', '/api/units/5')).json().version;
    expect(
      (await t.call(admin, 'POST', '/api/units/5/rename', { name: 'Chi bộ thôn Đông Mới', version: v, effectiveOn: '2026-11-01' }))
        .statusCode,
    ).toBe(200);
    const cells = await subjectsOf(t, admin, cycle.id);
    const cell5 = cells.find((s) => s.unitId === 5)! as unknown as { unitName: string };
    expect(cell5.unitName).toBe('Chi bộ thôn Đông');
  });

  it('lets a committee office open a cycle for its subtree only', async () => {
    const own = await t.call(office, 'POST', '/api/assessment-cycles', {
      ...CYCLE,
      rootUnitId: 4,
      kind: 'quarterly',
      periodFrom: '2026-07-01',
      periodTo: '2026-09-30',
    });
    expect(own.statusCode).toBe(201);
    expect(own.json().subjects).toBeGreaterThan(0);
    // A unit the office cannot read answers like a missing one; its own cell secretary may read but not open.
    expect((await t.call(office, 'POST', '/api/assessment-cycles', { ...CYCLE, rootUnitId: 2 })).statusCode).toBe(404);
    expect((await t.call(secretary, 'POST', '/api/assessment-cycles', { ...CYCLE, rootUnitId: 5 })).statusCode).toBe(403);
  });

  it('gives one sentence per bad field', async () => {
    const res = await t.call(admin, 'POST', '/api/assessment-cycles', {
      ...CYCLE,
      periodTo: '2025-12-31',
      deadlines: { self_assessment: '2026-12-05', collective_review: '2026-12-01' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.map((d: { field: string }) => d.field)).toEqual(['periodTo', 'deadlines.collective_review']);
    const bad = await t.call(
      admin,
      'POST',
      '/api/assessment-cycles',
      { ...CYCLE, ruleSet: 'reg999', subjectKinds: [], kind: 'weekly' },
      { 'accept-language': 'en' },
    );
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['kind', 'ruleSet', 'subjectKinds']);
    const early = await t.call(admin, 'POST', '/api/assessment-cycles', { ...CYCLE, periodFrom: '2010-01-01', periodTo: '2010-12-31' });
    expect(early.json()).toMatchObject({ code: 'cycle_root_not_in_period' });
  });
});

describe('reading cycles in scope', () => {
  it('shows a cell secretary the province cycle limited to the cell', async () => {
    const cycles = (await t.call(secretary, 'GET', '/api/assessment-cycles')).json();
    const yearly = cycles.find((c: { title: string; periodTo: string }) => c.periodTo === '2026-12-31');
    const mineOnly = await subjectsOf(t, secretary, yearly.id);
    expect(new Set(mineOnly.map((s) => s.unitId))).toEqual(new Set([5]));
    expect((await t.call(secretary, 'GET', `/api/assessment-cycles/${yearly.id}/subjects?unitId=8`)).statusCode).toBe(404);
    expect(
      (await t.call(observer, 'GET', `/api/assessment-cycles/${yearly.id}/subjects`))
        .json()
        .items.every((s: { unitPath: string }) => s.unitPath.startsWith('1.3')),
    ).toBe(true);
  });

  it('lets a member see their own assessments only', async () => {
    const mine = (await t.call(member, 'GET', '/api/assessment-subjects/mine')).json();
    expect(mine.length).toBeGreaterThan(0);
    expect((await t.call(member, 'GET', `/api/assessment-subjects/${mine[0].id}`)).statusCode).toBe(200);
    const other = (await subjectsOf(t, admin, mine[0].cycleId)).find((s) => s.memberId === 1)!;
    expect((await t.call(member, 'GET', `/api/assessment-subjects/${other.id}`)).statusCode).toBe(404);
    expect((await t.call(member, 'GET', `/api/assessment-cycles/${mine[0].cycleId}/subjects`)).statusCode).toBe(404);
  });
});

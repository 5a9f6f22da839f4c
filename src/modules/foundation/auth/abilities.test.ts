// The abilities the server sends are the answers of the route policies: a table of fixture users × abilities,
// and for the refused ones, the route itself refuses the write the web app no longer offers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';

let t: TestApp;
const s: Record<string, Session> = {};
beforeAll(async () => {
  t = await startTestApp();
  for (const u of ['admin', 'office', 'secretary', 'member', 'observer']) s[u] = await t.login(u);
});
afterAll(() => t.close());

const me = async (u: string) => (await t.call(s[u]!, 'GET', '/api/auth/me')).json().abilities as Record<string, boolean>;

describe('session abilities (GET /api/auth/me)', () => {
  // user → abilities that must be true; every other ability listed in ALL must be false.
  const ALL = [
    'campaign.create',
    'assignment.create',
    'workingGroup.create',
    'cadre.create',
    'transfer.create',
    'transfer.import',
    'member.create',
    'unit.create',
    'user.manage',
    'lifecycle.edit',
    'lifecycle.decide',
    'discipline.reprimand',
    'discipline.expulsion',
    'exemption.exempted',
    'exemption.suspended',
  ];
  const MANAGER = ALL;
  const TABLE: [string, string[]][] = [
    ['admin', MANAGER],
    ['office', MANAGER],
    ['secretary', ['transfer.create', 'transfer.import', 'member.create', 'lifecycle.edit', 'discipline.reprimand', 'exemption.exempted']],
    ['member', []],
    ['observer', []],
  ];
  for (const [user, yes] of TABLE) {
    it(`${user}: ${yes.length ? yes.join(', ') : 'nothing'}`, async () => {
      const a = await me(user);
      for (const name of ALL) expect(a[name], name).toBe(yes.includes(name));
    });
  }

  it('each refused create is refused by its route too', async () => {
    expect((await me('observer'))['campaign.create']).toBe(false);
    const campaign = await t.call(s.observer!, 'POST', '/api/campaigns', {
      unitId: 3,
      name: 'x',
      goal: 'x',
      place: 'x',
      startsOn: '2026-11-01',
      deadline: '2026-12-01',
    });
    expect(campaign.statusCode).toBe(403);
    const expel = await t.call(s.secretary!, 'POST', '/api/discipline', {
      memberId: 3,
      form: 'expulsion',
      decidedOn: '2026-11-20',
      decisionNo: '1',
      authority: 'x',
      reason: '',
      selfDetectedRemedied: false,
    });
    expect(expel.statusCode).toBe(403);
    const suspend = await t.call(s.secretary!, 'POST', '/api/exemptions', {
      memberId: 3,
      kind: 'suspended',
      fromDate: '2026-11-20',
      decisionNo: '1',
      reason: '',
    });
    expect(suspend.statusCode).toBe(403);
  });
});

describe('per-record abilities', () => {
  it('sends with a member the actions on that record', async () => {
    const own = await t.call(s.member!, 'GET', '/api/members/2');
    expect(own.json().abilities).toEqual({
      edit: false,
      changeCell: false,
      transfer: false,
      reprimand: false,
      warning: false,
      dismiss: false,
      expel: false,
      exempt: false,
      suspend: false,
    });
    expect((await t.call(s.member!, 'PATCH', '/api/members/2', { phone: '0900000000', version: own.json().version })).statusCode).toBe(403);
    const bySecretary = (await t.call(s.secretary!, 'GET', '/api/members/2')).json().abilities;
    expect(bySecretary).toEqual({
      edit: true,
      changeCell: false,
      transfer: true,
      reprimand: true,
      warning: true,
      dismiss: false,
      expel: false,
      exempt: true,
      suspend: false,
    });
    const byOffice = (await t.call(s.office!, 'GET', '/api/members/2')).json().abilities;
    expect(Object.values(byOffice).every(Boolean)).toBe(true);
    const byObserver = (await t.call(s.observer!, 'GET', '/api/members/10')).json().abilities;
    expect(Object.values(byObserver).some(Boolean)).toBe(false);
  });

  it('sends with an assessment subject who may complain: the member, not the office', async () => {
    const admin = await t.login('admin');
    const cycle = (
      await t.call(admin, 'POST', '/api/assessment-cycles', {
        title: 'Kiểm điểm 2026',
        kind: 'annual',
        periodFrom: '2026-01-01',
        periodTo: '2026-12-31',
        ruleSet: 'reg366-2025',
        rootUnitId: 1,
        subjectKinds: ['member'],
        deadlines: {},
      })
    ).json();
    const board = (await t.call(admin, 'GET', `/api/assessment-cycles/${cycle.id}/subjects?pageSize=100`)).json();
    const id = board.items.find((x: { memberId: number }) => x.memberId === 2).id;
    await t.db.updateTable('assessment_subject').set({ step: 'published', level: 'good' }).where('id', '=', id).execute();
    const byOffice = (await t.call(s.office!, 'GET', `/api/assessment-subjects/${id}`)).json();
    expect(byOffice.abilities).toMatchObject({ complain: false, decide: true, verify: true, self: true });
    const refused = await t.call(s.office!, 'POST', `/api/assessment-subjects/${id}/complaint`, { version: byOffice.version, reason: 'x' });
    expect(refused.statusCode).toBe(403);
    const byMember = (await t.call(s.member!, 'GET', `/api/assessment-subjects/${id}`)).json();
    expect(byMember.abilities).toMatchObject({ complain: true, decide: false, review: false, self: true });
    expect(
      (
        await t.call(s.member!, 'POST', `/api/assessment-subjects/${id}/complaint`, {
          version: byMember.version,
          reason: 'Đề nghị xem xét lại.',
        })
      ).statusCode,
    ).toBe(200);
  });
});

// The excellent quota on the real database: the live meter, blocking, the recorded override; and reg124 limits.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { CYCLE, openCycle, SELF_EXCELLENT, subject, subjectsOf, toDecision, VOTES } from './helpers.test-util.js';

let t: TestApp;
let admin: Session, office: Session, secretary: Session, secretary8: Session;
let cycleId: number;
const ids: Record<number, number> = {};
const post = (s: Session, id: number, step: string, body: object) => t.call(s, 'POST', `/api/assessment-subjects/${id}/${step}`, body);
const meter = async (s: Session, q = '') => (await t.call(s, 'GET', `/api/assessment-cycles/${cycleId}/quota${q}`)).json();

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  office = await t.login('office');
  secretary = await t.login('secretary');
  secretary8 = await t.login('secretary8');
  cycleId = (await openCycle(t, admin, { ...CYCLE, subjectKinds: ['member'] })).id;
  for (const s of await subjectsOf(t, admin, cycleId)) ids[s.memberId!] = s.id;
});
afterAll(() => t.close());

describe('quota: excellent ≤ 20% of good per grassroots organization', () => {
  it('blocks one excellent too many for 4 good, and shows the meter', async () => {
    for (const m of [1, 2, 3]) await toDecision(t, { self: secretary, review: secretary, verify: office }, ids[m]!);
    await toDecision(t, { self: office, review: office, verify: office }, ids[5]!);
    const self6 = await post(office, ids[6]!, 'self-assessment', { ...SELF_EXCELLENT, version: 1 });
    expect(self6.json().evaluation.allowed).toBe('excellent');
    const over = await post(office, ids[6]!, 'review', { version: 2, comments: '', proposedLevel: 'excellent', votes: VOTES });
    expect(over.statusCode).toBe(409);
    expect(over.json()).toMatchObject({ code: 'quota_exceeded', details: { quota: { good: 4, excellent: 1, allowed: 0, mustMove: 1 } } });
    expect(over.json().message).toContain('tối đa 0');
    expect((await meter(secretary)).groups).toEqual([{ group: 'member@1.2.4', good: 4, excellent: 0, allowed: 0, mustMove: 0 }]);
    // The subject's own page shows the same meter for its group.
    expect((await t.call(office, 'GET', `/api/assessment-subjects/${ids[6]}`)).json().quota).toEqual({
      group: 'member@1.2.4',
      good: 4,
      excellent: 0,
      allowed: 0,
      mustMove: 0,
    });
  });

  it('allows one excellent for 5 good', async () => {
    await toDecision(t, { self: office, review: office, verify: office }, ids[7]!);
    const ok = await post(office, ids[6]!, 'review', { version: 2, comments: 'Xuất sắc', proposedLevel: 'excellent', votes: VOTES });
    expect(ok.statusCode).toBe(200);
    expect((await meter(office, '?unitId=4')).groups[0]).toEqual({ group: 'member@1.2.4', good: 5, excellent: 1, allowed: 1, mustMove: 0 });
  });

  it('blocks a decision that puts the group over, unless a reason is recorded', async () => {
    // Lowering one good to completed leaves 4 good: the excellent one no longer fits.
    const s7 = await subject(t, office, ids[7]!);
    const blocked = await post(office, ids[7]!, 'decision', { version: s7.version, level: 'completed', decisionNo: '1', note: '' });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe('quota_exceeded');
    const forced = await post(office, ids[7]!, 'decision', {
      version: s7.version,
      level: 'completed',
      decisionNo: '1',
      note: '',
      quotaOverrideReason: 'Tập thể thống nhất đề nghị.',
    });
    expect(forced.statusCode).toBe(200);
    const audit = (await t.call(admin, 'GET', `/api/audit?entityType=assessment_subject&entityId=${ids[7]}`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'assessment.decide', after: { quotaOverrideReason: 'Tập thể thống nhất đề nghị.' } });
    expect((await meter(office, '?unitId=4')).groups[0]).toMatchObject({ good: 4, excellent: 1, allowed: 0, mustMove: 1 });
  });

  it('computes the proposals and quota of a whole subtree in bulk, as the workflow does one by one', async () => {
    const bulk = (await t.call(admin, 'GET', `/api/assessment-cycles/${cycleId}/proposals?unitId=4`)).json();
    // members 1, 2, 3, 5, 6, 7 have entries (6 excellent facts, the rest good); member 4 is not rated
    expect(bulk).toMatchObject({ evaluated: 6, missingFacts: 0, proposed: { excellent: 1, good: 5 } });
    expect(bulk.groupsOver).toEqual([]);
    const one = (await t.call(admin, 'GET', `/api/assessment-subjects/${ids[6]}`)).json();
    expect(one.evaluation.proposed).toBe('excellent');
    expect((await t.call(secretary, 'GET', `/api/assessment-cycles/${cycleId}/proposals?unitId=4`)).statusCode).toBe(404);
  });

  it('keeps other organizations’ groups apart and out of scope', async () => {
    expect((await meter(secretary8)).groups.map((g: { group: string }) => g.group)).toEqual(['member@1.3.7']);
    expect((await t.call(secretary, 'GET', `/api/assessment-cycles/${cycleId}/quota?unitId=8`)).statusCode).toBe(404);
  });
});

describe('reg124-2023', () => {
  const criteria = {
    politics_ideology: 'good',
    ethics_lifestyle: 'good',
    discipline_awareness: 'good',
    work_style: 'good',
    task_results: 'good',
  };

  it('rates criteria and refuses good for a reprimand, with no override possible', async () => {
    await t.db
      .insertInto('discipline_record')
      .values({ member_id: 11, unit_id: 8, form: 'reprimand', decided_on: '2024-05-10', decision_no: '3', authority: 'Đảng ủy xã B1' })
      .execute();
    const c = await openCycle(t, admin, {
      ...CYCLE,
      ruleSet: 'reg124-2023',
      periodFrom: '2024-01-01',
      periodTo: '2024-12-31',
      subjectKinds: ['member'],
      rootUnitId: 7,
    });
    const s11 = (await subjectsOf(t, admin, c.id)).find((s) => s.memberId === 11)!;
    const missing = await post(secretary8, s11.id, 'self-assessment', {
      version: 1,
      summary: 'x',
      criteria: { politics_ideology: 'good' },
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().details.map((d: { field: string }) => d.field)).toContain('criteria.task_results');
    const self = await post(secretary8, s11.id, 'self-assessment', { version: 1, summary: 'Tự kiểm điểm', criteria });
    expect(self.json().evaluation.allowed).toBe('not_completed');
    const high = await post(secretary8, s11.id, 'review', {
      version: 2,
      comments: '',
      proposedLevel: 'good',
      votes: VOTES,
      overrideReason: 'xin',
    });
    expect(high.json()).toMatchObject({ code: 'level_above_allowed', details: { overridable: false } });
  });
});

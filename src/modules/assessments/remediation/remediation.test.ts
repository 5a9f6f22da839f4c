// Remediation plans on the real database: required for not_completed, items, reports, overdue, the removal flag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { CYCLE, openCycle, subjectsOf } from '../reviews/helpers.test-util.js';

let t: TestApp;
let admin: Session, secretary: Session, member: Session, secretary8: Session;
const subj: Record<string, number> = {};
const item = {
  shortcoming: 'Chưa tham gia sinh hoạt đều',
  action: 'Tham gia đủ các kỳ sinh hoạt',
  owner: 'Trần Thị Bình',
  deadline: '2026-10-31',
};

/** Marks a member's subject decided at `level` (the workflow itself is tested in assessments). */
async function decided(cycleId: number, memberId: number, level: 'not_completed' | 'good') {
  const s = (await subjectsOf(t, admin, cycleId)).find((x) => x.memberId === memberId)!;
  await t.db.updateTable('assessment_subject').set({ level, step: 'decided' }).where('id', '=', s.id).execute();
  return s.id;
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  secretary = await t.login('secretary');
  member = await t.login('member');
  secretary8 = await t.login('secretary8');
  const last = await openCycle(t, admin, { ...CYCLE, periodFrom: '2025-01-01', periodTo: '2025-12-31', subjectKinds: ['member'] });
  const now = await openCycle(t, admin, { ...CYCLE, subjectKinds: ['member'] });
  subj.last2 = await decided(last.id, 2, 'not_completed');
  subj.now2 = await decided(now.id, 2, 'not_completed');
  subj.now3 = await decided(now.id, 3, 'good');
});
afterAll(() => t.close());

describe('remediation plans', () => {
  let planId: number;

  it('lists subjects rated not_completed that still need a plan', async () => {
    const res = (await t.call(secretary, 'GET', '/api/remediation-plans')).json();
    expect(res.missingPlans.map((m: { subjectId: number }) => m.subjectId).sort()).toEqual([subj.last2, subj.now2].sort());
  });

  it('requires not_completed for a required plan, and writes one with items and an audit entry', async () => {
    const wrong = await t.call(secretary, 'POST', '/api/remediation-plans', {
      subjectId: subj.now3,
      reason: 'not_completed',
      items: [item],
    });
    expect(wrong.json().code).toBe('plan_not_needed');
    const empty = await t.call(secretary, 'POST', '/api/remediation-plans', { subjectId: subj.now2, reason: 'not_completed', items: [] });
    expect(empty.statusCode).toBe(400);
    const res = await t.call(secretary, 'POST', '/api/remediation-plans', {
      subjectId: subj.last2,
      reason: 'not_completed',
      items: [item, { ...item, deadline: '2027-03-31' }],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'open', overdue: 1, items: [{ status: 'open' }, { status: 'open' }] });
    planId = res.json().id;
    expect(
      (await t.call(secretary, 'POST', '/api/remediation-plans', { subjectId: subj.last2, reason: 'not_completed', items: [item] })).json()
        .code,
    ).toBe('plan_exists');
    const audit = (await t.call(admin, 'GET', `/api/audit?entityType=remediation_plan&entityId=${planId}`)).json();
    expect(audit.items[0].action).toBe('remediation.create');
  });

  it('lists overdue items and shows the open plan on the next cycle’s subject, with the removal-review flag', async () => {
    const res = (await t.call(secretary, 'GET', '/api/remediation-plans?overdue=true')).json();
    expect(res.overdueItems.map((i: { planId: number }) => i.planId)).toEqual([planId]);
    const next = (await t.call(secretary, 'GET', `/api/assessment-subjects/${subj.now2}`)).json();
    expect(next.openPlans.map((p: { id: number }) => p.id)).toEqual([planId]);
    expect(next.removalReviewYears).toEqual([2026]);
    expect((await t.call(member, 'GET', `/api/remediation-plans/${planId}`)).json().removalReviewYears).toEqual([2026]);
  });

  it('takes progress reports from the member and item changes from the cell, then closes when all is done', async () => {
    const r = await t.call(member, 'POST', `/api/remediation-plans/${planId}/reports`, { note: 'Đã tham gia đủ 3 kỳ sinh hoạt gần nhất.' });
    expect(r.statusCode).toBe(201);
    expect(r.json().reports).toHaveLength(1);
    expect((await t.call(member, 'POST', `/api/remediation-plans/${planId}/close`, { version: 1 })).statusCode).toBe(403);
    const plan = (await t.call(secretary, 'GET', `/api/remediation-plans/${planId}`)).json();
    const [a, b] = plan.items;
    expect(
      (await t.call(secretary, 'POST', `/api/remediation-plans/${planId}/items/${a.id}`, { version: a.version, status: 'done' }))
        .statusCode,
    ).toBe(200);
    expect(
      (await t.call(secretary, 'POST', `/api/remediation-plans/${planId}/items/${a.id}`, { version: a.version, status: 'open' }))
        .statusCode,
    ).toBe(409);
    const early = await t.call(secretary, 'POST', `/api/remediation-plans/${planId}/close`, { version: 1 });
    expect(early.json()).toMatchObject({ code: 'plan_items_open' });
    await t.call(secretary, 'POST', `/api/remediation-plans/${planId}/items/${b.id}`, { version: b.version, status: 'done' });
    expect((await t.call(secretary, 'POST', `/api/remediation-plans/${planId}/close`, { version: 1 })).json().status).toBe('closed');
  });

  it('keeps plans out of other cells’ reach', async () => {
    expect((await t.call(secretary8, 'GET', `/api/remediation-plans/${planId}`)).statusCode).toBe(404);
    expect((await t.call(secretary8, 'POST', `/api/remediation-plans/${planId}/reports`, { note: 'x' })).statusCode).toBe(404);
    expect((await t.call(secretary8, 'GET', '/api/remediation-plans')).json().plans).toEqual([]);
  });
});

// The per-subject workflow on the real database: steps in order, the engine's limits, concurrency, order, complaint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { openCycle, SELF_GOOD, subject, subjectsOf, toDecision, VOTES } from './helpers.test-util.js';

let t: TestApp;
let admin: Session, office: Session, secretary: Session, member: Session;
let cycleId: number;
const ids: Record<string, number> = {};
const post = (s: Session, id: number, step: string, body: object) => t.call(s, 'POST', `/api/assessment-subjects/${id}/${step}`, body);

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  office = await t.login('office');
  secretary = await t.login('secretary');
  member = await t.login('member');
  // Member 3 got a reprimand in the period (not self-detected): capped at not_completed.
  await t.db
    .insertInto('discipline_record')
    .values({ member_id: 3, unit_id: 5, form: 'reprimand', decided_on: '2026-03-10', decision_no: '12-QĐ/ĐU', authority: 'Đảng ủy xã A1' })
    .execute();
  cycleId = (await openCycle(t, admin)).id;
  for (const s of await subjectsOf(t, admin, cycleId)) ids[s.kind === 'member' ? `m${s.memberId}` : `${s.kind}${s.unitId}`] = s.id;
});
afterAll(() => t.close());

describe('self-assessment', () => {
  it('refuses points out of range, field by field', async () => {
    const v = (await subject(t, member, ids.m2!)).version;
    const res = await post(member, ids.m2!, 'self-assessment', { ...SELF_GOOD, version: v, generalPoints: 31, taskPoints: -1 });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['generalPoints', 'taskPoints']);
    const missing = await post(member, ids.m2!, 'self-assessment', { version: v, summary: 'x', tasks: SELF_GOOD.tasks });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().details[0]).toMatchObject({ field: 'points', code: 'required' });
  });

  it('lets the member submit, shows the engine’s allowed and proposed levels, and audits the step', async () => {
    const v = (await subject(t, member, ids.m2!)).version;
    const res = await post(member, ids.m2!, 'self-assessment', { ...SELF_GOOD, version: v });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ step: 'collective_review', version: v + 1, evaluation: { allowed: 'good', proposed: 'good' } });
    expect(res.json().evaluation.reasons.length).toBeGreaterThan(0);
    const audit = (await t.call(admin, 'GET', `/api/audit?entityType=assessment_subject&entityId=${ids.m2}`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'assessment.submit_self' });
  });

  it('refuses a member writing someone else’s self-assessment, and a step out of order with the reason', async () => {
    expect((await post(member, ids.m1!, 'self-assessment', { ...SELF_GOOD, version: 1 })).statusCode).toBe(404);
    const again = await post(member, ids.m2!, 'self-assessment', { ...SELF_GOOD, version: (await subject(t, member, ids.m2!)).version });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'step_out_of_order', details: { step: 'collective_review', expected: ['record_review'] } });
    expect(again.json().message).toContain('Họp kiểm điểm');
    const early = await post(admin, ids.m1!, 'decision', { version: 1, level: 'good', decisionNo: '1', note: '' });
    expect(early.statusCode).toBe(409);
    expect(early.json().details.expected).toEqual(['submit_self']);
  });
});

describe('review meeting, verification and decision', () => {
  it('checks vote totals and refuses a level above what the rules allow', async () => {
    const v = (await subject(t, secretary, ids.m2!)).version;
    const votes = await post(secretary, ids.m2!, 'review', {
      version: v,
      comments: '',
      proposedLevel: 'good',
      votes: { present: 3, for: 3, against: 1, abstain: 0 },
    });
    expect(votes.statusCode).toBe(400);
    expect(votes.json().details[0].field).toBe('votes');
    const s3 = await post(secretary, ids.m3!, 'self-assessment', { ...SELF_GOOD, version: 1 });
    expect(s3.json().evaluation.allowed).toBe('not_completed');
    const high = await post(secretary, ids.m3!, 'review', {
      version: s3.json().version,
      comments: '',
      proposedLevel: 'good',
      votes: VOTES,
    });
    expect(high.statusCode).toBe(400);
    // Under reg366-2025 the discipline special case is a [U] setting: a higher choice needs a recorded reason.
    expect(high.json()).toMatchObject({ code: 'level_needs_override', details: { allowed: 'not_completed', overridable: true } });
    expect(high.json().details.reasons[0].ruleId).toBeTruthy();
    const overridden = await post(secretary, ids.m3!, 'review', {
      version: s3.json().version,
      comments: '',
      proposedLevel: 'completed',
      votes: VOTES,
      overrideReason: 'Vi phạm đã được xem xét, khắc phục.',
    });
    expect(overridden.statusCode).toBe(200);
    expect(overridden.json().steps.at(-1).data).toMatchObject({ overrideReason: 'Vi phạm đã được xem xét, khắc phục.' });
  });

  it('lets only the competent level verify and decide', async () => {
    const v = (await subject(t, secretary, ids.m2!)).version;
    expect(
      (await post(secretary, ids.m2!, 'review', { version: v, comments: 'Tốt', proposedLevel: 'good', votes: VOTES })).statusCode,
    ).toBe(200);
    expect((await post(secretary, ids.m2!, 'verification', { version: v + 1, proposedLevel: 'good', note: '' })).statusCode).toBe(403);
    expect((await post(office, ids.m2!, 'verification', { version: v + 1, proposedLevel: 'good', note: 'Đề nghị' })).statusCode).toBe(200);
  });

  it('lets one of two people deciding at once win; the other gets 409', async () => {
    const v = (await subject(t, office, ids.m2!)).version;
    const body = { version: v, level: 'good', decisionNo: '05-QĐ/ĐU', note: '' };
    const [a, b] = await Promise.all([post(office, ids.m2!, 'decision', body), post(admin, ids.m2!, 'decision', body)]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    expect([a, b].find((r) => r.statusCode === 409)!.json().code).toBe('stale_version');
    expect((await subject(t, admin, ids.m2!)).step).toBe('decided');
  });

  it('refuses to decide an organization before its members, listing them', async () => {
    for (const id of [ids.party_cell5!]) {
      await post(secretary, id, 'self-assessment', { ...SELF_GOOD, version: 1, criteria: undefined });
    }
    const cell = await subject(t, admin, ids.party_cell5!);
    let v = cell.version;
    expect(
      (await post(secretary, ids.party_cell5!, 'review', { version: v, comments: '', proposedLevel: 'good', votes: VOTES })).statusCode,
    ).toBe(200);
    expect((await post(office, ids.party_cell5!, 'verification', { version: ++v, proposedLevel: 'good', note: '' })).statusCode).toBe(200);
    const res = await post(office, ids.party_cell5!, 'decision', { version: ++v, level: 'good', decisionNo: '9', note: '' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('decide_order');
    const missing = res.json().details.missing.map((m: { name: string }) => m.name);
    expect(missing).toContain('Nguyễn Văn Ngoan');
    expect(missing).not.toContain('Trần Thị Bình'); // decided already
    expect(res.json().message).toContain('Nguyễn Văn Ngoan');
  });
});

describe('complaints and additional assessment', () => {
  it('reopens a decided subject for re-verification by the level above', async () => {
    const v = (await subject(t, member, ids.m2!)).version;
    const res = await post(member, ids.m2!, 'complaint', { version: v, reason: 'Tôi đề nghị xem xét lại.' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ step: 'verification', reopened: true, level: null });
    expect((await post(office, ids.m2!, 'verification', { version: v + 1, proposedLevel: 'good', note: '' })).statusCode).toBe(403);
    expect((await post(admin, ids.m2!, 'verification', { version: v + 1, proposedLevel: 'good', note: 'Giữ nguyên' })).statusCode).toBe(
      200,
    );
    const decided = await post(admin, ids.m2!, 'decision', { version: v + 2, level: 'good', decisionNo: '07', note: '' });
    expect(decided.json()).toMatchObject({ step: 'decided', reopened: false, level: 'good' });
    expect(decided.json().steps.map((s: { action: string }) => s.action)).toEqual([
      'submit_self',
      'record_review',
      'verify',
      'decide',
      'complain',
      'verify',
      'decide',
    ]);
  });

  it('publishes a decided subject, only by the competent level and only once decided', async () => {
    const s2 = await subject(t, admin, ids.m2!);
    expect((await post(admin, ids.m2!, 'publish', {})).statusCode).toBe(400);
    expect((await post(secretary, ids.m2!, 'publish', { version: s2.version })).statusCode).toBe(403);
    expect((await post(office, ids.m3!, 'publish', { version: (await subject(t, admin, ids.m3!)).version })).json().code).toBe(
      'step_out_of_order',
    );
    const res = await post(admin, ids.m2!, 'publish', { version: s2.version });
    expect(res.json()).toMatchObject({ step: 'published', level: 'good' });
    expect((await post(member, ids.m2!, 'complaint', { version: res.json().version, reason: '' })).statusCode).toBe(400);
  });

  it('records the Standing Committee’s additional assessment of a committee member separately', async () => {
    const s1 = await subject(t, admin, ids.m1!);
    const res = await post(office, ids.m1!, 'additional', { version: s1.version, level: 'good', note: 'Bí thư chi bộ gương mẫu.' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ step: 'self_assessment', additional: { level: 'good' }, level: null });
    const notSeat = await post(office, ids.m2!, 'additional', {
      version: (await subject(t, admin, ids.m2!)).version,
      level: 'good',
      note: 'x',
    });
    expect(notSeat.json().code).toBe('additional_not_committee_member');
    expect((await post(secretary, ids.m1!, 'additional', { version: s1.version + 1, level: 'good', note: 'x' })).statusCode).toBe(403);
  });
});

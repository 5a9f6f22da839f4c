// What the level above the cell sees when it verifies: the cell's review (comments, votes), its remarks and
// the reason it gave for going over the excellent quota, on the subject's page and in the quota meter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { quotaOverrideOf } from './overrides.js';
import { CYCLE, openCycle, SELF_EXCELLENT, subject, subjectsOf, toDecision, VOTES } from './helpers.test-util.js';

let t: TestApp;
let admin: Session, office: Session, secretary: Session, secretary8: Session;
let cycleId: number;
const ids: Record<number, number> = {};
const REASON = 'Chi bộ thống nhất: đồng chí có thành tích nổi bật trong năm.';
const post = (s: Session, id: number, path: string, body: object) => t.call(s, 'POST', `/api/assessment-subjects/${id}/${path}`, body);

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  office = await t.login('office');
  secretary = await t.login('secretary');
  secretary8 = await t.login('secretary8');
  cycleId = (await openCycle(t, admin, { ...CYCLE, subjectKinds: ['member'] })).id;
  for (const s of await subjectsOf(t, admin, cycleId)) ids[s.memberId!] = s.id;
  // Two good members of the cell leave no room for an excellent one (20% of 2 rounds down to 0).
  for (const m of [2, 3]) await toDecision(t, { self: secretary, review: secretary, verify: office }, ids[m]!);
});
afterAll(() => t.close());

describe('the verifier sees the cell’s review', () => {
  it('shows the review, its remarks and the quota override reason to the office, not to another cell', async () => {
    const id = ids[1]!;
    const self = await post(secretary, id, 'self-assessment', { ...SELF_EXCELLENT, version: (await subject(t, secretary, id)).version });
    expect(self.statusCode).toBe(200);
    const review = {
      version: self.json().version,
      comments: 'Chi bộ đề nghị xuất sắc.',
      proposedLevel: 'excellent',
      votes: { present: 5, for: 4, against: 1, abstain: 0 },
    };
    expect((await post(secretary, id, 'review', review)).json().code).toBe('quota_exceeded');
    const ok = await post(secretary, id, 'review', { ...review, overrideReason: REASON });
    expect(ok.statusCode).toBe(200);
    expect((await post(secretary, id, 'remarks', { body: 'Ý kiến của tổ đảng: nhất trí.' })).statusCode).toBe(201);

    const res = await t.call(office, 'GET', `/api/assessment-subjects/${id}`);
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.step).toBe('verification');
    expect(s.review).toMatchObject({
      comments: 'Chi bộ đề nghị xuất sắc.',
      proposedLevel: 'excellent',
      votes: { present: 5, for: 4, against: 1, abstain: 0 },
    });
    expect(s.remarks).toEqual([expect.objectContaining({ kind: 'comment', body: 'Ý kiến của tổ đảng: nhất trí.' })]);
    expect(s.quotaOverrides).toEqual([expect.objectContaining({ action: 'record_review', level: 'excellent', reason: REASON })]);
    expect(s.quotaOverrides[0].actorName).toBeTruthy();

    const meter = (await t.call(office, 'GET', `/api/assessment-cycles/${cycleId}/quota`)).json();
    // Only the step that went over is listed: the good ones of members 2 and 3 overrode nothing.
    expect(meter.overrides).toEqual([
      expect.objectContaining({
        subjectId: id,
        action: 'record_review',
        reason: REASON,
        group: 'member@1.2.4',
        actorName: s.quotaOverrides[0].actorName,
      }),
    ]);

    expect((await t.call(secretary8, 'GET', `/api/assessment-subjects/${id}`)).statusCode).toBe(404);
    const other = (await t.call(secretary8, 'GET', `/api/assessment-cycles/${cycleId}/quota`)).json();
    expect(other.overrides).toEqual([]);
  });

  it('shows the verification and lists no override for a step that leaves the group as over as it was', async () => {
    const id = ids[1]!;
    const v = await post(office, id, 'verification', {
      version: (await subject(t, office, id)).version,
      proposedLevel: 'excellent',
      note: 'Nhất trí với chi bộ.',
    });
    // The group was already over with the review's proposal: verifying the same level makes it no worse.
    expect(v.statusCode).toBe(200);
    const s = (await t.call(office, 'GET', `/api/assessment-subjects/${id}`)).json();
    expect(s.verification).toMatchObject({ note: 'Nhất trí với chi bộ.' });
    expect(s.quotaOverrides.map((o: { action: string }) => o.action)).toEqual(['record_review']);
  });
});

describe('quotaOverrideOf', () => {
  it('reads the recorded quota reason, and the shared reason of older steps only when they left the group over', () => {
    expect(quotaOverrideOf('decide', { quotaOverrideReason: 'a', overrideReason: 'b' })).toBe('a');
    expect(quotaOverrideOf('record_review', { quotaOverrideReason: null, overrideReason: 'level', quota: { mustMove: 1 } })).toBeNull();
    expect(quotaOverrideOf('record_review', { overrideReason: 'old', quota: { mustMove: 1 } })).toBe('old');
    expect(quotaOverrideOf('verify', { overrideReason: 'level only', quota: { mustMove: 0 } })).toBeNull();
    expect(quotaOverrideOf('decide', { overrideReason: 'level only', quota: { mustMove: 2 } })).toBeNull();
    expect(quotaOverrideOf('publish', {})).toBeNull();
  });
});

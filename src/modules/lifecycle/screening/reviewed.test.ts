// A dismissed flag is not raised again by later runs while the same facts hold; a new fact raises it again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';

let t: TestApp;
let office: Session;
let secretary: Session;

const meeting = async (heldOn: string, presence: string) => {
  const res = await t.call(office, 'POST', '/api/meetings', {
    unitId: 6,
    heldOn,
    kind: 'regular',
    attendance: [{ memberId: 5, presence }],
  });
  if (res.statusCode !== 201) throw new Error(res.body);
};
const absenceFlags = async () =>
  (
    (await t.call(office, 'GET', '/api/screening/flags?unitId=6')).json().items as {
      id: number;
      memberId: number;
      rule: string;
      version: number;
      evidence: { months: string[] };
    }[]
  ).filter((f) => f.rule === 'absent_without_reason');

beforeAll(async () => {
  t = await startTestApp();
  office = await t.login('office');
  secretary = await t.login('secretary');
  for (const day of ['2026-01-12', '2026-04-10', '2026-08-11']) await meeting(day, 'absent_unexcused');
});
afterAll(() => t.close());

describe('screening around a dismissal', () => {
  it('does not raise a dismissed flag again for the same months, and raises it for a new month', async () => {
    const first = (await t.call(office, 'POST', '/api/screening/runs', { unitId: 6 })).json();
    expect(first).toMatchObject({ byRule: { absent_without_reason: 1 }, alreadyReviewed: 0 });
    const [flag] = await absenceFlags();
    expect(flag!.evidence.months).toEqual(['2026-01-01', '2026-04-01', '2026-08-01']);
    const dismissed = await t.call(office, 'POST', `/api/screening/flags/${flag!.id}/dismiss`, {
      version: flag!.version,
      note: 'Vắng do đi làm ăn xa, đã báo sau',
    });
    expect(dismissed.json().state).toBe('dismissed');

    const second = (await t.call(office, 'POST', '/api/screening/runs', { unitId: 6 })).json();
    expect(second.byRule.absent_without_reason).toBeUndefined();
    expect(second.alreadyReviewed).toBeGreaterThanOrEqual(1);
    expect(await absenceFlags()).toEqual([]);

    // A new absence without reason is a new fact: the flag comes back, with all the months it rests on.
    await meeting('2026-10-09', 'absent_unexcused');
    const third = (await t.call(office, 'POST', '/api/screening/runs', { unitId: 6 })).json();
    expect(third.byRule.absent_without_reason).toBe(1);
    const [again] = await absenceFlags();
    expect(again).toMatchObject({ memberId: 5, evidence: { months: ['2026-01-01', '2026-04-01', '2026-08-01', '2026-10-01'] } });
    expect(again!.id).not.toBe(flag!.id);
  });

  it("keeps a removal proposal's period reviewed too, and scope still holds", async () => {
    const [flag] = await absenceFlags();
    const proposed = await t.call(office, 'POST', `/api/screening/flags/${flag!.id}/propose`, {
      version: flag!.version,
      resolutionNo: '12-NQ/CB',
      proposedOn: '2026-11-20',
    });
    expect(proposed.statusCode).toBe(201);
    const run = (await t.call(office, 'POST', '/api/screening/runs', { unitId: 6 })).json();
    expect(run.byRule.absent_without_reason).toBeUndefined();
    expect(await absenceFlags()).toEqual([]);
    expect((await t.call(secretary, 'POST', '/api/screening/runs', { unitId: 6 })).statusCode).toBe(404);
    expect((await t.call(office, 'POST', '/api/screening/runs', { unitId: 'x' })).statusCode).toBe(400);
  });
});

// Quarterly reviews under Quy định 366 carried into the year: the year's subject shows the same member's quarters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';

let t: TestApp;
let member: Session;
let secretary8: Session;

beforeAll(async () => {
  t = await startTestApp();
  [member, secretary8] = await Promise.all([t.login('member'), t.login('secretary8')]);
  const cycle = (id: number, kind: string, from: string, to: string) =>
    sql`INSERT INTO review_cycle
    (id, title, kind, period_from, period_to, rule_set, root_unit_id, root_path, subject_kinds)
    VALUES (${id}, ${`Đợt ${id}`}, ${kind}, ${from}, ${to}, 'reg366-2025', 4, '1.2.4', '{member}')`.execute(t.db);
  await cycle(1, 'annual', '2026-01-01', '2026-12-31');
  await cycle(2, 'quarterly', '2026-01-01', '2026-03-31');
  await cycle(3, 'quarterly', '2026-04-01', '2026-06-30');
  await cycle(4, 'quarterly', '2025-10-01', '2025-12-31');
  const subject = (id: number, cycleId: number, self: unknown, level: string | null) =>
    sql`INSERT INTO assessment_subject
    (id, cycle_id, subject_kind, member_id, unit_id, unit_path, decider_path, quota_group, display_name, step, self_assessment, level)
    VALUES (${id}, ${cycleId}, 'member', 2, 5, '1.2.4.5', '1.2.4', 'g', 'Trần Thị Bình', 'self_assessment', ${JSON.stringify(self)}, ${level})`.execute(
      t.db,
    );
  await subject(1, 1, null, null);
  await subject(2, 2, { generalPoints: 25, taskPoints: 60 }, 'good');
  await subject(3, 3, { generalPoints: 27, taskPoints: 65.5 }, 'excellent');
  await subject(4, 4, { generalPoints: 10, taskPoints: 10 }, 'not_completed');
});
afterAll(async () => {
  await t?.close();
});

describe('quarterly reviews carried into the year', () => {
  it('shows the year’s quarters of the same member with the means, leaving out last year', async () => {
    const r = await t.call(member, 'GET', '/api/assessment-subjects/1/quarters');
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({
      applies: true,
      year: 2026,
      quarters: [
        { quarter: 1, generalPoints: 25, taskPoints: 60, total: 85, level: 'good' },
        { quarter: 2, generalPoints: 27, taskPoints: 65.5, total: 92.5, level: 'excellent' },
      ],
      meanGeneralPoints: 26,
      meanTaskPoints: 62.75,
      lowestLevel: 'good',
    });
  });

  it('does not apply to a quarterly review itself, and hides another cell’s subject', async () => {
    expect((await t.call(member, 'GET', '/api/assessment-subjects/2/quarters')).json()).toMatchObject({ applies: false, quarters: [] });
    expect((await t.call(secretary8, 'GET', '/api/assessment-subjects/1/quarters')).statusCode).toBe(404);
  });
});

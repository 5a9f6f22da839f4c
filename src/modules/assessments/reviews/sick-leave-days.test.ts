// Sick leave in days on the real database: the self-assessment takes whole days, the rule's threshold stays in
// months (3 months = 90 days at 30 days a month), and migration 0017 converts values stored in months.
import { readFileSync } from 'node:fs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { CYCLE, openCycle, SELF_GOOD, subject, subjectsOf } from './helpers.test-util.js';

let t: TestApp;
let admin: Session;
let members: number[] = [];

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  const cycleId = (await openCycle(t, admin, { ...CYCLE, rootUnitId: 2, subjectKinds: ['member'] })).id;
  members = (await subjectsOf(t, admin, cycleId)).filter((s) => s.notRatedReason === null).map((s) => s.id);
});
afterAll(() => t.close());

type Evaluated = { evaluation: { allowed: string; reasons: { ruleId: string; vi: string }[]; facts: Record<string, unknown> } };
const selfWith = async (id: number, extra: object) =>
  t.call(admin, 'POST', `/api/assessment-subjects/${id}/self-assessment`, {
    ...SELF_GOOD,
    ...extra,
    version: (await subject(t, admin, id)).version,
  });

describe('sick leave in days', () => {
  it('caps at 90 days and not at 89, and says the conversion', async () => {
    expect(members.length).toBeGreaterThanOrEqual(2);
    expect((await selfWith(members[0]!, { sickLeaveDays: 89 })).statusCode).toBe(200);
    const under = (await subject(t, admin, members[0]!)) as unknown as Evaluated;
    expect(under.evaluation.facts.sickLeaveDays).toBe(89);
    expect(under.evaluation.reasons.map((r) => r.ruleId)).not.toContain('common.sick_leave');
    expect((await selfWith(members[1]!, { sickLeaveDays: 90 })).statusCode).toBe(200);
    const at = (await subject(t, admin, members[1]!)) as unknown as Evaluated;
    expect(at.evaluation.allowed).toBe('completed');
    expect(at.evaluation.reasons.find((r) => r.ruleId === 'common.sick_leave')?.vi).toContain('90 ngày, ngưỡng 3 tháng = 90 ngày');
  });

  it('refuses months and fractions of a day with a 400', async () => {
    expect((await selfWith(members[0]!, { sickLeaveMonths: 3 })).statusCode).toBe(400);
    expect((await selfWith(members[0]!, { sickLeaveDays: 2.5 })).statusCode).toBe(400);
    expect((await selfWith(members[0]!, { sickLeaveDays: 400 })).statusCode).toBe(400);
  });

  it('migration 0017 converts stored months to days at 30 a month, rounding down', async () => {
    const [a, b] = members as [number, number];
    await t.db
      .updateTable('assessment_subject')
      .set({ self_assessment: sql`${JSON.stringify({ ...SELF_GOOD, sickLeaveMonths: 3 })}::jsonb` as never })
      .where('id', '=', a)
      .execute();
    await t.db
      .updateTable('assessment_subject')
      .set({ self_assessment: sql`${JSON.stringify({ ...SELF_GOOD, sickLeaveMonths: 2.99 })}::jsonb` as never })
      .where('id', '=', b)
      .execute();
    // The sick-leave part of the migration (the member category part after it adds a column, already there).
    const text = readFileSync(new URL('../../../db/migrations/0017_sick_leave_days_member_category.sql', import.meta.url), 'utf8');
    const sickLeavePart = text.split("-- The member's category")[0]!;
    expect(sickLeavePart).toContain('sickLeaveDays');
    await sql.raw(sickLeavePart).execute(t.db);
    const rows = await t.db
      .selectFrom('assessment_subject')
      .select(['id', 'self_assessment'])
      .where('id', 'in', [a, b])
      .orderBy('id')
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r.self_assessment as Record<string, unknown>]));
    expect(byId.get(a)).toEqual({ ...SELF_GOOD, sickLeaveDays: 90 });
    expect(byId.get(b)).toEqual({ ...SELF_GOOD, sickLeaveDays: 89 });
    const ev = (await subject(t, admin, a)) as unknown as Evaluated;
    expect(ev.evaluation.reasons.map((r) => r.ruleId)).toContain('common.sick_leave');
    const evB = (await subject(t, admin, b)) as unknown as Evaluated;
    expect(evB.evaluation.reasons.map((r) => r.ruleId)).not.toContain('common.sick_leave');
  });
});

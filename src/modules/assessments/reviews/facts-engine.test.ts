// The app's facts and the engine's reading held equal, on the real database. A small fixture of recorded tasks and
// discipline (members, a subordinate unit, a committee member) is written straight into the tables; the facts the
// app gathers through its own queries (one subject at a time and the bulk proposals of the subtree) must equal
// facts written out by hand here, and the rules that fire must equal the rules expected by reading each rule's
// condition beside those hand-written figures — not by asking the engine what it thinks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { evaluate, type DisciplineForm, type SubjectFacts } from '../../../domain/assessment/index.js';
import { CYCLE, openCycle, subject, subjectsOf } from './helpers.test-util.js';

let t: TestApp;
let admin: Session;
let cycleId: number;
const ids = new Map<string, number>();

// 95 points: the points band never caps, so every cap below comes from the fixture.
const SELF = { summary: 'Tự kiểm điểm.', generalPoints: 29, taskPoints: 66, shortcomingsRemedied: true };
// Figures typed in by subjects without recorded tasks (recorded tasks take precedence over typed ones).
const TYPED = { total: 3, onTime: 0, late: 0, exceeded: 3, notDone: 0, keyMissed: 0 };

type Completion = 'on_time' | 'late' | 'exceeded' | null;
async function task(holder: { member?: number; unit: number; path: string }, dueOn: string, completion: Completion, key = false) {
  await t.db
    .insertInto('assigned_task')
    .values({
      title: 'Nhiệm vụ',
      indicator: 'chỉ tiêu',
      target_value: 1,
      period_from: '2026-01-01',
      period_to: '2026-12-31',
      due_on: dueOn,
      key_target: key,
      holder_member_id: holder.member ?? null,
      holder_unit_id: holder.unit,
      holder_path: holder.path,
      assigner_unit_id: 4,
      assessor_unit_id: 4,
      completion,
      completed_on: completion ? dueOn : null,
    } as never)
    .execute();
}
async function discipline(member: number | null, unit: number, form: string, decidedOn: string, selfDetectedRemedied: boolean) {
  await t.db
    .insertInto('discipline_record')
    .values({
      member_id: member,
      unit_id: unit,
      form: form as never,
      decided_on: decidedOn,
      decision_no: `${unit}-${decidedOn}`,
      authority: 'Đảng ủy xã A1',
      self_detected_remedied: selfDetectedRemedied,
    })
    .execute();
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  // Huyện ủy A: org 4 over cells 5 (members 1–3; 4 is exempted) and 6 (members 5–7); grassroots cell 9 (members 8–9).
  cycleId = (await openCycle(t, admin, { ...CYCLE, rootUnitId: 2, subjectKinds: ['member', 'party_cell', 'grassroots_org'] })).id;
  const cell5 = { unit: 5, path: '1.2.4.5' };
  // member 2: 10 tasks due in 2026 (4 on time, 3 exceeded, 2 late, 1 key target not done) + one due in 2025 and one of member 3
  for (const c of ['on_time', 'on_time', 'on_time', 'on_time', 'exceeded', 'exceeded', 'exceeded', 'late', 'late'] as const)
    await task({ ...cell5, member: 2 }, '2026-06-30', c);
  await task({ ...cell5, member: 2 }, '2026-12-31', null, true);
  await task({ ...cell5, member: 2 }, '2025-12-31', null, true);
  // member 3: 5 tasks, 1 exceeded (20% < 30%); a reprimand self-detected and remedied in 2026; a warning in 2025
  for (const c of ['on_time', 'on_time', 'on_time', 'on_time', 'exceeded'] as const) await task({ ...cell5, member: 3 }, '2026-03-01', c);
  await discipline(3, 5, 'reprimand', '2026-04-01', true);
  await discipline(3, 5, 'warning', '2025-11-01', false);
  // member 5: a warning in 2026, not self-detected
  await discipline(5, 6, 'warning', '2026-02-02', false);
  // member 1, the secretary of cell 5's committee: a reprimand, self-detected and remedied (still leadership discipline)
  await discipline(1, 5, 'reprimand', '2026-05-05', true);
  // cell 6 itself: a reprimand, self-detected and remedied (still one of org 4's two units disciplined)
  await discipline(null, 6, 'reprimand', '2026-07-07', true);
  // cell 6: 5 tasks of its own, 2 late (40% late, over 20%)
  for (const c of ['on_time', 'on_time', 'exceeded', 'late', 'late'] as const) await task({ unit: 6, path: '1.2.4.6' }, '2026-09-09', c);

  for (const s of await subjectsOf(t, admin, cycleId)) {
    ids.set(s.memberId !== null ? `m${s.memberId}` : `u${s.unitId}`, s.id);
    if (s.notRatedReason) continue;
    const extra = s.memberId === 6 ? { sickLeaveDays: 90 } : s.memberId === 7 ? { sickLeaveDays: 89 } : {};
    const r = await t.call(admin, 'POST', `/api/assessment-subjects/${s.id}/self-assessment`, {
      ...SELF,
      tasks: TYPED,
      ...extra,
      version: s.version,
    });
    if (r.statusCode !== 200) throw new Error(`self ${s.id}: ${r.body}`);
  }
});
afterAll(() => t.close());

const none = { subordinateUnits: 0, subordinateUnitsDisciplined: 0, leadershipDisciplined: false };
const d = (form: DisciplineForm, decidedOn: string, selfDetectedRemedied: boolean) => ({ form, decidedOn, selfDetectedRemedied });
/** Per subject: the facts as read off the fixture by hand, and the rules whose condition those figures meet. */
const EXPECTED: Record<string, { facts: Partial<SubjectFacts>; rules: string[] }> = {
  // 9 + 1 due in 2026; notDone 1 (key) → completed_done; late + notDone > 0 → good_on_time; 2 late of 10 is not over 20%;
  // 3 exceeded of 10 is exactly 30%, enough for excellent
  m2: {
    facts: { tasks: { total: 10, onTime: 4, late: 2, exceeded: 3, notDone: 1, keyMissed: 1 }, discipline: [] },
    rules: ['reg366.points_band', 'reg366.completed_done', 'reg366.good_on_time'],
  },
  m3: {
    facts: {
      tasks: { total: 5, onTime: 4, late: 0, exceeded: 1, notDone: 0, keyMissed: 0 },
      discipline: [d('reprimand', '2026-04-01', true)],
    },
    rules: ['reg366.points_band', 'reg366.excellent_exceeded', 'reg366.excellent_no_discipline'],
  },
  m1: {
    facts: { tasks: TYPED, discipline: [d('reprimand', '2026-05-05', true)] },
    rules: ['reg366.points_band', 'reg366.excellent_no_discipline'],
  },
  m5: {
    facts: { tasks: TYPED, discipline: [d('warning', '2026-02-02', false)] },
    rules: ['reg366.points_band', 'reg366.special_discipline', 'reg366.excellent_no_discipline'],
  },
  m6: { facts: { tasks: TYPED, discipline: [], sickLeaveDays: 90 }, rules: ['reg366.points_band', 'common.sick_leave'] },
  m7: { facts: { tasks: TYPED, discipline: [], sickLeaveDays: 89 }, rules: ['reg366.points_band'] },
  m8: { facts: { tasks: TYPED, discipline: [] }, rules: ['reg366.points_band'] },
  m9: { facts: { tasks: TYPED, discipline: [] }, rules: ['reg366.points_band'] },
  // cell 5: no units under it; its committee's secretary was disciplined (self-detected: it still counts)
  u5: {
    facts: { tasks: TYPED, discipline: [], ...none, leadershipDisciplined: true },
    rules: ['reg366.points_band', 'reg366.special_collective', 'reg366.collective_excellent_clean'],
  },
  // cell 6: its own reprimand (self-detected: bars excellent only); 2 of 5 tasks late
  u6: {
    facts: {
      tasks: { total: 5, onTime: 2, late: 2, exceeded: 1, notDone: 0, keyMissed: 0 },
      discipline: [d('reprimand', '2026-07-07', true)],
      ...none,
    },
    rules: [
      'reg366.points_band',
      'reg366.completed_late',
      'reg366.good_on_time',
      'reg366.excellent_exceeded',
      'reg366.excellent_no_discipline',
    ],
  },
  // org 4: 1 of its 2 cells disciplined (50% > 20%), self-detected or not
  u4: {
    facts: { tasks: TYPED, discipline: [], subordinateUnits: 2, subordinateUnitsDisciplined: 1, leadershipDisciplined: false },
    rules: ['reg366.points_band', 'reg366.special_collective', 'reg366.collective_excellent_clean'],
  },
  u9: { facts: { tasks: TYPED, discipline: [], ...none }, rules: ['reg366.points_band'] },
};

type Live = {
  evaluation: { allowed: string; proposed: string; reasons: { ruleId: string }[]; facts: SubjectFacts } | null;
  notRatedReason: string | null;
};
const live = async (key: string) => (await subject(t, admin, ids.get(key)!)) as unknown as Live;

describe('the facts the app gathers equal the fixture read by hand', () => {
  it('covers every rated subject of the subtree, and only member 4 (exempted) is not rated', async () => {
    expect([...ids.keys()].sort()).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9', 'u4', 'u5', 'u6', 'u9']);
    expect((await live('m4')).notRatedReason).toBe('exempted');
  });

  for (const [key, want] of Object.entries(EXPECTED)) {
    it(`${key}: facts and the rules that fire`, async () => {
      const ev = (await live(key)).evaluation!;
      expect(ev, key).not.toBeNull();
      const { kind: _kind, points: _points, earlierShortcomingsRemedied: _e, ...gathered } = ev.facts;
      expect(gathered).toEqual(want.facts);
      expect(ev.reasons.map((r) => r.ruleId).sort()).toEqual([...want.rules].sort());
      // The engine reading the hand-written facts agrees with the app reading the database.
      const byHand = evaluate('reg366-2025', { ...ev.facts, ...want.facts } as SubjectFacts);
      expect({ allowed: ev.allowed, proposed: ev.proposed }).toEqual({ allowed: byHand.allowed, proposed: byHand.proposed });
    });
  }

  it('the bulk proposals of the subtree read the same facts: the same count per level', async () => {
    const perLevel: Record<string, number> = { excellent: 0, good: 0, completed: 0, not_completed: 0 };
    for (const key of Object.keys(EXPECTED)) perLevel[(await live(key)).evaluation!.proposed]! += 1;
    const bulk = (await t.call(admin, 'GET', `/api/assessment-cycles/${cycleId}/proposals?unitId=2`)).json();
    expect(bulk).toMatchObject({ evaluated: Object.keys(EXPECTED).length, missingFacts: 0 });
    expect(bulk.proposed).toEqual(perLevel);
    // by hand: not completed m2, m5, u5, u6, u4; completed m6; good m1, m3; excellent m7, m8, m9, u9
    expect(perLevel).toEqual({ excellent: 4, good: 2, completed: 1, not_completed: 5 });
  });
});

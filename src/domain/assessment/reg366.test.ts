import { describe, expect, it } from 'vitest';
import { evaluate, pointsBand, totalPoints, validateFacts } from './index.js';
import { best366, tasks } from './test-facts.js';

const ev = (f: Parameters<typeof evaluate>[1], s?: Parameters<typeof evaluate>[2]) => evaluate('reg366-2025', f, s);
const caps = (f: Parameters<typeof evaluate>[1], s?: Parameters<typeof evaluate>[2]) =>
  ev(f, s)
    .reasons.filter((r) => r.cap)
    .map((r) => r.ruleId);

describe('reg366-2025 points', () => {
  it('bands the total: 90 excellent, 89.9 good, 70 good, 69.99 completed, 50 completed, 49.5 not_completed', () => {
    const at = (general: number, t: number) => ev(best366({ points: { general, tasks: t } })).allowed;
    expect(at(30, 60)).toBe('excellent');
    expect(at(29.9, 60)).toBe('good');
    expect(at(20, 50)).toBe('good');
    expect(at(19.99, 50)).toBe('completed');
    expect(at(10, 40)).toBe('completed');
    expect(at(9.5, 40)).toBe('not_completed');
  });
  it('adds fractional points without float drift (29.7 + 60.3 = 90)', () => {
    expect(totalPoints({ kind: 'member', points: { general: 29.7, tasks: 60.3 } })).toBe(90);
    expect(ev(best366({ points: { general: 29.7, tasks: 60.3 } })).allowed).toBe('excellent');
    expect(pointsBand(89.99)).toBe('good');
  });
  it('rejects points out of range, per field', () => {
    const errs = validateFacts('reg366-2025', best366({ points: { general: 31, tasks: -1 } }));
    expect(errs.map((e) => e.field)).toEqual(['points.general', 'points.tasks']);
    expect(validateFacts('reg366-2025', { kind: 'member', points: { general: 20, tasks: 50 } }).map((e) => e.field)).toEqual(['tasks']);
  });
});

describe('reg366-2025 task conditions', () => {
  it('90 points with under 30% exceeded is good', () => {
    const e = ev(best366({ tasks: tasks({ onTime: 8, exceeded: 2 }) }));
    expect(e.allowed).toBe('good');
    expect(caps(best366({ tasks: tasks({ onTime: 8, exceeded: 2 }) }))).toEqual(['reg366.excellent_exceeded']);
    expect(ev(best366({ tasks: tasks({ onTime: 7, exceeded: 3 }) })).allowed).toBe('excellent');
  });
  it('good needs 100% on time: one late task caps at completed', () => {
    expect(ev(best366({ points: { general: 25, tasks: 55 }, tasks: tasks({ onTime: 8, late: 1, exceeded: 1 }) })).allowed).toBe(
      'completed',
    );
  });
  it('completed needs 100% done and at most 20% late', () => {
    expect(ev(best366({ tasks: tasks({ onTime: 7, late: 2, exceeded: 1 }) })).allowed).toBe('completed');
    expect(ev(best366({ tasks: tasks({ onTime: 6, late: 3, exceeded: 1 }) })).allowed).toBe('not_completed');
    expect(ev(best366({ tasks: tasks({ onTime: 9, notDone: 1, exceeded: 0 }) })).allowed).toBe('not_completed');
  });
  it('force majeure is noted but does not excuse tasks left in the figures', () => {
    const e = ev(best366({ tasks: tasks({ onTime: 9, notDone: 1, exceeded: 0, forceMajeure: true }) }));
    expect(e.allowed).toBe('not_completed');
    expect(e.reasons.map((r) => r.ruleId)).toContain('reg366.force_majeure');
  });
  it('no tasks assigned: excellent is not proposed, but not barred', () => {
    expect(ev(best366({ tasks: tasks({ onTime: 0, exceeded: 0 }) }))).toMatchObject({ allowed: 'excellent', proposed: 'good' });
  });
});

describe('reg366-2025 conditions of excellent and special cases', () => {
  const reprimand = (self: boolean) => [{ form: 'reprimand' as const, decidedOn: '2025-06-01', selfDetectedRemedied: self }];
  it('discipline is a special case: not_completed, a setting that can be turned off', () => {
    expect(ev(best366({ discipline: reprimand(false) })).allowed).toBe('not_completed');
    const off = ev(best366({ discipline: reprimand(false) }), { specialCases366: { discipline: false } });
    expect(off.allowed).toBe('good');
    expect(ev(best366({ discipline: reprimand(false) })).reasons.find((r) => r.ruleId === 'reg366.special_discipline')?.setting).toBe(true);
  });
  it('self-detected and remedied discipline is not a special case, but excellent needs no discipline', () => {
    expect(caps(best366({ discipline: reprimand(true) }))).toEqual(['reg366.excellent_no_discipline']);
    expect(ev(best366({ discipline: reprimand(true) })).allowed).toBe('good');
  });
  it('earlier shortcomings not remedied bar excellent', () => {
    expect(ev(best366({ earlierShortcomingsRemedied: false })).allowed).toBe('good');
    expect(ev(best366({ earlierShortcomingsRemedied: true })).allowed).toBe('excellent');
  });
  it('degradation is a special case', () => {
    expect(ev(best366({ degradation: true })).allowed).toBe('not_completed');
    expect(ev(best366({ degradation: true }), { specialCases366: { degradation: false } }).allowed).toBe('excellent');
  });
  it('a collective: over 20% of units disciplined is a special case; any disciplined unit bars excellent', () => {
    const org = (over = {}) => best366({ kind: 'party_committee', subordinateUnits: 9, ...over });
    expect(ev(org({ subordinateUnitsDisciplined: 2 })).allowed).toBe('not_completed');
    expect(ev(org({ subordinateUnitsDisciplined: 1 })).allowed).toBe('good');
    expect(ev(org({ internalDisunity: true })).allowed).toBe('not_completed');
    expect(ev(org({ leadershipDisciplined: true }), { specialCases366: { collective_failure: false } }).allowed).toBe('good');
  });
});

describe('leave (both rule sets)', () => {
  it('sick leave of 3 months (90 days, a month counting 30 days) or more caps an individual below good', () => {
    expect(ev(best366({ sickLeaveDays: 90 })).allowed).toBe('completed');
    expect(ev(best366({ sickLeaveDays: 89 })).allowed).toBe('excellent');
    const r = ev(best366({ sickLeaveDays: 95 })).reasons.find((x) => x.ruleId === 'common.sick_leave')!;
    expect(r.vi).toContain('95 ngày, ngưỡng 3 tháng = 90 ngày');
    expect(r.source).toContain('Bộ luật Dân sự 2015, Điều 146');
    expect(
      evaluate('reg124-2023', {
        kind: 'leader',
        criteria: Object.fromEntries(
          [
            'politics_ideology',
            'ethics_lifestyle',
            'discipline_awareness',
            'work_style',
            'task_results',
            'leadership_capacity',
            'unit_results',
          ].map((k) => [k, 'excellent']),
        ),
        concreteProducts: true,
        tasks: tasks(),
        sickLeaveDays: 120,
      }).allowed,
    ).toBe('completed');
  });
  it('the sick leave threshold (in months) and cap are settings', () => {
    expect(ev(best366({ sickLeaveDays: 90 }), { sickLeaveCap: { months: 4 } }).allowed).toBe('excellent');
    expect(ev(best366({ sickLeaveDays: 120 }), { sickLeaveCap: { months: 4 } }).allowed).toBe('completed');
    expect(ev(best366({ sickLeaveDays: 74 }), { sickLeaveCap: { months: 2.5 } }).allowed).toBe('excellent');
    expect(ev(best366({ sickLeaveDays: 75 }), { sickLeaveCap: { months: 2.5 } }).allowed).toBe('completed');
    expect(ev(best366({ sickLeaveDays: 90 }), { sickLeaveCap: { enabled: false } }).allowed).toBe('excellent');
    expect(ev(best366({ sickLeaveDays: 150 }), { sickLeaveCap: { cap: 'not_completed' } }).allowed).toBe('not_completed');
  });
  it('refuses sick leave that is not whole days, and the old months field', () => {
    expect(validateFacts('reg366-2025', best366({ sickLeaveDays: 2.5 })).map((e) => e.field)).toEqual(['sickLeaveDays']);
    expect(validateFacts('reg366-2025', best366({ sickLeaveMonths: 3 } as never)).map((e) => e.code)).toEqual(['renamed']);
  });
  it('maternity leave is informational: only the time worked is rated, no cap', () => {
    const e = ev(best366({ maternityLeaveMonths: 6 }));
    expect(e.allowed).toBe('excellent');
    const r = e.reasons.find((x) => x.ruleId === 'common.maternity_leave');
    expect(r?.cap).toBeUndefined();
    expect(r?.vi).toContain('thời gian thực tế làm việc');
  });
});

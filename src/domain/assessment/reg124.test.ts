import { describe, expect, it } from 'vitest';
import { evaluate, InvalidFactsError, validateFacts } from './index.js';
import { best124, ratings, tasks } from './test-facts.js';

const ev = (f: Parameters<typeof evaluate>[1], s?: Parameters<typeof evaluate>[2]) => evaluate('reg124-2023', f, s);
const ids = (f: Parameters<typeof evaluate>[1]) => ev(f).reasons.map((r) => r.ruleId);

describe('reg124-2023 levels', () => {
  it('rates excellent when every condition is met, with no reason capping', () => {
    const e = ev(best124());
    expect(e).toMatchObject({ allowed: 'excellent', proposed: 'excellent' });
    expect(e.reasons.filter((r) => r.cap)).toEqual([]);
  });
  it('caps at good when a criterion is only average, or task results only good', () => {
    expect(ev(best124({ criteria: ratings('member', 'excellent', { work_style: 'average' }) })).allowed).toBe('good');
    expect(ev(best124({ criteria: ratings('member', 'good') })).allowed).toBe('good');
    expect(ids(best124({ criteria: ratings('member', 'good') }))).toContain('reg124.excellent_task_results');
  });
  it('caps at completed when task results are average', () => {
    const e = ev(best124({ criteria: ratings('member', 'good', { task_results: 'average' }) }));
    expect(e.allowed).toBe('completed');
    expect(e.reasons.map((r) => r.ruleId)).toContain('reg124.good_task_results');
  });
  it('any weak criterion is not_completed, naming the criterion', () => {
    const e = ev(best124({ criteria: ratings('member', 'excellent', { ethics_lifestyle: 'weak' }) }));
    expect(e.allowed).toBe('not_completed');
    const r = e.reasons.find((x) => x.ruleId === 'reg124.criterion_weak');
    expect(r?.vi).toContain('đạo đức');
    expect(r?.en).toContain('Ethics');
  });
  it('excellent needs concrete products: false caps, missing only lowers the proposal', () => {
    expect(ev(best124({ concreteProducts: false }))).toMatchObject({ allowed: 'good', proposed: 'good' });
    expect(ev(best124({ concreteProducts: undefined }))).toMatchObject({ allowed: 'excellent', proposed: 'good' });
  });
  it('an individual excellent needs 100% on time and at least 50% exceeded', () => {
    expect(ev(best124({ tasks: tasks({ onTime: 5, exceeded: 5 }) })).allowed).toBe('excellent');
    expect(ev(best124({ tasks: tasks({ onTime: 6, exceeded: 4 }) })).allowed).toBe('good');
    expect(ev(best124({ tasks: tasks({ onTime: 4, exceeded: 5, late: 1 }) })).allowed).toBe('good');
    expect(ev(best124({ tasks: undefined }))).toMatchObject({ allowed: 'excellent', proposed: 'good' });
  });
  it('under 50% of targets with a key target missed is not_completed, unless force majeure', () => {
    const low = tasks({ onTime: 4, exceeded: 0, notDone: 6, keyMissed: 1 });
    expect(ev(best124({ tasks: low })).allowed).toBe('not_completed');
    expect(ev(best124({ tasks: { ...low, keyMissed: 0 } })).allowed).toBe('good');
    expect(ev(best124({ tasks: tasks({ onTime: 5, exceeded: 0, notDone: 5, keyMissed: 1 }) })).allowed).toBe('good');
    const fm = ev(best124({ tasks: { ...low, forceMajeure: true } }));
    expect(fm.allowed).toBe('good');
    expect(fm.reasons.map((r) => r.ruleId)).toContain('reg124.force_majeure');
  });
});

describe('reg124-2023 discipline and conduct', () => {
  it('a reprimand in the period is not_completed', () => {
    expect(ev(best124({ discipline: [{ form: 'reprimand', decidedOn: '2024-05-02', selfDetectedRemedied: false }] })).allowed).toBe(
      'not_completed',
    );
  });
  it('a self-detected and remedied reprimand is not capped to not_completed: at most good', () => {
    const e = ev(best124({ discipline: [{ form: 'reprimand', decidedOn: '2024-05-02', selfDetectedRemedied: true }] }));
    expect(e.allowed).toBe('good');
    expect(e.reasons.map((r) => r.ruleId)).toEqual(['reg124.discipline_self_remedied']);
  });
  it('degradation is not_completed', () => {
    expect(ev(best124({ degradation: true })).allowed).toBe('not_completed');
  });
});

describe('reg124-2023 collectives', () => {
  const cell = (over = {}) =>
    best124({ kind: 'grassroots_org', criteria: ratings('grassroots_org', 'excellent'), tasks: undefined, ...over });
  it('a clean collective can be excellent without individual targets', () => {
    expect(ev(cell({ subordinateUnits: 10, subordinateUnitsDisciplined: 0 })).allowed).toBe('excellent');
  });
  it('more than 20% of subordinate units disciplined is not_completed; exactly 20% only bars excellent', () => {
    expect(ev(cell({ subordinateUnits: 10, subordinateUnitsDisciplined: 3 })).allowed).toBe('not_completed');
    const twenty = ev(cell({ subordinateUnits: 10, subordinateUnitsDisciplined: 2 }));
    expect(twenty.allowed).toBe('good');
    expect(twenty.reasons.map((r) => r.ruleId)).toEqual(['reg124.collective_excellent_clean']);
  });
  it('leadership disciplined or internal disunity is not_completed', () => {
    expect(ev(cell({ leadershipDisciplined: true })).allowed).toBe('not_completed');
    expect(ev(cell({ internalDisunity: true })).allowed).toBe('not_completed');
  });
  it('sick leave does not apply to a collective', () => {
    expect(ev(cell({ sickLeaveDays: 180 })).allowed).toBe('excellent');
  });
});

describe('reg124-2023 facts', () => {
  it('requires every criterion of the kind, and only those', () => {
    const errs = validateFacts('reg124-2023', { kind: 'member', criteria: { politics_ideology: 'good', bogus: 'good' } });
    expect(errs.map((e) => e.field)).toEqual(expect.arrayContaining(['criteria.task_results', 'criteria.bogus']));
    expect(() => ev({ kind: 'member' })).toThrow(InvalidFactsError);
  });
  it('task figures must add up', () => {
    const errs = validateFacts('reg124-2023', best124({ tasks: { total: 9, onTime: 5, late: 0, exceeded: 5, notDone: 0, keyMissed: 0 } }));
    expect(errs).toEqual([expect.objectContaining({ field: 'tasks.total', code: 'sum' })]);
  });
  it('every reason carries vi, en and a source', () => {
    const e = ev(best124({ criteria: ratings('member', 'weak'), degradation: true, sickLeaveDays: 120, maternityLeaveMonths: 2 }));
    for (const r of e.reasons) {
      expect(r.vi.length).toBeGreaterThan(10);
      expect(r.en.length).toBeGreaterThan(10);
      expect(r.source).toMatch(/Quy định|Hướng dẫn|Thiết lập/);
    }
  });
});

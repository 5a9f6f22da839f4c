import { describe, expect, it } from 'vitest';
import { absenceRule, feesRule, noProgressRule, standardsRule, windowMonths } from './rules.js';

describe('screening rules', () => {
  it('flags 3 distinct months of absence without reason, not 2', () => {
    expect(absenceRule(['2026-01-01', '2026-01-01', '2026-03-01'], 3)).toBeNull();
    expect(absenceRule(['2026-01-01', '2026-03-01', '2026-07-01'], 3))
      .toEqual({ rule: 'absent_without_reason', evidence: { months: ['2026-01-01', '2026-03-01', '2026-07-01'] } });
  });

  it('flags fees unpaid for 3 due months, ignoring months not due', () => {
    const due = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01'];
    expect(feesRule(due, ['2026-01-01', '2026-02-01'], 3)).toBeNull();
    expect(feesRule(due, ['2026-02-01'], 3)?.evidence).toEqual({ months: ['2026-01-01', '2026-03-01', '2026-04-01'] });
    expect(feesRule(due.slice(0, 2), [], 3)).toBeNull();
  });

  it('flags no progress 12 months after being educated, unless progress was recorded', () => {
    const educated = [{ kind: 'educated' as const, on: '2025-10-01' }];
    expect(noProgressRule(educated, '2026-09-30', 12)).toBeNull();
    expect(noProgressRule(educated, '2026-10-01', 12)?.evidence).toEqual({ educatedOn: '2025-10-01', since: 12 });
    expect(noProgressRule([...educated, { kind: 'progress', on: '2026-03-01' }], '2026-11-26', 12)).toBeNull();
    expect(noProgressRule([], '2026-11-26', 12)).toBeNull();
  });

  it('flags two consecutive not_completed ratings only', () => {
    expect(standardsRule([{ year: 2023, level: 'not_completed' }, { year: 2025, level: 'not_completed' }])).toBeNull();
    expect(standardsRule([{ year: 2024, level: 'not_completed' }, { year: 2025, level: 'not_completed' }, { year: 2023, level: 'good' }])?.evidence)
      .toEqual({ years: [2024, 2025] });
  });

  it('screens the 12 full months before the current month', () => {
    const w = windowMonths('2026-11-26');
    expect(w[0]).toBe('2025-11-01');
    expect(w[11]).toBe('2026-10-01');
  });
});

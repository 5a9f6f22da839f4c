import { describe, expect, it } from 'vitest';
import { absenceRule, dueMonths, feesRule, noProgressRule, standardsRule, windowMonths } from './rules.js';

describe('screening rules', () => {
  it('flags 3 distinct months of absence without reason, not 2', () => {
    expect(absenceRule(['2026-01-01', '2026-01-01', '2026-03-01'], 3)).toBeNull();
    expect(absenceRule(['2026-01-01', '2026-03-01', '2026-07-01'], 3)).toEqual({
      rule: 'absent_without_reason',
      evidence: { months: ['2026-01-01', '2026-03-01', '2026-07-01'] },
    });
  });

  it('flags fees unpaid for 3 due months, ignoring months not due', () => {
    const due = ['2026-01-01', '2026-02-01', '2026-03-01', '2026-04-01'];
    expect(feesRule(due, ['2026-01-01', '2026-02-01'], 3)).toBeNull();
    expect(feesRule(due, ['2026-02-01'], 3)?.evidence).toEqual({ months: ['2026-01-01', '2026-03-01', '2026-04-01'] });
    expect(feesRule(due.slice(0, 2), [], 3)).toBeNull();
  });

  it("counts fees due only for months spent in the unit's cells, from admission on", () => {
    const w = windowMonths('2026-11-26');
    const none = new Set<string>();
    // Received from another province on 2026-08-20 (admitted in 2010): August was paid where he came from.
    expect(dueMonths(w, '2010-05-19', [{ from: '2026-08-20', to: null }], none)).toEqual(['2026-09-01', '2026-10-01']);
    // Received on the first day of a month: that month is due here.
    expect(dueMonths(w, '2010-05-19', [{ from: '2026-09-01', to: null }], none)).toEqual(['2026-09-01', '2026-10-01']);
    // Admitted here mid-month: the month of admission is due, as before.
    expect(dueMonths(w, '2026-08-20', [{ from: '2026-08-20', to: null }], none)).toEqual(['2026-08-01', '2026-09-01', '2026-10-01']);
    // Moved between two cells of the unit mid-month: no gap; away from its cells for a while: those months are not due.
    expect(
      dueMonths(
        w,
        '2010-05-19',
        [
          { from: '2020-01-01', to: '2026-03-10' },
          { from: '2026-03-10', to: null },
        ],
        none,
      ),
    ).toEqual(w);
    expect(
      dueMonths(
        w,
        '2010-05-19',
        [
          { from: '2020-01-01', to: '2026-02-15' },
          { from: '2026-06-01', to: null },
        ],
        none,
      ),
    ).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
      '2026-06-01',
      '2026-07-01',
      '2026-08-01',
      '2026-09-01',
      '2026-10-01',
    ]);
    // Exempted months are never due; no period recorded at all: the admission date alone limits the months.
    expect(dueMonths(w, '2010-05-19', [{ from: '2020-01-01', to: null }], new Set(['2026-01-01']))).toEqual(
      w.filter((m) => m !== '2026-01-01'),
    );
    expect(dueMonths(w, '2026-07-03', null, none)).toEqual(['2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01']);
    expect(dueMonths(w, '2010-05-19', [], none)).toEqual([]);
  });

  it('flags no progress 12 months after being educated, unless progress was recorded', () => {
    const educated = [{ kind: 'educated' as const, on: '2025-10-01' }];
    expect(noProgressRule(educated, '2026-09-30', 12)).toBeNull();
    expect(noProgressRule(educated, '2026-10-01', 12)?.evidence).toEqual({ educatedOn: '2025-10-01', since: 12 });
    expect(noProgressRule([...educated, { kind: 'progress', on: '2026-03-01' }], '2026-11-26', 12)).toBeNull();
    expect(noProgressRule([], '2026-11-26', 12)).toBeNull();
  });

  it('flags two consecutive not_completed ratings only', () => {
    expect(
      standardsRule([
        { year: 2023, level: 'not_completed' },
        { year: 2025, level: 'not_completed' },
      ]),
    ).toBeNull();
    expect(
      standardsRule([
        { year: 2024, level: 'not_completed' },
        { year: 2025, level: 'not_completed' },
        { year: 2023, level: 'good' },
      ])?.evidence,
    ).toEqual({ years: [2024, 2025] });
  });

  it('screens the 12 full months before the current month', () => {
    const w = windowMonths('2026-11-26');
    expect(w[0]).toBe('2025-11-01');
    expect(w[11]).toBe('2026-10-01');
  });
});

import { describe, expect, it } from 'vitest';
import { addMonths, wholeMonthsBetween } from './dates.js';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days.js';

const HOLIDAYS = new Set(['2026-04-27', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02']);

describe('working-day calendar', () => {
  it('skips weekends', () => {
    expect(isWorkingDay('2026-11-28', HOLIDAYS)).toBe(false); // Saturday
    expect(isWorkingDay('2026-11-29', HOLIDAYS)).toBe(false); // Sunday
    expect(isWorkingDay('2026-11-30', HOLIDAYS)).toBe(true);
    expect(addWorkingDays('2026-11-27', 1, HOLIDAYS)).toBe('2026-11-30'); // Friday + 1 → Monday
  });

  it('skips public holidays', () => {
    expect(isWorkingDay('2026-09-02', HOLIDAYS)).toBe(false);
    // Thu 2026-04-23 + 5 working days: Fri 24, (Mon 27 holiday), Tue 28, Wed 29, (Thu 30, Fri 1/5 holidays), Mon 4, Tue 5
    expect(addWorkingDays('2026-04-23', 5, HOLIDAYS)).toBe('2026-05-05');
  });

  it('counts working days between two dates, start excluded', () => {
    expect(workingDaysBetween('2026-04-23', '2026-05-05', HOLIDAYS)).toBe(5);
    expect(workingDaysBetween('2026-05-05', '2026-05-05', HOLIDAYS)).toBe(0);
    expect(workingDaysBetween('2026-05-05', '2026-05-01', HOLIDAYS)).toBe(0);
  });

  it('gives 60 working days as about 12 calendar weeks', () => {
    const end = addWorkingDays('2026-01-05', 60, new Set());
    expect(end).toBe('2026-03-30');
    expect(workingDaysBetween('2026-01-05', end, new Set())).toBe(60);
  });
});

describe('months', () => {
  it('counts whole months only once the day of the month is reached', () => {
    expect(wholeMonthsBetween('2008-12-01', '2026-11-30')).toBe(215);
    expect(wholeMonthsBetween('2008-12-01', '2026-12-01')).toBe(216);
    expect(wholeMonthsBetween('2000-01-31', '2000-02-29')).toBe(0);
  });
  it('adds months, clamping to the end of a short month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    // Backwards too: a month before 31 March is the last day of February, not 3 March (Date.setUTCMonth's overflow).
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2025-11-26', 12)).toBe('2026-11-26');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
  });
});

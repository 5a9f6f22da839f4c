import { describe, expect, it } from 'vitest';
import { daysBetween, findOverlap, householdInMemberArea, isCurrent, periodsOverlap, problemAgeBand, seatAboveUnit } from './rules.js';

describe('assignment periods', () => {
  it('treats the end date as exclusive and an open end as running', () => {
    expect(periodsOverlap({ from: '2026-01-01', to: '2026-06-01' }, { from: '2026-06-01', to: null })).toBe(false);
    expect(periodsOverlap({ from: '2026-01-01', to: '2026-06-02' }, { from: '2026-06-01', to: null })).toBe(true);
    expect(periodsOverlap({ from: '2026-01-01', to: null }, { from: '2020-01-01', to: '2026-01-02' })).toBe(true);
    expect(periodsOverlap({ from: '2026-01-01', to: null }, { from: '2020-01-01', to: '2026-01-01' })).toBe(false);
  });
  it('finds the overlapping period', () => {
    const existing = [
      { id: 1, from: '2025-01-01', to: '2025-12-31' },
      { id: 2, from: '2026-03-01', to: null },
    ];
    expect(findOverlap(existing, { from: '2026-01-01', to: '2026-02-01' })).toBeUndefined();
    expect(findOverlap(existing, { from: '2026-01-01', to: '2026-04-01' })?.id).toBe(2);
  });
  it('knows whether a period runs on a day', () => {
    expect(isCurrent({ from: '2026-01-01', to: '2026-11-26' }, '2026-11-26')).toBe(false);
    expect(isCurrent({ from: '2026-01-01', to: null }, '2026-11-26')).toBe(true);
  });
});

describe('area and committee', () => {
  it('a household is in the area of members whose cell lies under its commune', () => {
    expect(householdInMemberArea('1.2.4.5', '1.2.4')).toBe(true);
    expect(householdInMemberArea('1.3.7.8', '1.2.4')).toBe(false);
    expect(householdInMemberArea('1.2.44.5', '1.2.4')).toBe(false);
  });
  it('only a seat strictly above the unit counts', () => {
    expect(seatAboveUnit(['1.2.4'], '1.2.4.5')).toBe(true);
    expect(seatAboveUnit(['1.2.4.5'], '1.2.4.5')).toBe(false);
    expect(seatAboveUnit(['1.3'], '1.2.4.5')).toBe(false);
  });
});

describe('problem age', () => {
  it('counts days and bands them', () => {
    expect(daysBetween('2026-10-27', '2026-11-26')).toBe(30);
    expect(problemAgeBand(29)).toBe('under_30');
    expect(problemAgeBand(30)).toBe('30_to_90');
    expect(problemAgeBand(91)).toBe('over_90');
  });
});

import { describe, expect, it } from 'vitest';
import { alreadyReviewed, evidencePeriod, reviewedPeriods, withoutReviewed } from './reviewed.js';
import type { Flag } from './rules.js';

const absence = (months: string[]): Flag => ({ rule: 'absent_without_reason', evidence: { months } });

describe('evidence period of a flag', () => {
  it('is the months, the years or the education date the rule looked at', () => {
    expect(evidencePeriod(absence(['2026-01-01', '2026-04-01']))).toEqual(['2026-01-01', '2026-04-01']);
    expect(evidencePeriod({ rule: 'fees_unpaid', evidence: { months: ['2026-08-01'] } })).toEqual(['2026-08-01']);
    expect(evidencePeriod({ rule: 'standards_breached_twice', evidence: { years: [2024, 2025] } })).toEqual(['2024', '2025']);
    expect(evidencePeriod({ rule: 'no_progress_after_education', evidence: { educatedOn: '2025-10-20', since: 12 } })).toEqual([
      'educated:2025-10-20',
    ]);
    expect(evidencePeriod({ rule: 'fees_unpaid', evidence: {} })).toEqual([]);
  });
});

describe('a reviewed flag is not raised again for the same facts', () => {
  const reviewed = [
    { memberId: 5, rule: 'absent_without_reason', evidence: { months: ['2026-01-01', '2026-04-01', '2026-08-01', '2026-09-01'] } },
  ];
  const periods = reviewedPeriods(reviewed);

  it('keeps the review for the same member, rule and months, also when the window has moved past some of them', () => {
    expect(alreadyReviewed(5, absence(['2026-01-01', '2026-04-01', '2026-08-01', '2026-09-01']), periods)).toBe(true);
    expect(alreadyReviewed(5, absence(['2026-04-01', '2026-08-01', '2026-09-01']), periods)).toBe(true);
  });

  it('raises it again for a new month, another member or another rule', () => {
    expect(alreadyReviewed(5, absence(['2026-04-01', '2026-08-01', '2026-11-01']), periods)).toBe(false);
    expect(alreadyReviewed(6, absence(['2026-01-01', '2026-04-01', '2026-08-01']), periods)).toBe(false);
    expect(alreadyReviewed(5, { rule: 'fees_unpaid', evidence: { months: ['2026-01-01', '2026-04-01', '2026-08-01'] } }, periods)).toBe(
      false,
    );
  });

  it('raises a no-progress flag again after a new education, and a standards flag for a new year', () => {
    const p = reviewedPeriods([
      { memberId: 6, rule: 'no_progress_after_education', evidence: { educatedOn: '2025-10-20', since: 12 } },
      { memberId: 8, rule: 'standards_breached_twice', evidence: { years: [2024, 2025] } },
    ]);
    expect(alreadyReviewed(6, { rule: 'no_progress_after_education', evidence: { educatedOn: '2025-10-20', since: 12 } }, p)).toBe(true);
    expect(alreadyReviewed(6, { rule: 'no_progress_after_education', evidence: { educatedOn: '2026-03-02', since: 12 } }, p)).toBe(false);
    expect(alreadyReviewed(8, { rule: 'standards_breached_twice', evidence: { years: [2025, 2026] } }, p)).toBe(false);
  });

  it('never treats a flag without facts as reviewed', () => {
    expect(alreadyReviewed(5, { rule: 'absent_without_reason', evidence: {} }, periods)).toBe(false);
  });

  it('splits a run into flags to raise and flags already reviewed', () => {
    const found = [
      { memberId: 5, flag: absence(['2026-04-01', '2026-08-01', '2026-09-01']) },
      { memberId: 5, flag: absence(['2026-09-01', '2026-10-01', '2026-11-01']) },
    ];
    const { raise, suppressed } = withoutReviewed(found, reviewed);
    expect(suppressed).toEqual([found[0]]);
    expect(raise).toEqual([found[1]]);
  });
});

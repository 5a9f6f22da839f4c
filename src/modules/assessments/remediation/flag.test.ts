import { describe, expect, it } from 'vitest';
import { removalReviewYears } from './flag.js';

describe('removal review flag', () => {
  it('is raised by two consecutive years not_completed', () => {
    expect(
      removalReviewYears([
        { year: 2024, level: 'not_completed' },
        { year: 2025, level: 'not_completed' },
      ]),
    ).toEqual([2025]);
  });
  it('is not raised by two years with a gap, or by other levels', () => {
    expect(
      removalReviewYears([
        { year: 2023, level: 'not_completed' },
        { year: 2024, level: 'completed' },
        { year: 2025, level: 'not_completed' },
      ]),
    ).toEqual([]);
    expect(
      removalReviewYears([
        { year: 2025, level: 'not_completed' },
        { year: 2026, level: null },
      ]),
    ).toEqual([]);
  });
});

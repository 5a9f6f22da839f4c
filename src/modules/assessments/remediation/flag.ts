// Two consecutive years rated not_completed raise a flag for removal review [U]: a flag for people to consider,
// never an automatic removal (DOMAIN.md §4 and §5).
export interface YearLevel {
  year: number;
  level: string | null;
}

/** The years Y for which both Y-1 and Y were rated not_completed in annual cycles. */
export function removalReviewYears(levels: YearLevel[]): number[] {
  const bad = new Set(levels.filter((l) => l.level === 'not_completed').map((l) => l.year));
  return [...bad].filter((y) => bad.has(y - 1)).sort((a, b) => a - b);
}

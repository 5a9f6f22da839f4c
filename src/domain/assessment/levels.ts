// The four quality levels, best first (DOMAIN.md §5).
export const LEVELS = ['excellent', 'good', 'completed', 'not_completed'] as const;
export type Level = (typeof LEVELS)[number];

/** excellent 0 … not_completed 3: a higher rank is a lower level. */
export function levelRank(l: Level): number {
  return LEVELS.indexOf(l);
}

export function isLevel(x: unknown): x is Level {
  return typeof x === 'string' && (LEVELS as readonly string[]).includes(x);
}

/** The lower (worse) of two levels. */
export function lowerLevel(a: Level, b: Level): Level {
  return levelRank(a) >= levelRank(b) ? a : b;
}

/** a is strictly better than b. */
export function isAbove(a: Level, b: Level): boolean {
  return levelRank(a) < levelRank(b);
}

export const LEVEL_NAMES: Record<Level, { vi: string; en: string; abbr: string }> = {
  excellent: { vi: 'Hoàn thành xuất sắc nhiệm vụ', en: 'Excellently completed tasks', abbr: 'HTXSNV' },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Well completed tasks', abbr: 'HTTNV' },
  completed: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed tasks', abbr: 'HTNV' },
  not_completed: { vi: 'Không hoàn thành nhiệm vụ', en: 'Did not complete tasks', abbr: 'KHTNV' },
};

// Quota [V for 124, P for 366]: excellent ≤ 20% of good in each quota group; rounding is a visible setting.
import type { Level } from './levels.js';
import type { Rounding } from './settings.js';

/** 20% of the good count, rounded (default floor). Whole-number arithmetic: good / 5 has no float error. */
export function quotaAllowed(goodCount: number, rounding: Rounding = 'floor'): number {
  if (!Number.isInteger(goodCount) || goodCount < 0) throw new RangeError('goodCount must be a whole number ≥ 0');
  const q = goodCount / 5;
  return rounding === 'ceil' ? Math.ceil(q) : rounding === 'round' ? Math.round(q) : Math.floor(q);
}

export interface QuotaGroupCheck {
  groupId: string;
  good: number;
  excellent: number;
  allowed: number;
  mustMove: number;
}

/**
 * The fewest excellent ratings to move down to good: each one moved also adds a good, which may raise the quota
 * (4 good + 2 excellent: moving one gives 5 good + 1 excellent, within the quota, so 1 must move, not 2).
 */
export function mustMove(good: number, excellent: number, rounding: Rounding = 'floor'): number {
  for (let k = 0; k < excellent; k++) {
    if (excellent - k <= quotaAllowed(good + k, rounding)) return k;
  }
  return excellent;
}

/** Per group: how many are good and excellent, how many excellent are allowed and how many must move down. */
export function checkQuota(groups: { groupId: string; levels: Level[] }[], rounding: Rounding = 'floor'): QuotaGroupCheck[] {
  return groups.map(({ groupId, levels }) => {
    let good = 0;
    let excellent = 0;
    for (const l of levels) {
      if (l === 'good') good++;
      else if (l === 'excellent') excellent++;
    }
    const allowed = quotaAllowed(good, rounding);
    return { groupId, good, excellent, allowed, mustMove: mustMove(good, excellent, rounding) };
  });
}

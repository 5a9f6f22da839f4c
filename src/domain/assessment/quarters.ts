// Quarterly reviews under Quy định 366-QĐ/TW carried into the year's assessment. The regulation provides for
// quarterly reviews (DOMAIN.md §7 [V]); how their results enter the year (Hướng dẫn 43-HD/BTCTW) could not be read,
// so this is a suggestion, never a rule: the year's self-assessment shows each quarter's points and level, and
// offers the mean of the quarters' points, rounded to the 0.25 step the form takes [U].
import { LEVELS, lowerLevel, type Level } from './levels.js';

export interface QuarterResult {
  periodFrom: string;
  periodTo: string;
  generalPoints: number | null;
  taskPoints: number | null;
  level: Level | null;
}

export interface QuarterSummary {
  quarter: 1 | 2 | 3 | 4;
  generalPoints: number | null;
  taskPoints: number | null;
  total: number | null;
  level: Level | null;
}

const quarterOf = (date: string) => (Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4;
const toStep = (n: number) => Math.round(n * 4) / 4;

/**
 * One line per quarter of `year` that has a quarterly review (the later review of a quarter wins), the means of the
 * points over the quarters that have them, and the lowest level decided in a quarter.
 */
export function carryQuarters(rows: readonly QuarterResult[], year: number) {
  const byQuarter = new Map<number, QuarterResult>();
  for (const r of [...rows].sort((a, b) => a.periodTo.localeCompare(b.periodTo))) {
    if (Number(r.periodFrom.slice(0, 4)) !== year || Number(r.periodTo.slice(0, 4)) !== year) continue;
    if (quarterOf(r.periodFrom) !== quarterOf(r.periodTo)) continue;
    byQuarter.set(quarterOf(r.periodFrom), r);
  }
  const quarters: QuarterSummary[] = [...byQuarter.entries()]
    .sort(([a], [b]) => a - b)
    .map(([q, r]) => ({
      quarter: q as 1 | 2 | 3 | 4,
      generalPoints: r.generalPoints,
      taskPoints: r.taskPoints,
      total: r.generalPoints !== null && r.taskPoints !== null ? r.generalPoints + r.taskPoints : null,
      level: r.level,
    }));
  const scored = quarters.filter((q) => q.generalPoints !== null && q.taskPoints !== null);
  const mean = (f: (q: QuarterSummary) => number) => (scored.length ? toStep(scored.reduce((s, q) => s + f(q), 0) / scored.length) : null);
  const levels = quarters.map((q) => q.level).filter((l): l is Level => l !== null);
  return {
    quarters,
    meanGeneralPoints: mean((q) => q.generalPoints!),
    meanTaskPoints: mean((q) => q.taskPoints!),
    lowestLevel: levels.length ? levels.reduce(lowerLevel, LEVELS[0]) : null,
  };
}

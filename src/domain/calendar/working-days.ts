// Working days: Monday to Friday, except public holidays (an editable table).
import { addDays, fromDay, toDay } from './dates.js';

export function isWorkingDay(d: string, holidays: ReadonlySet<string>): boolean {
  const dow = (toDay(d) + 4) % 7; // 1970-01-01 was a Thursday; 0 = Sunday
  return dow !== 0 && dow !== 6 && !holidays.has(d);
}

const numeric = new WeakMap<ReadonlySet<string>, Set<number>>();
const asDays = (holidays: ReadonlySet<string>) => {
  let days = numeric.get(holidays);
  if (!days) {
    days = new Set([...holidays].map(toDay));
    numeric.set(holidays, days);
  }
  return days;
};

/** The date `n` working days after `start` (start itself does not count). Day numbers, no date parsing per step. */
export function addWorkingDays(start: string, n: number, holidays: ReadonlySet<string>): string {
  const off = asDays(holidays);
  let d = toDay(start);
  let left = n;
  while (left > 0) {
    d += 1;
    const dow = (d + 4) % 7;
    if (dow !== 0 && dow !== 6 && !off.has(d)) left -= 1;
  }
  return fromDay(d);
}

/** Working days after `from` up to and including `to` (0 when to ≤ from). */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string>): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, holidays)) n += 1;
  return n;
}

// Screening rules for the removal of names (Quy định 294/2025 on xóa tên). The system flags; people decide.
import { addMonths, monthOf } from '../calendar/dates.js';

export type ScreeningRule = 'absent_without_reason' | 'fees_unpaid' | 'no_progress_after_education' | 'standards_breached_twice';

export interface Flag {
  rule: ScreeningRule;
  evidence: Record<string, unknown>;
}

/** Absent without reason in ≥ `threshold` distinct months of the window. */
export function absenceRule(unexcusedMonths: string[], threshold: number): Flag | null {
  const months = [...new Set(unexcusedMonths)].sort();
  return months.length >= threshold ? { rule: 'absent_without_reason', evidence: { months } } : null;
}

/** A stay of the member in a cell of the screening unit's subtree; `to` is exclusive, null while it lasts. */
export interface CellPeriod {
  from: string;
  to: string | null;
}

/**
 * Months of the window in which the member owed his fees to the unit doing the screening: from the month of admission
 * on, while he belonged to one of its cells, and not exempted. He belongs for a month when he was in such a cell on its
 * first day — or, in the month he was admitted, on the day of admission. A member received (from another province or
 * cell) during a month paid that month where he came from, so it is not due here. `periods` null: none recorded for
 * him anywhere (data never entered), so only the admission date limits the months.
 */
export function dueMonths(window: string[], admittedOn: string, periods: CellPeriod[] | null, exempt: ReadonlySet<string>): string[] {
  const admitted = monthOf(admittedOn);
  return window.filter((m) => {
    if (m < admitted || exempt.has(m)) return false;
    if (periods === null) return true;
    const day = m > admittedOn ? m : admittedOn;
    return periods.some((p) => p.from <= day && (p.to === null || p.to > day));
  });
}

/** Fees unpaid for ≥ `threshold` of the months due in the window (see dueMonths: other months are not counted). */
export function feesRule(dueMonths: string[], paidMonths: string[], threshold: number): Flag | null {
  const paid = new Set(paidMonths);
  const months = dueMonths.filter((m) => !paid.has(m)).sort();
  return months.length >= threshold ? { rule: 'fees_unpaid', evidence: { months } } : null;
}

export interface EducationEvent {
  kind: 'educated' | 'progress';
  on: string;
}

/** Educated by the cell ≥ `months` ago with no progress recorded since. */
export function noProgressRule(events: EducationEvent[], today: string, months: number): Flag | null {
  const educated = events
    .filter((e) => e.kind === 'educated')
    .map((e) => e.on)
    .sort();
  const last = educated[educated.length - 1];
  if (!last) return null;
  const progressed = events.some((e) => e.kind === 'progress' && e.on >= last);
  if (progressed || addMonths(last, months) > today) return null;
  return { rule: 'no_progress_after_education', evidence: { educatedOn: last, since: months } };
}

/** Two consecutive yearly ratings of not_completed (breached membership standards two years running). */
export function standardsRule(ratings: { year: number; level: string }[]): Flag | null {
  const failed = new Set(ratings.filter((r) => r.level === 'not_completed').map((r) => r.year));
  const years = [...failed].sort((a, b) => b - a).find((y) => failed.has(y - 1));
  return years === undefined ? null : { rule: 'standards_breached_twice', evidence: { years: [years - 1, years] } };
}

/** The 12 months of a screening window ending with the month before `today`'s month. */
export function windowMonths(today: string): string[] {
  const first = addMonths(`${today.slice(0, 7)}-01`, -12);
  return Array.from({ length: 12 }, (_, i) => addMonths(first, i));
}

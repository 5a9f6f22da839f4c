// Screening rules for the removal of names (Quy định 294/2025 on xóa tên). The system flags; people decide.
import { addMonths } from '../calendar/dates.js';

export type ScreeningRule = 'absent_without_reason' | 'fees_unpaid' | 'no_progress_after_education' | 'standards_breached_twice';
export const SCREENING_RULES: ScreeningRule[] = ['absent_without_reason', 'fees_unpaid', 'no_progress_after_education', 'standards_breached_twice'];

export interface Flag { rule: ScreeningRule; evidence: Record<string, unknown> }

/** Absent without reason in ≥ `threshold` distinct months of the window. */
export function absenceRule(unexcusedMonths: string[], threshold: number): Flag | null {
  const months = [...new Set(unexcusedMonths)].sort();
  return months.length >= threshold ? { rule: 'absent_without_reason', evidence: { months } } : null;
}

/** Fees unpaid for ≥ `threshold` of the months due in the window (months before joining the cell are not due). */
export function feesRule(dueMonths: string[], paidMonths: string[], threshold: number): Flag | null {
  const paid = new Set(paidMonths);
  const months = dueMonths.filter((m) => !paid.has(m)).sort();
  return months.length >= threshold ? { rule: 'fees_unpaid', evidence: { months } } : null;
}

export interface EducationEvent { kind: 'educated' | 'progress'; on: string }

/** Educated by the cell ≥ `months` ago with no progress recorded since. */
export function noProgressRule(events: EducationEvent[], today: string, months: number): Flag | null {
  const educated = events.filter((e) => e.kind === 'educated').map((e) => e.on).sort();
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

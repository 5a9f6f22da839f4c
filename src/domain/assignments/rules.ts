// Pure rules of "phụ trách" (being in charge): periods, the member's area, coverage and problem age.
import { isWithin } from '../access/scope.js';

/** A period [from, to): `to` is exclusive, null means still running. Dates are YYYY-MM-DD. */
export interface Period {
  from: string;
  to: string | null;
}

export function periodsOverlap(a: Period, b: Period): boolean {
  return (a.to === null || b.from < a.to) && (b.to === null || a.from < b.to);
}

export function isCurrent(p: Period, day: string): boolean {
  return p.from <= day && (p.to === null || day < p.to);
}

/** The first existing period that overlaps `next` (one person in charge of a target at a time). */
export function findOverlap<T extends Period>(existing: readonly T[], next: Period): T | undefined {
  return existing.find((p) => periodsOverlap(p, next));
}

/**
 * A member's area is the commune (grassroots committee) their cell belongs to: a household lies in it when
 * the household's commune is the member's cell or one of its ancestors.
 */
export function householdInMemberArea(memberCellPath: string, householdCommunePath: string): boolean {
  return isWithin(memberCellPath, householdCommunePath);
}

/** A unit can be put in someone's charge only by a member of the committee of one of its ancestors. */
export function seatAboveUnit(seatUnitPaths: readonly string[], unitPath: string): boolean {
  return seatUnitPaths.some((p) => p !== unitPath && isWithin(unitPath, p));
}

/** Whole days from `from` to `to` (both YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type AgeBand = 'under_30' | '30_to_90' | 'over_90';

/** How long an open problem has waited, for the open-problem list. */
export function problemAgeBand(days: number): AgeBand {
  if (days < 30) return 'under_30';
  return days <= 90 ? '30_to_90' : 'over_90';
}

export const PROBLEM_CATEGORIES = [
  'livelihood',
  'land',
  'site_clearance',
  'environment',
  'infrastructure',
  'security_order',
  'social_policy',
  'party_building',
  'other',
] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];
export const PROBLEM_STATUSES = ['open', 'in_progress', 'solved'] as const;

// A flag the cell has reviewed (dismissed, or turned into a removal proposal) stays reviewed for the facts it
// rested on: later runs do not raise it again for the same member, rule and evidence period. New facts (a month,
// a year or an education not covered by a review) raise it again. The system flags; people decide once.
import type { Flag } from './rules.js';

/**
 * The evidence period of a flag, as the facts it rests on: the months of absence or unpaid fees, the years of
 * the two not_completed ratings, or the date the member was educated. Each key is one fact.
 */
export function evidencePeriod(flag: Pick<Flag, 'rule' | 'evidence'>): string[] {
  const e = flag.evidence as { months?: unknown; years?: unknown; educatedOn?: unknown };
  switch (flag.rule) {
    case 'absent_without_reason':
    case 'fees_unpaid':
      return Array.isArray(e.months) ? e.months.map(String) : [];
    case 'standards_breached_twice':
      return Array.isArray(e.years) ? e.years.map(String) : [];
    case 'no_progress_after_education':
      return typeof e.educatedOn === 'string' ? [`educated:${e.educatedOn}`] : [];
  }
}

export interface ReviewedFlag {
  memberId: number;
  rule: string;
  evidence: unknown;
}

/** Reviewed periods by `memberId:rule`: the union of the facts each review covered. */
export function reviewedPeriods(reviewed: ReviewedFlag[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of reviewed) {
    const key = `${r.memberId}:${r.rule}`;
    const set = out.get(key) ?? new Set<string>();
    for (const k of evidencePeriod({ rule: r.rule as Flag['rule'], evidence: (r.evidence ?? {}) as Record<string, unknown> })) set.add(k);
    out.set(key, set);
  }
  return out;
}

/** True when every fact of the flag was already covered by a review of the same member and rule. */
export function alreadyReviewed(memberId: number, flag: Flag, periods: Map<string, Set<string>>): boolean {
  const covered = periods.get(`${memberId}:${flag.rule}`);
  if (!covered) return false;
  const facts = evidencePeriod(flag);
  return facts.length > 0 && facts.every((k) => covered.has(k));
}

/** Splits what a run found into flags to raise and flags whose period was already reviewed. */
export function withoutReviewed<T extends { memberId: number; flag: Flag }>(found: T[], reviewed: ReviewedFlag[]) {
  const periods = reviewedPeriods(reviewed);
  const raise: T[] = [];
  const suppressed: T[] = [];
  for (const f of found) (alreadyReviewed(f.memberId, f.flag, periods) ? suppressed : raise).push(f);
  return { raise, suppressed };
}

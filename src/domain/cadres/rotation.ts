// Pure rules of the cadre rotation register: statistics per year and kind, and whom to watch.
export const ROTATION_KINDS = [
  'department_to_commune',
  'commune_to_commune',
  'commune_to_department',
  'department_to_department',
  'other',
] as const;
export type RotationKind = (typeof ROTATION_KINDS)[number];

export interface RotationFact {
  kind: RotationKind;
  effectiveOn: string;
}

/** Counts per year and kind, years ascending, every kind present (zero when none). */
export function rotationStats(rows: readonly RotationFact[]): { year: number; counts: Record<RotationKind, number>; total: number }[] {
  const byYear = new Map<number, Record<RotationKind, number>>();
  for (const r of rows) {
    const year = Number(r.effectiveOn.slice(0, 4));
    const counts = byYear.get(year) ?? (Object.fromEntries(ROTATION_KINDS.map((k) => [k, 0])) as Record<RotationKind, number>);
    counts[r.kind]++;
    byYear.set(year, counts);
  }
  return [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, counts]) => ({ year, counts, total: Object.values(counts).reduce((s, n) => s + n, 0) }));
}

export type WatchState = 'overdue' | 'due_soon' | 'later' | 'no_date';

/** A rotated cadre's next review: overdue, due within `soonDays`, later, or never set. */
export function watchState(nextReviewOn: string | null, today: string, soonDays = 30): WatchState {
  if (!nextReviewOn) return 'no_date';
  if (nextReviewOn < today) return 'overdue';
  const soon = new Date(Date.parse(`${today}T00:00:00Z`) + soonDays * 86_400_000).toISOString().slice(0, 10);
  return nextReviewOn <= soon ? 'due_soon' : 'later';
}

// Data quality of a unit's records, "correct, complete, clean and live": completeness of each field,
// probable duplicates, stale records, members without a cell. Pure: counts come in, ratios and a
// ranking (worst first) go out.

/** The optional or often-missing fields whose completeness is measured. */
export const QUALITY_FIELDS = [
  'partyCardNo',
  'phone',
  'theoryLevel',
  'occupation',
  'officialOn',
  'hometown',
  'residence',
  'citizenId',
] as const;
export type QualityField = (typeof QUALITY_FIELDS)[number];

/** A record not updated for this many months counts as stale [U]: a setting, not a regulation. */
export const DEFAULT_STALE_MONTHS = 24;

export interface UnitCounts {
  unitId: number;
  name: string;
  members: number;
  filled: Record<QualityField, number>;
  /** Members to whom the field applies (officialOn: official members only); defaults to members. */
  applicable?: Partial<Record<QualityField, number>>;
  duplicates: number;
  stale: number;
  withoutCell: number;
}

export interface UnitQuality extends UnitCounts {
  completeness: Record<QualityField, number>;
  /** 0–100: mean completeness, less the share of duplicate, stale and cell-less records. */
  score: number;
}

const pct = (n: number, d: number) => (d === 0 ? 100 : Math.round((1000 * n) / d) / 10);

export function qualityOf(c: UnitCounts): UnitQuality {
  const completeness = Object.fromEntries(QUALITY_FIELDS.map((f) => [f, pct(c.filled[f], c.applicable?.[f] ?? c.members)])) as Record<
    QualityField,
    number
  >;
  const mean = QUALITY_FIELDS.reduce((s, f) => s + completeness[f], 0) / QUALITY_FIELDS.length;
  const problems = c.members === 0 ? 0 : (100 * (c.duplicates + c.stale + c.withoutCell)) / c.members;
  const score = Math.max(0, Math.round(10 * (mean - problems / 3)) / 10);
  return { ...c, completeness, score };
}

/** Worst units first; ties by name in Vietnamese order. */
export function rankWorstFirst(units: UnitCounts[]): UnitQuality[] {
  const collator = new Intl.Collator('vi');
  return units.map(qualityOf).sort((a, b) => a.score - b.score || collator.compare(a.name, b.name));
}

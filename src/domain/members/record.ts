// Pure checks of a member record that a JSON schema cannot express (dates relative to each other).
import { addMonths } from '../calendar/dates.js';

/** Probation lasts twelve months from admission (Party Charter, Article 5). */
export const PROBATION_MONTHS = 12;

/** The earliest official date for a member admitted on `admittedOn`: twelve calendar months later. */
export function probationEnd(admittedOn: string): string {
  return addMonths(admittedOn, PROBATION_MONTHS);
}
export const MEMBER_STATUSES = [
  'probationary',
  'official',
  'exempted',
  'temporarily_exempted',
  'suspended',
  'transferred_out',
  'removed',
  'expelled',
  'deceased',
] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** Members who still take part in a cell's life: counted in totals, they block a dissolve. */
export const ACTIVE_STATUSES = [
  'probationary',
  'official',
  'exempted',
  'temporarily_exempted',
  'suspended',
] as const satisfies readonly MemberStatus[];
/** Members who can be given work, a household or a seat: official and probationary. */
export const SERVING_STATUSES = ['official', 'probationary'] as const satisfies readonly MemberStatus[];
export const isServing = (status: string): boolean => (SERVING_STATUSES as readonly string[]).includes(status);

export const AGE_BANDS = ['18-30', '31-40', '41-50', '51-60', '61-70', '71+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export interface RecordDates {
  birthDate: string;
  admittedOn: string;
  officialOn: string | null;
  status: MemberStatus;
}

export interface RecordProblem {
  field: keyof RecordDates;
  code:
    | 'date_in_future'
    | 'too_young_at_admission'
    | 'official_before_admitted'
    | 'official_before_probation_end'
    | 'official_date_required';
  /** For official_before_probation_end: the earliest official date (ISO). */
  params?: { earliest: string };
}

/** Whole years between two ISO dates (birthdays count only once reached). */
export function ageOn(birth: string, on: string): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function checkRecordDates(r: RecordDates, today: string): RecordProblem[] {
  const out: RecordProblem[] = [];
  if (r.birthDate > today) out.push({ field: 'birthDate', code: 'date_in_future' });
  if (r.admittedOn > today) out.push({ field: 'admittedOn', code: 'date_in_future' });
  if (ageOn(r.birthDate, r.admittedOn) < 18) out.push({ field: 'admittedOn', code: 'too_young_at_admission' });
  if (r.officialOn !== null) {
    if (r.officialOn > today) out.push({ field: 'officialOn', code: 'date_in_future' });
    if (r.officialOn <= r.admittedOn) out.push({ field: 'officialOn', code: 'official_before_admitted' });
    else if (r.officialOn < probationEnd(r.admittedOn)) {
      out.push({ field: 'officialOn', code: 'official_before_probation_end', params: { earliest: probationEnd(r.admittedOn) } });
    }
  } else if (r.status === 'official') {
    out.push({ field: 'officialOn', code: 'official_date_required' });
  }
  return out;
}

/** The birth-date range [from, to] (inclusive) of people whose age on `today` falls in the band. */
export function birthRangeForAgeBand(band: AgeBand, today: string): { from: string | null; to: string } {
  const [lo, hi] = band === '71+' ? [71, null] : (band.split('-').map(Number) as [number, number]);
  const shift = (years: number, days = 0) => {
    const d = new Date(`${today}T00:00:00Z`);
    d.setUTCFullYear(d.getUTCFullYear() - years);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  // Age ≥ lo ⇔ born on or before today − lo years; age ≤ hi ⇔ born after today − (hi + 1) years.
  return { to: shift(lo), from: hi === null ? null : shift(hi + 1, 1) };
}

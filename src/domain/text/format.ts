// One way to write numbers and dates in everything the server produces (messages, PDF, .xlsx), per language:
//   vi: 108.419 · 82,25 · 90,7% · 03/12/2027 · 03/12/2027 14:05
//   en: 108,419 · 82.25 · 90.7% · 03/12/2027 · 03/12/2027 14:05
// Dates are day/month/year in both languages (the registry's documents and screens use it; an English reader
// of a Vietnamese registry meets the same dates as on the paper records). Instants are shown in Vietnam time
// (UTC+7 all year). The web app's web/src/format.ts follows the same rules.
export type FormatLocale = 'vi' | 'en';

const SEPARATORS: Record<FormatLocale, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** Fixed-point text with the locale's separators; `digits` decimals (rounded half away from zero). */
function fixed(n: number, locale: FormatLocale, digits: number): string {
  if (!Number.isFinite(n)) return String(n);
  const { group, decimal } = SEPARATORS[locale] ?? SEPARATORS.vi;
  const sign = n < 0 ? '-' : '';
  // toFixed on the magnitude; the epsilon keeps 82.245 (stored as 82.24499…) rounding the way people expect.
  const [int = '0', frac] = (Math.abs(n) + Number.EPSILON * Math.abs(n)).toFixed(digits).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const text = frac ? `${grouped}${decimal}${frac}` : grouped;
  return /[1-9]/.test(text) ? sign + text : text;
}

/** A count or amount: thousands grouped, no decimals unless the number has some (then up to 3). */
export function formatNumber(n: number, locale: FormatLocale): string {
  if (Number.isInteger(n)) return fixed(n, locale, 0);
  return fixed(n, locale, 3).replace(/[.,]?0+$/, '');
}

/** A measured value such as a score: exactly `digits` decimals (82,25 · 82,50). */
export function formatDecimal(n: number, locale: FormatLocale, digits = 2): string {
  return fixed(n, locale, digits);
}

/** A share (0.907) as a percentage with `digits` decimals: "90,7%" / "90.7%". */
export function formatPercent(share: number, locale: FormatLocale, digits = 1): string {
  return `${fixed(share * 100, locale, digits)}%`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$/;

/** True for a calendar date 'YYYY-MM-DD' or an instant with its offset ('2026-12-04T03:00:00.000Z'). */
export const isIsoDate = (s: string) => ISO_DATE.test(s);
export const isIsoInstant = (s: string) => ISO_INSTANT.test(s);

/** The fields of an instant in Vietnam time. */
function vietnamParts(at: Date) {
  const iso = new Date(at.getTime() + 7 * 3600_000).toISOString();
  return { y: iso.slice(0, 4), m: iso.slice(5, 7), d: iso.slice(8, 10), hh: iso.slice(11, 13), mm: iso.slice(14, 16) };
}

/**
 * A calendar date as dd/mm/yyyy. Takes 'YYYY-MM-DD' (a date column: no time zone involved), an ISO instant or a
 * Date (their day in Vietnam). Empty for null; anything else is returned unchanged rather than guessed at.
 */
export function formatDate(value: string | Date | null | undefined, _locale: FormatLocale = 'vi'): string {
  if (value === null || value === undefined || value === '') return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    const p = vietnamParts(value);
    return `${p.d}/${p.m}/${p.y}`;
  }
  const day = ISO_DATE.exec(value);
  if (day) return `${day[3]}/${day[2]}/${day[1]}`;
  if (ISO_INSTANT.test(value)) return formatDate(new Date(value));
  // A local date-time without an offset ('2026-12-04 10:00:00'): its calendar day as written.
  const local = /^(\d{4})-(\d{2})-(\d{2})[T ]\d{2}:\d{2}/.exec(value);
  if (local) return `${local[3]}/${local[2]}/${local[1]}`;
  return value;
}

/** An instant as 'dd/mm/yyyy HH:mm' in Vietnam time (24-hour clock in both languages). */
export function formatDateTime(value: string | Date | null | undefined, _locale: FormatLocale = 'vi'): string {
  if (value === null || value === undefined || value === '') return '';
  const at = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(at.getTime())) return typeof value === 'string' ? value : '';
  const p = vietnamParts(at);
  return `${p.d}/${p.m}/${p.y} ${p.hh}:${p.mm}`;
}

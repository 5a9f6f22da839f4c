// Dates are ISO 'YYYY-MM-DD' on the wire and dd/mm/yyyy on screen; instants are shown in Vietnam time.
// Numbers follow the app's current language, with the server's rules (src/domain/text/format.ts, shared so that a
// page, a PDF and an .xlsx write the same figure the same way): vi 108.419 · 82,25 · 90,7%; en 108,419 · 82.25 · 90.7%.
import dayjs, { type Dayjs } from 'dayjs';
import i18next from 'i18next';
import {
  formatDate,
  formatDateTime,
  formatDecimal,
  formatNumber,
  formatPercent,
  isIsoDate,
  isIsoInstant,
  type FormatLocale,
} from '../../src/domain/text/format.js';

export const DATE_FORMAT = 'DD/MM/YYYY';

/** 'YYYY-MM-DD' (or an instant: its day in Vietnam) as dd/mm/yyyy. */
export function fmtDate(iso: string | null | undefined): string {
  return formatDate(iso);
}

/** An instant as dd/mm/yyyy HH:mm in Vietnam time. */
export function fmtDateTime(iso: string | null | undefined): string {
  return formatDateTime(iso);
}

/** Today's date in Vietnam, where the registry's calendar dates live (the server uses the same rule). */
export function todayIso(now = Date.now()): string {
  return new Date(now + 7 * 3600_000).toISOString().slice(0, 10);
}

export const toDayjs = (iso: string | null | undefined): Dayjs | null => (iso ? dayjs(iso, 'YYYY-MM-DD') : null);
export const toIso = (d: Dayjs | null | undefined): string | null => (d ? d.format('YYYY-MM-DD') : null);

/** The language numbers are written in: the one given, else the app's current one. */
export const numberLocale = (lang?: string): FormatLocale => ((lang ?? i18next.language) === 'en' ? 'en' : 'vi');

/** A count or amount: 108.419 / 108,419. */
export const fmtNumber = (n: number | null | undefined, lang?: string): string =>
  n === null || n === undefined ? '' : formatNumber(n, numberLocale(lang));
/** A share (0.907) as a percentage: 90,7% / 90.7%. */
export const fmtPercent = (share: number | null | undefined, digits = 1, lang?: string): string =>
  share === null || share === undefined ? '' : formatPercent(share, numberLocale(lang), digits);
/** A measured value such as a score, with fixed decimals: 82,25 / 82.25. */
export const fmtDecimal = (n: number | null | undefined, digits = 2, lang?: string): string =>
  n === null || n === undefined ? '' : formatDecimal(n, numberLocale(lang), digits);

/** The decimal separator of the language, for number inputs (82,25 / 82.25). */
export const decimalSeparator = (lang?: string) => (numberLocale(lang) === 'vi' ? ',' : '.');

export const fmtCount = (n: number, lang?: string) => fmtNumber(n, lang);

// Parameters of a sentence that are years, record numbers or echoed input: printed as given ("năm 2026", not "2.026").
const VERBATIM = new Set(['year', 'id', 'no', 'value', 'code']);

/**
 * A value as i18next puts it into a sentence ({{n}}): numbers in the language's format, ISO dates and instants as
 * dd/mm/yyyy (HH:mm), so a page passing a raw figure or date still reads right.
 */
export function interpolatedValue(value: unknown, key: string, lang?: string): unknown {
  if (VERBATIM.has(key)) return value;
  if (typeof value === 'number') return fmtNumber(value, lang);
  if (typeof value === 'string' && isIsoDate(value)) return fmtDate(value);
  if (typeof value === 'string' && isIsoInstant(value)) return fmtDateTime(value);
  return value;
}

// How a compared value reads to a person: coded values (gender) in words, dates as dd/mm/yyyy. The stored
// differences keep the codes, since an accepted difference is written into the member record as it is.
import type { ComparedField } from '../../../domain/reconciliation/match.js';
import { translate, type Locale } from '../../../shared/i18n.js';

const CODED: Partial<Record<ComparedField, string>> = { gender: 'words.gender' };
const DATES = new Set<ComparedField>(['birthDate', 'admittedOn', 'officialOn']);

export function valueText(locale: Locale, field: ComparedField, value: string | null): string | null {
  if (value === null || value === '') return value;
  const ns = CODED[field];
  if (ns) {
    const key = `${ns}.${value}`;
    const text = translate(locale, key);
    return text === key ? value : text;
  }
  if (DATES.has(field) && /^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value.slice(8, 10)}/${value.slice(5, 7)}/${value.slice(0, 4)}`;
  return value;
}

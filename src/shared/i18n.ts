// Server-side messages (errors, CLI output). The web app has its own catalogs in web/src/i18n.
// Catalogs are src/i18n/<module>.<locale>.json, deep-merged: each module owns its own file.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatDate, formatDateTime, formatNumber, isIsoDate, isIsoInstant } from '../domain/text/format.js';

export type Locale = 'vi' | 'en';
type Catalog = { [key: string]: string | Catalog };

function merge(into: Catalog, from: Catalog): Catalog {
  for (const [k, v] of Object.entries(from)) {
    const cur = into[k];
    into[k] = typeof v === 'object' && typeof cur === 'object' ? merge(cur, v) : v;
  }
  return into;
}

function loadCatalog(locale: Locale): Catalog {
  const dir = fileURLToPath(new URL('../i18n/', import.meta.url));
  return readdirSync(dir)
    .filter((f) => f.endsWith(`.${locale}.json`))
    .sort()
    .reduce<Catalog>((acc, f) => merge(acc, JSON.parse(readFileSync(dir + f, 'utf8')) as Catalog), {});
}

const catalogs: Record<Locale, Catalog> = { vi: loadCatalog('vi'), en: loadCatalog('en') };

export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const raw = lookup(catalogs[locale], key) ?? lookup(catalogs.vi, key) ?? key;
  return raw.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = params[name];
    if (name === 'entity' && typeof value === 'string') return lookup(catalogs[locale], `entities.${value}`) ?? value;
    // Unit kinds in messages read as words ("chi bộ trực thuộc"), not codes ("cell").
    if ((name === 'kind' || name === 'parentKind') && typeof value === 'string')
      return lookup(catalogs[locale], `unitKinds.${value}`) ?? value;
    return show(locale, name, value);
  });
}

// Parameters that are identifiers or raw input, printed as given: a record number is not a quantity ("bản ghi
// số 12345", port 5432), and a rejected value is echoed exactly as the user typed it.
const VERBATIM = new Set(['value', 'id', 'headId', 'job', 'given', 'port', 'code', 'citizenId', 'cardNo', 'card', 'username', 'password']);

/**
 * A parameter as text in the locale's format (src/domain/text/format.ts): numbers grouped (108.419 / 108,419), calendar
 * dates and instants as dd/mm/yyyy (with the Vietnam time for instants), so a call site passes raw values.
 */
function show(locale: Locale, name: string, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (VERBATIM.has(name)) return String(value);
  if (value instanceof Date) return formatDateTime(value, locale);
  if (typeof value === 'number') return formatNumber(value, locale);
  if (typeof value === 'string' && isIsoDate(value)) return formatDate(value, locale);
  if (typeof value === 'string' && isIsoInstant(value)) return formatDateTime(value, locale);
  return String(value);
}

function lookup(catalog: Catalog, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The language of a process's own messages (start-up, CLI), from the POSIX locale: LC_ALL, then
 * LC_MESSAGES, then LANG; English when it starts with "en", Vietnamese otherwise.
 */
export function processLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return value.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

export function pickLocale(acceptLanguage: string | undefined, fallback: Locale = 'vi'): Locale {
  if (!acceptLanguage) return fallback;
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  if (first.startsWith('en')) return 'en';
  if (first.startsWith('vi')) return 'vi';
  return fallback;
}

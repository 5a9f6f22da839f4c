// Server-side messages (errors, CLI output). The web app has its own catalogs in web/src/i18n.
import vi from '../i18n/vi.json' with { type: 'json' };
import en from '../i18n/en.json' with { type: 'json' };

export type Locale = 'vi' | 'en';
type Catalog = { [key: string]: string | Catalog };
const catalogs: Record<Locale, Catalog> = { vi, en };

export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  const raw = lookup(catalogs[locale], key) ?? lookup(catalogs.vi, key) ?? key;
  return raw.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = params[name];
    if (name === 'entity' && typeof value === 'string') return lookup(catalogs[locale], `entities.${value}`) ?? value;
    return value === undefined ? '' : String(value);
  });
}

function lookup(catalog: Catalog, key: string): string | undefined {
  let node: string | Catalog | undefined = catalog;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function pickLocale(acceptLanguage: string | undefined, fallback: Locale = 'vi'): Locale {
  if (!acceptLanguage) return fallback;
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  if (first.startsWith('en')) return 'en';
  if (first.startsWith('vi')) return 'vi';
  return fallback;
}

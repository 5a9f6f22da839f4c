import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { pickLocale, translate } from './i18n.js';

type Tree = { [k: string]: string | Tree };
const keys = (t: Tree, prefix = ''): string[] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));

describe('server messages', () => {
  it('has every Vietnamese key in English too, and the reverse', () => {
    const dir = new URL('../i18n/', import.meta.url);
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.vi.json'))) {
      const vi = keys(JSON.parse(readFileSync(new URL(f, dir), 'utf8')));
      const en = keys(JSON.parse(readFileSync(new URL(f.replace('.vi.', '.en.'), dir), 'utf8')));
      expect(en.sort(), f).toEqual(vi.sort());
    }
  });
  it("never lets one module's text silently replace another's: a key two catalogs share has one text", () => {
    const dir = new URL('../i18n/', import.meta.url);
    for (const locale of ['vi', 'en']) {
      const seen = new Map<string, { text: string; file: string }>();
      for (const f of readdirSync(dir).filter((x) => x.endsWith(`.${locale}.json`))) {
        const flat = (t: Tree, prefix = ''): [string, string][] =>
          Object.entries(t).flatMap(([k, v]) =>
            typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flat(v, `${prefix}${k}.`),
          );
        for (const [key, text] of flat(JSON.parse(readFileSync(new URL(f, dir), 'utf8')))) {
          const before = seen.get(key);
          if (before) expect(text, `${key} in ${f} and ${before.file}`).toBe(before.text);
          else seen.set(key, { text, file: f });
        }
      }
    }
  });
  it('fills parameters and names entities in the language asked', () => {
    expect(translate('vi', 'errors.not_found', { entity: 'member' })).toBe('Không tìm thấy đảng viên, hoặc bạn không có quyền xem.');
    expect(translate('en', 'errors.not_found', { entity: 'member' })).toBe('The Party member was not found, or you may not see it.');
  });
  it('picks the locale from Accept-Language, Vietnamese by default', () => {
    expect(pickLocale('en-US,en;q=0.9')).toBe('en');
    expect(pickLocale(undefined)).toBe('vi');
    expect(pickLocale('fr')).toBe('vi');
  });
});

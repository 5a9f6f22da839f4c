// Every text of the web app exists in Vietnamese and in English, with the same keys, and none is empty.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';

type Tree = { [k: string]: string | Tree };
const entries = (t: Tree, prefix = ''): [string, string][] =>
  Object.entries(t).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : entries(v, `${prefix}${k}.`),
  );
const dir = new URL('../web/src/i18n/', import.meta.url);
const read = (f: string) => entries(JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as Tree);

describe('web texts', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('vi.json'));
  it('finds the catalogs', () => expect(files.length).toBeGreaterThan(3));
  it.each(files)('%s has the same keys in English, and no empty text', (vi) => {
    const v = read(vi);
    const e = read(vi.replace(/vi\.json$/, 'en.json'));
    expect(e.map(([k]) => k).sort()).toEqual(v.map(([k]) => k).sort());
    expect([...v, ...e].filter(([, text]) => text.trim() === '').map(([k]) => k)).toEqual([]);
  });
});

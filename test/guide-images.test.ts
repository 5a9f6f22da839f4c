// The user guides and docs/images agree: every picture a guide shows exists, every file in docs/images is shown
// by some guide (no orphans left behind after a re-shoot), and the Vietnamese and English guides show the same
// pictures. The pictures themselves come from e2e/screenshots.test.ts (SCREENSHOTS=1); no browser here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DOCS = join(ROOT, 'docs');
const IMAGES = join(DOCS, 'images');

const guides = [
  join(DOCS, 'user-guide.vi.md'),
  join(DOCS, 'user-guide.en.md'),
  ...readdirSync(join(DOCS, 'user-guide'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(DOCS, 'user-guide', f)),
];

/** The images a Markdown file shows (![alt](path)), as paths relative to the repository. */
function imagesOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/!\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)]
    .map((m) => m[1]!)
    .filter((p) => !/^[a-z]+:/i.test(p))
    .map((p) => relative(ROOT, resolve(dirname(file), p)));
}

const shown = new Map(guides.map((g) => [relative(ROOT, g), imagesOf(g)]));

test('every picture a guide shows exists', () => {
  const missing = [...shown].flatMap(([guide, images]) => images.filter((i) => !existsSync(join(ROOT, i))).map((i) => `${guide}: ${i}`));
  expect(missing).toEqual([]);
});

test('every file in docs/images is shown by a guide', () => {
  const used = new Set([...shown.values()].flat());
  const orphans = readdirSync(IMAGES)
    .map((f) => relative(ROOT, join(IMAGES, f)))
    .filter((f) => !used.has(f));
  expect(orphans).toEqual([]);
  expect(used.size).toBeGreaterThan(0);
});

test('the Vietnamese and English guides show the same pictures', () => {
  const pairs = [...shown.keys()].filter((g) => g.endsWith('.vi.md')).map((vi) => [vi, vi.replace(/\.vi\.md$/, '.en.md')] as const);
  expect(pairs.length).toBeGreaterThan(0);
  for (const [vi, en] of pairs) {
    expect({ guide: en, images: [...new Set(shown.get(en) ?? [])].sort() }).toEqual({
      guide: en,
      images: [...new Set(shown.get(vi))].sort(),
    });
  }
});

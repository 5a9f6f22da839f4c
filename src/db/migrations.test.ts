// Migrations run in file order on every database: numbers are unique and increase by one, so two pieces of work
// that chose the same number, or a skipped one, are caught before they land.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// 0010 was never written (work numbered 0011 landed first); databases in use have 0011 applied, so the gap stays.
const KNOWN_GAPS = [10];

describe('migration files', () => {
  it('are NNNN_name.sql, numbered without repeats or new gaps', () => {
    const files = readdirSync(fileURLToPath(new URL('./migrations/', import.meta.url)))
      .filter((f) => f.endsWith('.sql'))
      .sort();
    expect(files.every((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))).toBe(true);
    const numbers = files.map((f) => Number(f.slice(0, 4)));
    const expected = Array.from({ length: numbers.at(-1)! }, (_, i) => i + 1).filter((n) => !KNOWN_GAPS.includes(n));
    expect(numbers).toEqual(expected);
  });
});

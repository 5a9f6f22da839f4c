// Biome (biome.json), its formatter and its linter, over the server, the web app, tests and benchmarks, inside
// `npm test`, so unformatted code or a lint error fails the run CI counts. `npx biome format --write .` formats.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

describe('lint', () => {
  it('biome finds no error', () => {
    const r = spawnSync('node_modules/.bin/biome', ['ci', '--colors=off', '--diagnostic-level=error', '.'], {
      encoding: 'utf8',
    });
    const output = `${r.stdout}${r.stderr}`;
    expect(r.status, output.slice(0, 4000)).toBe(0);
  }, 120_000);
});

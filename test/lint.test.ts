// Biome's linter (biome.json) over the server, the web app, tests and benchmarks, inside `npm test`, so a lint
// error fails the run CI counts. The formatter joins once the one reformatting commit has landed (see
// docs/decisions.md, "Habits").
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

describe('lint', () => {
  it('biome finds no error', () => {
    const r = spawnSync('node_modules/.bin/biome', ['ci', '--formatter-enabled=false', '--colors=off', '--diagnostic-level=error', '.'], { encoding: 'utf8' });
    const output = `${r.stdout}${r.stderr}`;
    expect(r.status, output.slice(0, 4000)).toBe(0);
  }, 120_000);
});

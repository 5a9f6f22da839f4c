// `tsc` over the server and the web app, inside `npm test`, so a type error (including a hand-written table
// type that drifted from the migrations, see src/db/schema-check.ts) fails the run CI counts.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

function tsc(project: string) {
  const r = spawnSync('node_modules/.bin/tsc', ['--noEmit', '-p', project], { encoding: 'utf8' });
  return { status: r.status, output: `${r.stdout}${r.stderr}`.trim() };
}

describe('typecheck', () => {
  it.each(['tsconfig.json', 'web/tsconfig.json'])(
    '%s has no type error',
    (project) => {
      const r = tsc(project);
      expect(r.output).toBe('');
      expect(r.status).toBe(0);
    },
    180_000,
  );
});

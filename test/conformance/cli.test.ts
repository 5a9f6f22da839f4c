// Runs the real `grassroots rules evaluate` command: it needs no database and prints the engine's JSON.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCaseFile } from '../../src/modules/assessments/reviews/cli.js';

const ROOT = join(import.meta.dirname, '..', '..');
const run = (file: string) =>
  spawnSync(process.execPath, ['bin/grassroots.js', 'rules', 'evaluate', file], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    // no database settings: the command must not open one
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
  });

describe('grassroots rules evaluate', () => {
  it('prints the evaluation and the quota check as JSON, exit status 0', () => {
    const file = join(import.meta.dirname, 'cases', '48-quota-4-good-0-excellent.case.json');
    const r = run(file);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { ruleSet: string; subjects: { id: string; allowed: string }[]; quota: unknown[] };
    expect(out.ruleSet).toBe('reg366-2025');
    expect(out.subjects.map((s) => [s.id, s.allowed])).toContainEqual(['exc1', 'excellent']);
    expect(out.quota).toEqual([{ groupId: 'g', good: 4, excellent: 1, allowed: 0, mustMove: 1 }]);
    const same = evaluateCaseFile(file);
    expect(same.ok && same.result).toEqual(out);
  });

  it('refuses bad input with a clear message per field and a non-zero exit status', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rules-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        ruleSet: 'reg366-2025',
        subjects: [
          {
            id: 'a',
            facts: {
              kind: 'member',
              points: { general: 40, tasks: 50 },
              tasks: { total: 0, onTime: 0, late: 0, exceeded: 0, notDone: 0, keyMissed: 0 },
            },
          },
        ],
      }),
    );
    const r = run(bad);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('subjects[0].facts.points.general');
    expect(r.stderr).toContain('General criteria points must be 0 to 30');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "ruleSet": ');
    const b = run(broken);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('not valid JSON');
    const missing = run(join(dir, 'nope.json'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read the file');
  });
});

// The conformance cases of the assessment rule engine: each NN-name.case.json is evaluated by
// the same function as `grassroots rules evaluate` and compared with the hand-written NN-name.expected.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCaseFile } from '../../src/modules/assessments/reviews/cli.js';
import type { SubjectResult } from '../../src/domain/assessment/index.js';

const DIR = join(import.meta.dirname, 'cases');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.case.json'))
  .sort();

interface Expected {
  errors?: string[];
  subjects?: (Partial<Omit<SubjectResult, 'reasons'>> & { id: string; reasons?: string[] })[];
  quota?: unknown[];
}

describe('assessment conformance cases', () => {
  it('ships at least 40 cases, each with its expected result', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    for (const f of files) expect(readdirSync(DIR)).toContain(f.replace('.case.json', '.expected.json'));
  });

  for (const file of files) {
    const expected = JSON.parse(readFileSync(join(DIR, file.replace('.case.json', '.expected.json')), 'utf8')) as Expected;
    const description = (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as { description: string }).description;
    it(`${file}: ${description}`, () => {
      const r = evaluateCaseFile(join(DIR, file));
      if (expected.errors) {
        expect(r.ok).toBe(false);
        if (r.ok) return;
        expect(r.errors.map((e) => e.path).sort()).toEqual([...expected.errors].sort());
        for (const e of r.errors) expect(e.message.length).toBeGreaterThan(5);
        return;
      }
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      for (const want of expected.subjects ?? []) {
        const got = r.result.subjects.find((s) => s.id === want.id);
        expect(got, want.id).toBeDefined();
        if (!got) continue;
        const { reasons, choice, ...rest } = want;
        expect(got, want.id).toMatchObject({ notRated: null, ...rest });
        if (reasons) expect(got.reasons.map((x) => x.ruleId).sort(), want.id).toEqual([...reasons].sort());
        if (choice) expect(got.choice, want.id).toMatchObject(choice);
        else expect(got.choice, want.id).toBeUndefined();
      }
      if (expected.quota) expect(r.result.quota).toEqual(expected.quota);
      for (const s of r.result.subjects) {
        for (const x of s.reasons) {
          expect(x.vi.length).toBeGreaterThan(10);
          expect(x.en.length).toBeGreaterThan(10);
          expect(x.source.length).toBeGreaterThan(10);
        }
      }
    });
  }
});

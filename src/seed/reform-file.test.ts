// The example plan file in docs/ is the demo's recorded 2025 reorganization, and the reorganization upload
// reads it without a single row error, back into the very operations the seed recorded.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../modules/foundation/reorg/plan-file.js';
import { planProvince } from './plan.js';
import { EXAMPLE_FILE, planCsv } from './reform-file.js';

describe('the example plan file', () => {
  const plan = planProvince({ profile: 'province' });
  const ops = plan.reform!.ops;

  it('is generated from the same data as the seed (regenerate: UPDATE_EXAMPLES=1 npx vitest run src/seed/reform-file.test.ts)', () => {
    if (process.env.UPDATE_EXAMPLES === '1') writeFileSync(EXAMPLE_FILE, planCsv(ops));
    expect(readFileSync(EXAMPLE_FILE, 'utf8')).toBe(planCsv(ops));
  });

  it('parses with the reorganization module’s reader, without errors, into the recorded operations', async () => {
    const { ops: read, errors } = await readPlanFile(readFileSync(EXAMPLE_FILE), 'reorg-plan.csv');
    expect(errors).toEqual([]);
    expect(read).toEqual(ops);
  });
});

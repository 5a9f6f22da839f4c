// The demo data of this module (src/seed/extend-assessments.ts) on the small profile: a decided last year
// within the quota with plans for not_completed, and a current cycle at mixed steps.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../../../../test/db.js';
import { seedDemo } from '../../../seed/index.js';
import { checkQuota, type Level } from '../../../domain/assessment/index.js';

let t: TestDb;
beforeAll(async () => {
  t = await freshDb();
  t.pool.on('error', () => {});
  await seedDemo(t.pool, { profile: 'small' });
});
afterAll(async () => {
  await t?.drop();
});

const rows = async <T>(q: string) => (await t.pool.query(q)).rows as T[];

describe('assessment demo data', () => {
  it('decides last year for everyone rated, mostly good, within the quota of each group', async () => {
    const levels = await rows<{ level: Level | null; step: string; n: string }>(
      `SELECT level, step, count(*) AS n FROM assessment_subject WHERE cycle_id = 1 AND not_rated_reason IS NULL GROUP BY 1, 2`,
    );
    expect(levels.every((r) => r.step === 'published' && r.level)).toBe(true);
    const by = Object.fromEntries(levels.map((r) => [r.level, Number(r.n)]));
    expect(by.good).toBeGreaterThan((by.excellent ?? 0) + (by.completed ?? 0) + (by.not_completed ?? 0));
    const groups = await rows<{ g: string; levels: Level[] }>(
      `SELECT quota_group AS g, array_agg(level::text) AS levels FROM assessment_subject WHERE cycle_id = 1 AND level IS NOT NULL GROUP BY 1`,
    );
    expect(checkQuota(groups.map((x) => ({ groupId: x.g, levels: x.levels }))).every((c) => c.mustMove === 0)).toBe(true);
  });

  it('gives every not_completed subject of last year a remediation plan', async () => {
    const missing = await rows(`SELECT s.id FROM assessment_subject s LEFT JOIN remediation_plan p ON p.subject_id = s.id
      WHERE s.level = 'not_completed' AND p.id IS NULL`);
    expect(missing).toEqual([]);
  });

  it('leaves this year in progress at mixed steps, with not-rated members shown with a reason', async () => {
    const steps = await rows<{ step: string }>(`SELECT DISTINCT step FROM assessment_subject WHERE cycle_id = 2`);
    expect(steps.length).toBeGreaterThanOrEqual(4);
    const notRated = await rows<{ n: string }>(
      `SELECT count(*) AS n FROM assessment_subject WHERE cycle_id = 2 AND not_rated_reason IS NOT NULL`,
    );
    expect(Number(notRated[0]!.n)).toBeGreaterThan(0);
  });
});

// The demo accounts on the seeded demo data, signed in through the real app: the ordinary member sees their
// own record only (the README's promise), even where the demo working group watches their cell.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { TODAY } from '../../../../test/fixture.js';
import { seedDemo } from '../../../seed/index.js';
import { DEMO_PASSWORD } from '../../../seed/users.js';

let t: TestApp;
let member: Session;
let memberId: number;

beforeAll(async () => {
  t = await startTestApp({ fixture: false });
  t.pool.on('error', () => {});
  const seeded = await seedDemo(t.pool, { profile: 'small', today: TODAY });
  memberId = seeded.demoUsers.find((u) => u.username === 'dangvien')!.memberId!;
  member = await t.login('dangvien', DEMO_PASSWORD);
});
afterAll(() => t.close());

describe('the demo member', () => {
  it('is in no working group', async () => {
    const { rows } = await t.pool.query('SELECT count(*) AS n FROM working_group_member WHERE member_id = $1', [memberId]);
    expect(Number(rows[0].n)).toBe(0);
  });

  it('reads their own assessment but not another member’s, even in the units the demo working group watches', async () => {
    const { rows } = await t.pool.query(`SELECT s.id, s.member_id FROM assessment_subject s JOIN org_unit u ON u.id = s.unit_id
      WHERE s.member_id IS NOT NULL AND EXISTS (SELECT 1 FROM working_group_unit w JOIN org_unit wu ON wu.id = w.unit_id WHERE u.path <@ wu.path)
      ORDER BY s.id`);
    const others = rows.filter((r) => Number(r.member_id) !== memberId);
    expect(others.length).toBeGreaterThan(0);
    for (const s of others.slice(0, 5)) {
      const res = await t.call(member, 'GET', `/api/assessment-subjects/${s.id}`);
      expect([403, 404], `subject ${s.id}`).toContain(res.statusCode);
      expect([403, 404]).toContain((await t.call(member, 'GET', `/api/assessment-subjects/${s.id}/remarks`)).statusCode);
    }
    const own =
      rows.find((r) => Number(r.member_id) === memberId) ??
      (await t.pool.query('SELECT id FROM assessment_subject WHERE member_id = $1 ORDER BY id LIMIT 1', [memberId])).rows[0];
    if (own) expect((await t.call(member, 'GET', `/api/assessment-subjects/${own.id}`)).statusCode).toBe(200);
  });
});

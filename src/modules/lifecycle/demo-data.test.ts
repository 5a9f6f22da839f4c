// The lifecycle demo data on the small profile: meetings, attendance and fees for the cells' active members,
// candidates linked to the registry, transfers in progress, and members the screening would flag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../../../test/db.js';
import { seedDemo } from '../../db/seed/index.js';

let t: TestDb;
const one = async (text: string) => (await t.pool.query(text)).rows[0];

beforeAll(async () => {
  t = await freshDb();
  t.pool.on('error', () => {});
  await seedDemo(t.pool, { profile: 'small' });
});
afterAll(async () => { await t?.drop(); });

describe('lifecycle demo data', () => {
  it('has 12 months of meetings with attendance and fees of active members only', async () => {
    const r = await one(`SELECT count(DISTINCT date_trunc('month', held_on)) AS months, count(*) AS meetings,
      (SELECT count(*) FROM meeting_attendance) AS attendance, (SELECT count(*) FROM party_fee) AS fees FROM cell_meeting`);
    expect(Number(r.months)).toBe(12);
    expect(Number(r.attendance)).toBeGreaterThan(Number(r.meetings) * 5);
    expect(Number(r.fees)).toBeGreaterThan(1000);
    const inactive = await one(`SELECT count(*) AS n FROM meeting_attendance a JOIN member m ON m.id = a.member_id WHERE m.status NOT IN ('official', 'probationary')`);
    expect(Number(inactive.n)).toBe(0);
  });

  it('links candidates at the last stage to probationary members admitted on the ceremony date', async () => {
    const r = await one(`SELECT count(*) AS n, count(*) FILTER (WHERE m.status = 'probationary' AND m.admitted_on = c.ceremony_on) AS ok
      FROM candidate c JOIN member m ON m.id = c.member_id WHERE c.stage = 'ceremony'`);
    expect(Number(r.n)).toBeGreaterThan(0);
    expect(r.ok).toBe(r.n);
    const stages = await one(`SELECT count(DISTINCT stage) AS n FROM candidate`);
    expect(Number(stages.n)).toBeGreaterThanOrEqual(4);
  });

  it('has open transfers, and members the screening would flag', async () => {
    const r = await one(`SELECT count(*) AS n FROM party_transfer WHERE state IN ('recorded', 'issued', 'in_transit')`);
    expect(Number(r.n)).toBeGreaterThan(0);
    const { rows } = await t.pool.query(`SELECT a.member_id FROM meeting_attendance a JOIN cell_meeting c ON c.id = a.meeting_id
      WHERE a.presence = 'absent_unexcused' GROUP BY a.member_id HAVING count(DISTINCT date_trunc('month', c.held_on)) >= 3`);
    const unpaid = await one(`SELECT count(*) AS n FROM (SELECT member_id FROM party_fee GROUP BY member_id HAVING count(*) <= 9) x`);
    expect(rows.length + Number(unpaid.n)).toBeGreaterThan(0);
  });
});

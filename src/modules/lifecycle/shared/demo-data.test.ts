// The lifecycle demo data on the small profile: meetings, attendance and fees for the cells' active members,
// fee bases by occupation with fees paid at the proposed amount, candidates linked to the registry, transfers in progress, and members the screening would flag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../../../../test/db.js';
import { seedDemo } from '../../../seed/index.js';
import { mergeSettings } from '../../../domain/lifecycle/settings.js';
import { proposals } from '../meetings/fee-basis.js';

let t: TestDb;
const one = async (text: string) => (await t.pool.query(text)).rows[0];

beforeAll(async () => {
  t = await freshDb();
  t.pool.on('error', () => {});
  await seedDemo(t.pool, { profile: 'small' });
});
afterAll(async () => {
  await t?.drop();
});

describe('lifecycle demo data', () => {
  it('has 12 months of meetings with attendance and fees of active members only', async () => {
    // Meetings held (with attendance); the demo cell's next meeting, scheduled ahead, has none yet.
    const r = await one(`SELECT count(DISTINCT date_trunc('month', held_on)) AS months, count(*) AS meetings,
      (SELECT count(*) FROM meeting_attendance) AS attendance, (SELECT count(*) FROM party_fee) AS fees FROM cell_meeting c
      WHERE EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.meeting_id = c.id)`);
    expect(Number(r.months)).toBe(12);
    const ahead =
      await one(`SELECT count(*) AS n FROM cell_meeting c WHERE NOT EXISTS (SELECT 1 FROM meeting_attendance a WHERE a.meeting_id = c.id)
      AND agenda <> '{}'`);
    expect(Number(ahead.n)).toBe(1);
    expect(Number(r.attendance)).toBeGreaterThan(Number(r.meetings) * 5);
    expect(Number(r.fees)).toBeGreaterThan(1000);
    const inactive = await one(
      `SELECT count(*) AS n FROM meeting_attendance a JOIN member m ON m.id = a.member_id WHERE m.status NOT IN ('official', 'probationary')`,
    );
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

  it('records fee bases of several kinds, leaving some members without one', async () => {
    const { rows } = await t.pool.query(
      `SELECT kind, count(*) AS n, min(monthly_amount) AS lo, max(monthly_amount) AS hi FROM member_fee_basis GROUP BY kind`,
    );
    const by = Object.fromEntries(rows.map((r) => [r.kind, r]));
    expect(Object.keys(by)).toEqual(expect.arrayContaining(['insured_salary', 'pension', 'other']));
    // Realistic amounts in đồng: salaries and pensions in the millions, fixed-amount groups without one.
    expect(Number(by.insured_salary.lo)).toBeGreaterThanOrEqual(3_000_000);
    expect(Number(by.insured_salary.hi)).toBeLessThanOrEqual(30_000_000);
    expect(Number(by.pension.lo)).toBeGreaterThanOrEqual(3_000_000);
    expect(by.other.lo).toBeNull();
    const none = await one(`SELECT count(*) AS n FROM member m WHERE m.status IN ('official', 'probationary')
      AND NOT EXISTS (SELECT 1 FROM member_fee_basis b WHERE b.member_id = m.id)`);
    expect(Number(none.n)).toBeGreaterThan(0);
  });

  it("proposes 1 % of a salaried member's insured salary, the amount the seeded fee was paid at", async () => {
    const { rows } = await t.pool.query(`SELECT DISTINCT ON (f.member_id) f.member_id, f.month, f.amount, b.kind, b.monthly_amount
      FROM party_fee f JOIN member_fee_basis b ON b.member_id = f.member_id AND b.valid_from <= f.month
      WHERE f.month = (SELECT max(month) FROM party_fee) ORDER BY f.member_id, b.valid_from DESC`);
    const salaried = rows.filter((r) => r.kind === 'insured_salary');
    expect(salaried.length).toBeGreaterThan(10);
    const m = salaried[0]!;
    const month = String(m.month);
    const got = (await proposals(t.db, [Number(m.member_id)], month, mergeSettings([]))).get(Number(m.member_id))!;
    expect(got.proposed).toEqual({ amount: Math.round(Number(m.monthly_amount) / 100), source: 'insured_salary', percent: 1 });
    expect(Number(m.amount)).toBe(got.proposed.amount);
    // Every fee paid on a salary or pension basis follows the rule (1 % and 0.5 %), not the flat amount.
    for (const r of rows.filter((x) => x.kind === 'insured_salary' || x.kind === 'pension')) {
      expect(Number(r.amount)).toBe(Math.round((Number(r.monthly_amount) * (r.kind === 'pension' ? 0.5 : 1)) / 100));
    }
  });
});

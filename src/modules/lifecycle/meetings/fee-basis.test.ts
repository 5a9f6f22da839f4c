// Party fee bases and the amounts the rule proposes on the whole-cell fee sheet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';

let t: TestApp;
let admin: Session;
let secretary: Session;
let member: Session;

interface SheetRow {
  memberId: number;
  amount: number | null;
  basis: { kind: string; fromMonth: string; version: number } | null;
  proposed: { amount: number; source: string };
}
const sheet = async (month: string) =>
  (await t.call(secretary, 'GET', `/api/units/5/fees/${month}`)).json() as { defaultAmount: number; rows: SheetRow[] };
const row = (s: { rows: SheetRow[] }, id: number) => s.rows.find((r) => r.memberId === id)!;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  secretary = await t.login('secretary');
  member = await t.login('member');
});
afterAll(() => t.close());

describe('Party fee basis', () => {
  it("proposes 1% of the insured salary, 0.5% of a pension, a student's fixed amount, and the flat amount without a basis", async () => {
    const put = (id: number, month: string, body: object) =>
      t.call(secretary, 'PUT', `/api/lifecycle/members/${id}/fee-basis/${month}`, body);
    expect((await put(1, '2026-01', { kind: 'insured_salary', monthlyAmount: 8_640_000 })).json()).toMatchObject({
      kind: 'insured_salary',
      fromMonth: '2026-01',
      version: 1,
    });
    expect((await put(2, '2026-01', { kind: 'pension', monthlyAmount: 6_530_000, note: 'Nghỉ hưu từ 2025' })).statusCode).toBe(200);
    expect((await put(2, '2026-11', { kind: 'student', monthlyAmount: null })).statusCode).toBe(200);
    const oct = await sheet('2026-10');
    expect(oct.defaultAmount).toBe(20000);
    expect(row(oct, 1).proposed).toEqual({ amount: 86_400, source: 'insured_salary', percent: 1 });
    expect(row(oct, 2).proposed).toEqual({ amount: 32_650, source: 'pension', percent: 0.5 });
    expect(row(oct, 3)).toMatchObject({ basis: null, proposed: { amount: 20000, source: 'flat' } });
    // The basis in force follows the month: from November member 2 pays as a student.
    expect(row(await sheet('2026-11'), 2).proposed).toEqual({ amount: 5000, source: 'student' });
    expect(row(await sheet('2025-12'), 1).proposed.source).toBe('flat');
  });

  it("follows the province's settings for the rates", async () => {
    await t.call(admin, 'PUT', '/api/lifecycle/settings', { feeSalaryPercent: 1.5, feeRoundTo: 1000 });
    expect(row(await sheet('2026-10'), 1).proposed).toEqual({ amount: 130_000, source: 'insured_salary', percent: 1.5 });
    await t.call(admin, 'PUT', '/api/lifecycle/settings', { feeSalaryPercent: 1, feeRoundTo: 1 });
  });

  it('keeps the amount the cell saved, whatever the proposal', async () => {
    await t.call(secretary, 'PUT', '/api/units/5/fees/2026-10', { rows: [{ memberId: 1, amount: 90_000, paidOn: '2026-10-05' }] });
    expect(row(await sheet('2026-10'), 1)).toMatchObject({ amount: 90_000, proposed: { amount: 86_400 } });
  });

  it('corrects a basis with its version, deletes it, and audits both', async () => {
    const stale = await t.call(secretary, 'PUT', '/api/lifecycle/members/1/fee-basis/2026-01', {
      kind: 'insured_salary',
      monthlyAmount: 9_000_000,
    });
    expect(stale.statusCode).toBe(409);
    const ok = await t.call(secretary, 'PUT', '/api/lifecycle/members/1/fee-basis/2026-01', {
      kind: 'insured_salary',
      monthlyAmount: 9_000_000,
      version: 1,
    });
    expect(ok.json()).toMatchObject({ monthlyAmount: 9_000_000, version: 2 });
    expect((await t.call(secretary, 'DELETE', '/api/lifecycle/members/1/fee-basis/2026-01?version=1')).statusCode).toBe(409);
    expect((await t.call(secretary, 'DELETE', '/api/lifecycle/members/1/fee-basis/2026-01?version=2')).statusCode).toBe(200);
    expect((await t.call(secretary, 'DELETE', '/api/lifecycle/members/1/fee-basis/2026-01?version=2')).statusCode).toBe(404);
    const audit = (await t.call(admin, 'GET', '/api/audit?entityType=member&entityId=1')).json();
    expect(audit.items.slice(0, 2).map((a: { action: string }) => a.action)).toEqual(['fee_basis.delete', 'fee_basis.set']);
  });

  it('refuses bad input with a sentence per problem', async () => {
    const put = (body: object, month = '2026-03') => t.call(secretary, 'PUT', `/api/lifecycle/members/3/fee-basis/${month}`, body);
    expect((await put({ kind: 'pension', monthlyAmount: null })).json().code).toBe('fee_basis_amount_required');
    expect((await put({ kind: 'student', monthlyAmount: 1000 })).json().code).toBe('fee_basis_amount_not_used');
    expect((await put({ kind: 'salary', monthlyAmount: 1 })).statusCode).toBe(400);
    expect((await put({ kind: 'pension', monthlyAmount: -1 })).statusCode).toBe(400);
    expect((await put({ kind: 'pension', monthlyAmount: '5000000' })).statusCode).toBe(400);
    expect((await put({ kind: 'other', monthlyAmount: null }, '2026-13')).statusCode).toBe(400);
  });

  it('keeps bases in scope: other cells are out of reach, a member reads only their own', async () => {
    expect(
      (await t.call(secretary, 'PUT', '/api/lifecycle/members/10/fee-basis/2026-01', { kind: 'other', monthlyAmount: null })).statusCode,
    ).toBe(404);
    expect((await t.call(secretary, 'GET', '/api/lifecycle/members/10/fee-basis')).statusCode).toBe(404);
    expect((await t.call(member, 'GET', '/api/lifecycle/members/2/fee-basis')).json().map((b: { kind: string }) => b.kind)).toEqual([
      'student',
      'pension',
    ]);
    expect(
      (await t.call(member, 'PUT', '/api/lifecycle/members/2/fee-basis/2026-02', { kind: 'other', monthlyAmount: null })).statusCode,
    ).toBe(403);
  });
});

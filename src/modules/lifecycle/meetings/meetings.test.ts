import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';

let t: TestApp;
let admin: Session;
let secretary: Session;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  secretary = await t.login('secretary');
});
afterAll(() => t.close());

const attendance = [
  { memberId: 1, presence: 'present' },
  { memberId: 2, presence: 'absent_excused', reason: 'Ốm' },
  { memberId: 3, presence: 'absent_unexcused' },
  { memberId: 4, presence: 'present' },
];

describe('cell meetings', () => {
  it('records a meeting with the attendance of the whole cell in one request', async () => {
    const roster = (await t.call(secretary, 'GET', '/api/meetings/roster?unitId=5')).json();
    expect(roster.map((r: { memberId: number }) => r.memberId)).toEqual([3, 2, 4, 1]);
    const res = await t.call(secretary, 'POST', '/api/meetings', {
      unitId: 5,
      heldOn: '2026-11-05',
      kind: 'regular',
      topic: 'Sinh hoạt tháng 11',
      attendance,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().attendance.map((a: { memberId: number; presence: string }) => [a.memberId, a.presence])).toEqual([
      [3, 'absent_unexcused'],
      [2, 'absent_excused'],
      [4, 'present'],
      [1, 'present'],
    ]);
    const list = (await t.call(secretary, 'GET', '/api/meetings?unitId=5&year=2026')).json().items;
    expect(list[0]).toMatchObject({ heldOn: '2026-11-05', present: 2, excused: 1, unexcused: 1 });
    const paged = (await t.call(secretary, 'GET', '/api/meetings?unitId=5&year=2026&pageSize=1')).json();
    expect([paged.items.length, paged.total >= 1, paged.items[0].heldOn]).toEqual([1, true, '2026-11-05']);
    const fixed = await t.call(secretary, 'PUT', `/api/meetings/${res.json().id}`, {
      version: 1,
      attendance: attendance.map((a) => (a.memberId === 3 ? { memberId: 3, presence: 'present' } : a)),
    });
    expect(fixed.json().attendance.find((a: { memberId: number }) => a.memberId === 3).presence).toBe('present');
    expect((await t.call(secretary, 'PUT', `/api/meetings/${res.json().id}`, { version: 1, topic: 'x' })).statusCode).toBe(409);
  });

  it('refuses rows for members of other cells, duplicates and excused absences without reason, row by row', async () => {
    const res = await t.call(secretary, 'POST', '/api/meetings', {
      unitId: 5,
      heldOn: '2026-11-06',
      kind: 'thematic',
      attendance: [
        { memberId: 10, presence: 'present' },
        { memberId: 1, presence: 'present' },
        { memberId: 1, presence: 'present' },
        { memberId: 2, presence: 'absent_excused' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details.map((d: { field: string }) => d.field)).toEqual(['rows.0', 'rows.2', 'rows.3']);
    expect(res.json().details[0].message).toBe('Đảng viên mã 10 không sinh hoạt ở chi bộ này.');
    // Members of the cell are named in the messages, not numbered.
    const names = new Map(
      (await t.db.selectFrom('member').select(['id', 'full_name']).where('id', 'in', [1, 2]).execute()).map((m) => [m.id, m.full_name]),
    );
    expect(res.json().details[1].message).toBe(`Đảng viên ${names.get(1)} được nhập hai lần.`);
    expect(res.json().details[2].message).toBe(`Đảng viên ${names.get(2)} vắng có lý do: cần ghi lý do.`);
    expect(
      (await t.call(secretary, 'POST', '/api/meetings', { unitId: 8, heldOn: '2026-11-06', kind: 'regular', attendance: [] })).statusCode,
    ).toBe(404);
  });
});

describe('party fees', () => {
  it('shows the month with the default amount and saves the whole cell at once', async () => {
    const sheet = (await t.call(secretary, 'GET', '/api/units/5/fees/2026-10')).json();
    expect(sheet).toMatchObject({ month: '2026-10', defaultAmount: 20000 });
    expect(sheet.rows.every((r: { amount: number | null }) => r.amount === null)).toBe(true);
    const saved = await t.call(secretary, 'PUT', '/api/units/5/fees/2026-10', {
      rows: [
        { memberId: 1, amount: 20000, paidOn: '2026-10-05' },
        { memberId: 2, amount: 30000, paidOn: '2026-10-06' },
        { memberId: 3, amount: null },
      ],
    });
    expect(saved.json()).toEqual({ month: '2026-10', saved: 2, cleared: 1 });
    const after = (await t.call(secretary, 'GET', '/api/units/5/fees/2026-10')).json();
    expect(
      after.rows
        .filter((r: { amount: number | null }) => r.amount !== null)
        .map((r: { memberId: number; amount: number }) => [r.memberId, r.amount]),
    ).toEqual([
      [2, 30000],
      [1, 20000],
    ]);
    const audit = (await t.call(admin, 'GET', '/api/audit?entityType=unit&entityId=5')).json();
    expect(audit.items[0]).toMatchObject({ action: 'fees.save' });
  });

  it('refuses a month to come, a bad month and another cell', async () => {
    expect((await t.call(secretary, 'PUT', '/api/units/5/fees/2026-12', { rows: [] })).json().code).toBe('fee_month_in_future');
    expect((await t.call(secretary, 'GET', '/api/units/5/fees/2026-13')).statusCode).toBe(400);
    expect((await t.call(secretary, 'PUT', '/api/units/8/fees/2026-10', { rows: [] })).statusCode).toBe(404);
  });
});

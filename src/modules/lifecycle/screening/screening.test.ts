import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';

let t: TestApp;
let admin: Session;
let office: Session;
let secretary: Session;

const MONTHS = [
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
  '2026-10',
];

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  office = await t.login('office');
  secretary = await t.login('secretary');
  // Cell 6 (members 5, 6, 7): member 5 absent without reason in 3 months; member 7 pays 9 of 12 months.
  for (const [i, m] of MONTHS.entries()) {
    const absent = i === 2 || i === 5 || i === 9;
    const res = await t.call(office, 'POST', '/api/meetings', {
      unitId: 6,
      heldOn: `${m}-10`,
      kind: 'regular',
      attendance: [
        { memberId: 5, presence: absent ? 'absent_unexcused' : 'present' },
        { memberId: 6, presence: 'present' },
        { memberId: 7, presence: i === 4 ? 'absent_excused' : 'present', reason: 'Công tác' },
      ],
    });
    if (res.statusCode !== 201) throw new Error(res.body);
    const rows = [5, 6, 7].filter((id) => !(id === 7 && i >= 9)).map((memberId) => ({ memberId, amount: 20000, paidOn: `${m}-15` }));
    await t.call(office, 'PUT', `/api/units/6/fees/${m}`, { rows });
  }
  // Member 6 educated by the cell 13 months ago, no progress since.
  await t.call(office, 'POST', '/api/lifecycle/members/6/education', {
    kind: 'educated',
    on: '2025-10-20',
    note: 'Nhắc nhở về ý thức tổ chức',
  });
});
afterAll(() => t.close());

describe('screening run', () => {
  it('flags each member with the rule and its evidence, and keeps the review queue in scope', async () => {
    const run = await t.call(office, 'POST', '/api/screening/runs', { unitId: 6 });
    expect(run.statusCode).toBe(201);
    expect(run.json()).toMatchObject({
      windowFrom: '2025-11-01',
      flagged: 3,
      byRule: { absent_without_reason: 1, fees_unpaid: 1, no_progress_after_education: 1 },
    });
    const flags = (await t.call(office, 'GET', '/api/screening/flags?unitId=6')).json().items;
    const view = Object.fromEntries(
      flags.map((f: { memberId: number; rule: string; evidence: unknown }) => [`${f.memberId}:${f.rule}`, f.evidence]),
    );
    expect(view).toEqual({
      '5:absent_without_reason': { months: ['2026-01-01', '2026-04-01', '2026-08-01'] },
      '7:fees_unpaid': { months: ['2026-08-01', '2026-09-01', '2026-10-01'] },
      '6:no_progress_after_education': { educatedOn: '2025-10-20', since: 12 },
    });
    const again = await t.call(office, 'POST', '/api/screening/runs', { unitId: 6 });
    expect(again.json().flagged).toBe(0);
    // Cell 5 pays no fees in this fixture: its three active members are flagged; member 4 (exempted) is not screened.
    const wide = (await t.call(office, 'POST', '/api/screening/runs', { unitId: 4 })).json();
    expect(wide).toMatchObject({ flagged: 3, byRule: { fees_unpaid: 4 } });
    const own = (await t.call(secretary, 'GET', '/api/screening/flags')).json();
    expect(own).toMatchObject({ total: 3, page: 1, pageSize: 50 });
    const firstTwo = (await t.call(secretary, 'GET', '/api/screening/flags?pageSize=2')).json();
    const last = (await t.call(secretary, 'GET', '/api/screening/flags?pageSize=2&page=2')).json();
    expect([...firstTwo.items, ...last.items].map((f: { id: number }) => f.id)).toEqual(own.items.map((f: { id: number }) => f.id));
    expect(own.items.map((f: { unitId: number }) => f.unitId)).toEqual([5, 5, 5]);
    expect((await t.call(secretary, 'GET', '/api/screening/flags?unitId=6')).statusCode).toBe(404);
  });

  it('stops flagging once progress is recorded', async () => {
    await t.call(office, 'POST', '/api/lifecycle/members/6/education', { kind: 'progress', on: '2026-11-20' });
    const flags = (await t.call(office, 'GET', '/api/screening/flags?unitId=6')).json().items;
    const f = flags.find((x: { memberId: number }) => x.memberId === 6);
    await t.call(office, 'POST', `/api/screening/flags/${f.id}/dismiss`, { version: f.version, note: 'Đã tiến bộ' });
    const run = await t.call(office, 'POST', '/api/screening/runs', { unitId: 6 });
    expect(run.json().byRule.no_progress_after_education).toBeUndefined();
  });
});

describe('standards breached two years running', () => {
  it('reads yearly ratings from the assessment tables and flags two consecutive not_completed', async () => {
    for (const [year, level] of [
      [2024, 'not_completed'],
      [2025, 'not_completed'],
    ] as const) {
      const cycle = await sql<{
        id: number;
      }>`INSERT INTO review_cycle (title, kind, period_from, period_to, rule_set, root_unit_id, root_path, subject_kinds)
        VALUES (${`Kiểm điểm ${year}`}, 'annual', ${`${year}-01-01`}, ${`${year}-12-31`}, 'reg124-2023', 1, '1', '{member}') RETURNING id`.execute(
        t.db,
      );
      await sql`INSERT INTO assessment_subject (cycle_id, subject_kind, member_id, unit_id, unit_path, decider_path, quota_group, display_name, level)
        VALUES (${cycle.rows[0]!.id}, 'member', 8, 9, '1.2.9', '1.2.9', 'g', 'Bùi Thị Lan', ${level})`.execute(t.db);
    }
    const run = await t.call(admin, 'POST', '/api/screening/runs', { unitId: 9 });
    expect(run.json()).toMatchObject({ notes: [], byRule: { standards_breached_twice: 1 } });
    const flags = (await t.call(admin, 'GET', '/api/screening/flags?unitId=9')).json().items;
    expect(flags.find((f: { rule: string }) => f.rule === 'standards_breached_twice')).toMatchObject({
      memberId: 8,
      evidence: { years: [2024, 2025] },
    });
  });
});

describe('review and removal', () => {
  it('dismisses a flag, or turns it into a removal proposal that the committee decides', async () => {
    const flags = (await t.call(office, 'GET', '/api/screening/flags?unitId=6')).json().items;
    const fees = flags.find((f: { rule: string }) => f.rule === 'fees_unpaid');
    const absence = flags.find((f: { rule: string }) => f.rule === 'absent_without_reason');
    const dismissed = await t.call(office, 'POST', `/api/screening/flags/${fees.id}/dismiss`, {
      version: fees.version,
      note: 'Đã nộp bù đủ',
    });
    expect(dismissed.json()).toMatchObject({ state: 'dismissed', reviewNote: 'Đã nộp bù đủ' });
    const proposed = await t.call(office, 'POST', `/api/screening/flags/${absence.id}/propose`, {
      version: absence.version,
      resolutionNo: '08-NQ/CB',
      proposedOn: '2026-11-20',
    });
    expect(proposed.statusCode).toBe(201);
    expect(proposed.json().flag.state).toBe('proposed');
    const twice = await t.call(office, 'POST', `/api/screening/flags/${absence.id}/propose`, {
      version: 2,
      resolutionNo: '09',
      proposedOn: '2026-11-20',
    });
    expect(twice.json().code).toBe('flag_closed');
    const removalId = proposed.json().removalId;
    const open = (await t.call(office, 'GET', '/api/removals?unitId=6&state=proposed')).json();
    expect(open).toMatchObject({ total: 1, page: 1, pageSize: 50, items: [{ id: removalId, memberId: 5, resolutionNo: '08-NQ/CB' }] });
    expect((await t.call(office, 'GET', '/api/removals?unitId=6&state=removed')).json()).toMatchObject({ total: 0, items: [] });
    const decision = { version: 1, outcome: 'removed', decisionNo: '77-QĐ/ĐU', decidedOn: '2026-11-25', authority: 'Đảng ủy xã A1' };
    const res = await t.call(office, 'POST', `/api/removals/${removalId}/decide`, decision);
    expect(res.json()).toEqual({ id: removalId, state: 'removed', complaintUntil: '2026-12-25' });
    const m = (await t.call(admin, 'GET', '/api/members/5')).json();
    expect(m.status).toBe('removed');
    const kinds = (await t.call(admin, 'GET', '/api/members/5/timeline')).json().map((e: { kind: string }) => e.kind);
    expect(kinds.slice(0, 2)).toEqual(['name_removed', 'removal_proposed']);
    expect((await t.call(office, 'POST', `/api/removals/${removalId}/decide`, { ...decision, version: 2 })).json().code).toBe(
      'removal_decided',
    );
  });

  it('records deaths and departures and counts names off the rolls by reason and unit', async () => {
    await t.call(admin, 'POST', '/api/lifecycle/members/12/exit', { kind: 'deceased', on: '2026-09-01' });
    await t.call(admin, 'POST', '/api/discipline', {
      memberId: 9,
      form: 'expulsion',
      decidedOn: '2026-08-01',
      decisionNo: 'K1',
      authority: 'Huyện ủy A',
    });
    expect((await t.call(admin, 'GET', '/api/members/12')).json().status).toBe('deceased');
    const stats = (await t.call(admin, 'GET', '/api/removals/stats?unitId=1&year=2026')).json();
    expect(stats).toMatchObject({ total: 3, byReason: { 'removal:absent_without_reason': 1, deceased: 1, expulsion: 1 } });
    expect(stats.byUnit.total).toBe(2);
    const second = (await t.call(admin, 'GET', '/api/removals/stats?unitId=1&year=2026&pageSize=1&page=2')).json();
    expect(second).toMatchObject({ total: 3, byUnit: { total: 2, items: [{ unitId: 3, total: 1 }] } });
    expect(stats.byUnit.items.map((u: { unitId: number; total: number }) => [u.unitId, u.total])).toEqual([
      [2, 2],
      [3, 1],
    ]);
  });

  it('leaves the decision to the committee and keeps other cells out of reach', async () => {
    const p = await t.call(secretary, 'POST', '/api/removals', {
      memberId: 3,
      reason: 'card_returned',
      resolutionNo: '10-NQ/CB',
      proposedOn: '2026-11-24',
    });
    expect(p.statusCode).toBe(201);
    const decide = await t.call(secretary, 'POST', `/api/removals/${p.json().removalId}/decide`, {
      version: 1,
      outcome: 'removed',
      decisionNo: 'x',
      decidedOn: '2026-11-25',
      authority: 'x',
    });
    expect(decide.statusCode).toBe(403);
    expect(
      (await t.call(secretary, 'POST', '/api/removals', { memberId: 10, reason: 'other', resolutionNo: 'x', proposedOn: '2026-11-24' }))
        .statusCode,
    ).toBe(404);
    expect((await t.call(secretary, 'POST', '/api/screening/runs', { unitId: 6 })).statusCode).toBe(404);
  });
});

describe('members received from another province', () => {
  const pkg = (fullName: string, citizenId: string) => ({
    format: 'grassroots.member-file/1' as const,
    letter: { no: '12-GT/TU', date: '2026-06-20' },
    member: {
      fullName,
      birthDate: '1984-04-04',
      gender: 'male',
      citizenId,
      admittedOn: '2012-03-03',
      officialOn: '2013-03-03',
      status: 'official',
      hometown: 'Nam Định',
      residence: 'xóm 1',
    },
  });

  it('owe fees to the cell only from the month after they were received', async () => {
    // Chi bộ xóm 1 records no fees at all: its long-standing members are flagged for the whole window.
    const today = await t.call(admin, 'POST', '/api/transfers/import', {
      toUnitId: 8,
      receivedOn: '2026-11-20',
      package: pkg('Lý Văn Tới', '036200000901'),
    });
    expect(today.statusCode).toBe(201);
    const july = await t.call(admin, 'POST', '/api/transfers/import', {
      toUnitId: 8,
      receivedOn: '2026-06-15',
      package: pkg('Lý Văn Sớm', '036200000902'),
    });
    expect(july.statusCode).toBe(201);
    const run = await t.call(admin, 'POST', '/api/screening/runs', { unitId: 8 });
    expect(run.statusCode).toBe(201);
    const flags = (await t.call(admin, 'GET', '/api/screening/flags?unitId=8')).json().items as {
      memberId: number;
      rule: string;
      evidence: { months: string[] };
    }[];
    const fees = new Map(flags.filter((f) => f.rule === 'fees_unpaid').map((f) => [f.memberId, f.evidence.months]));
    // Received this month: nothing was due here yet.
    expect(fees.has(today.json().id)).toBe(false);
    // Received in mid-June (June paid where he came from): July to October only.
    expect(fees.get(july.json().id)).toEqual(['2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01']);
    expect(fees.get(11)).toEqual(MONTHS.map((m) => `${m}-01`));
  });
});

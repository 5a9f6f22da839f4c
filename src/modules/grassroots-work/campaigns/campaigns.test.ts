import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { pdfText } from '../../data-exchange/reports/pdf-text.js';
import { expectOk, makeHouseholds, type GrassrootsData } from '../assignments/test-data.js';

let t: TestApp;
let admin: Session;
let office: Session;
let secretary: Session;
let d: GrassrootsData;
let campaignId: number;
let cards: { id: number; householdId: number; version: number; status: string }[];

const bridge = {
  unitId: 4,
  name: 'Giải phóng mặt bằng cầu qua sông Đào',
  goal: 'Vận động 39 hộ nhận bồi thường, bàn giao mặt bằng',
  place: 'Bờ sông Đào, xã A1',
  startsOn: '2026-11-01',
  deadline: '2026-12-31',
};

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  office = await t.login('office');
  secretary = await t.login('secretary');
  d = await makeHouseholds(t, admin);
  campaignId = (await expectOk(t, office, 'POST', '/api/campaigns', bridge)).id;
  await expectOk(t, office, 'POST', `/api/campaigns/${campaignId}/households`, { householdIds: d.homeA, memberIds: [3] });
  cards = (await expectOk(t, office, 'GET', `/api/campaigns/${campaignId}/board`)).columns[0].cards;
});
afterAll(() => t.close());

const move = (id: number, version: number, status: string, reason?: string) =>
  t.call(office, 'POST', `/api/campaign-households/${id}/move`, { version, status, ...(reason !== undefined ? { reason } : {}) });

describe('campaign board', () => {
  it('starts every household at "not contacted" with the member in charge', () => {
    expect(cards.map((c) => c.householdId)).toEqual(d.homeA);
    expect(cards[0]).toMatchObject({
      status: 'not_contacted',
      version: 1,
      members: [{ id: 3, name: 'Lê Văn An' }],
      groupName: 'Thôn Đông',
    });
  });

  it('moves to the next step freely, and jumps over steps only with a reason', async () => {
    const [a] = cards;
    const next = await move(a!.id, 1, 'visited');
    expect(next.json()).toMatchObject({ status: 'visited', version: 2 });
    const jump = await move(a!.id, 2, 'compensation_received');
    expect([jump.statusCode, jump.json().code]).toEqual([400, 'reason_required_for_skip']);
    expect(jump.json().message).toContain('Đang vận động, Đã đồng ý');
    expect(jump.json().details[0].field).toBe('reason');
    const withReason = await move(a!.id, 2, 'compensation_received', 'Hộ đồng ý và nhận tiền ngay trong buổi làm việc');
    expect(withReason.json()).toMatchObject({ status: 'compensation_received', version: 3 });
    const history = (await t.call(office, 'GET', `/api/campaign-households/${a!.id}/history`)).json();
    expect(history.map((h: { to: string }) => h.to)).toEqual(['not_contacted', 'visited', 'compensation_received']);
    expect(history[2].reason).toContain('nhận tiền');
  });

  it('blocks only with a reason and shows it on the card', async () => {
    const b = cards[1]!;
    expect((await move(b.id, 1, 'blocked', '')).json().code).toBe('reason_required_for_block');
    const blocked = await move(b.id, 1, 'blocked', 'Tranh chấp thừa kế, chưa thống nhất người nhận');
    expect(blocked.json()).toMatchObject({ status: 'blocked', blockedReason: expect.stringContaining('thừa kế') });
    expect((await move(b.id, 2, 'blocked', 'x')).json().code).toBe('same_status');
  });

  it('answers the second of two concurrent moves of one household with 409', async () => {
    const c = cards[2]!;
    const [r1, r2] = await Promise.all([move(c.id, 1, 'visited'), move(c.id, 1, 'visited')]);
    expect([r1.statusCode, r2.statusCode].sort()).toEqual([200, 409]);
    expect([r1, r2].find((r) => r.statusCode === 409)!.json().code).toBe('stale_version');
    const board = (await t.call(office, 'GET', `/api/campaigns/${campaignId}/board`)).json();
    const count = (s: string) => board.columns.find((col: { status: string }) => col.status === s).cards.length;
    expect([count('not_contacted'), count('visited'), count('compensation_received'), count('blocked')]).toEqual([0, 1, 1, 1]);
    expect(board.campaign.counts).toMatchObject({ visited: 1, compensation_received: 1, blocked: 1 });
  });

  it('draws the chart from the status history', async () => {
    const chart = (await t.call(office, 'GET', `/api/campaigns/${campaignId}/chart`)).json();
    expect(chart.series[0].day).toBe('2026-11-01');
    const last = chart.series.at(-1);
    expect(last.day).toBe('2026-11-26');
    expect(last.counts).toMatchObject({ visited: 1, compensation_received: 1, blocked: 1, not_contacted: 0 });
    expect(chart.series[0].counts.not_contacted).toBe(0);
  });

  it('exports the report as .xlsx and PDF with the exporting user', async () => {
    const x = await t.call(office, 'GET', `/api/campaigns/${campaignId}/report.xlsx`);
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as never);
    const sheet = wb.worksheets[1]!;
    expect(sheet.getRow(2).getCell(2).value).toBe('Nguyễn Văn Hộ1');
    expect(sheet.getRow(2).getCell(4).value).toBe('Đã nhận bồi thường');
    expect(JSON.stringify(wb.worksheets[0]!.getSheetValues())).toContain('Người dùng office');
    const p = await t.call(office, 'GET', `/api/campaigns/${campaignId}/report.pdf`);
    expect(p.headers['content-type']).toBe('application/pdf');
    expect(p.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(p.rawPayload);
    for (const s of ['BÁO CÁO TIẾN ĐỘ ĐỢT VẬN ĐỘNG', 'Nguyễn Văn Hộ1', 'Đã nhận bồi thường']) expect(text).toContain(s);
    expect(text).toMatch(/Người dùng office .*\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    // Every label is worded: no catalog key ("report.deadline") printed in place of a missing word.
    for (const s of ['Hạn hoàn thành', 'Tổng hợp']) expect(text).toContain(s);
    expect(text).not.toMatch(/\b(report|campaign_status)\.[a-z_]+/);
    expect(JSON.stringify(wb.worksheets.map((w) => w.getSheetValues()))).not.toMatch(/\b(report|campaign_status)\.[a-z_]+/);
  });
});

describe('campaign rules and scope', () => {
  it('refuses bad input field by field', async () => {
    expect((await t.call(office, 'POST', '/api/campaigns', { ...bridge, deadline: '2026-10-01' })).json().code).toBe(
      'deadline_before_start',
    );
    const bad = await t.call(office, 'POST', '/api/campaigns', { ...bridge, name: '', deadline: 'mai' });
    expect(
      bad
        .json()
        .details.map((x: { field: string }) => x.field)
        .sort(),
    ).toEqual(['deadline', 'name']);
    expect((await move(cards[2]!.id, 2, 'done')).statusCode).toBe(400);
    expect((await t.call(admin, 'POST', `/api/campaigns/${campaignId}/households`, { householdIds: [d.homeB[0]] })).json().code).toBe(
      'household_not_in_campaign_area',
    );
    expect((await t.call(office, 'POST', `/api/campaigns/${campaignId}/households`, { householdIds: [d.homeA[0]] })).json().code).toBe(
      'campaign_household_duplicate',
    );
  });

  it('edits the campaign with a version and refuses a stale edit', async () => {
    const ok = await t.call(office, 'PATCH', `/api/campaigns/${campaignId}`, { version: 1, deadline: '2027-01-31' });
    expect(ok.json()).toMatchObject({ deadline: '2027-01-31', version: 2, total: 3 });
    const stale = await t.call(office, 'PATCH', `/api/campaigns/${campaignId}`, { version: 1, place: 'Khác' });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'stale_version']);
    expect((await t.call(office, 'PATCH', `/api/campaigns/${campaignId}`, { version: 2, startsOn: '2027-02-01' })).json().code).toBe(
      'deadline_before_start',
    );
  });

  it('names only members of the campaign’s unit in charge', async () => {
    const c = cards[2]!;
    const res = await t.call(admin, 'PUT', `/api/campaign-households/${c.id}/in-charge`, {
      version: 2,
      memberIds: [10],
      workingGroupId: null,
    });
    expect(res.json().code).toBe('member_out_of_unit');
    // The office cannot read member 10: the same request answers as for a member that does not exist, without the name.
    const hidden = await t.call(office, 'PUT', `/api/campaign-households/${c.id}/in-charge`, {
      version: 2,
      memberIds: [10],
      workingGroupId: null,
    });
    const missing = await t.call(office, 'PUT', `/api/campaign-households/${c.id}/in-charge`, {
      version: 2,
      memberIds: [99999],
      workingGroupId: null,
    });
    expect([hidden.statusCode, hidden.json().code]).toEqual([404, 'not_found']);
    expect(hidden.json()).toEqual(missing.json());
    expect(hidden.body).not.toContain('Ngô Thị Mai');
    const ok = await t.call(office, 'PUT', `/api/campaign-households/${c.id}/in-charge`, {
      version: 2,
      memberIds: [2, 3],
      workingGroupId: null,
    });
    expect(ok.json().members.map((m: { id: number }) => m.id)).toEqual([2, 3]);
  });

  it('keeps the campaign from a cell secretary outside its unit', async () => {
    expect((await t.call(secretary, 'GET', `/api/campaigns/${campaignId}/board`)).statusCode).toBe(404);
    expect(
      (await t.call(secretary, 'POST', `/api/campaign-households/${cards[0]!.id}/move`, { version: 3, status: 'site_handed_over' }))
        .statusCode,
    ).toBe(404);
  });
});

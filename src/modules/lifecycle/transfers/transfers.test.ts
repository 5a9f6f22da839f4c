import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { pdfText } from '../../data-exchange/reports/pdf-text.js';

let t: TestApp;
let admin: Session;
let secretary: Session;
let office: Session;
let secretary8: Session;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  secretary = await t.login('secretary');
  office = await t.login('office');
  secretary8 = await t.login('secretary8');
});
afterAll(() => t.close());

const within = { memberId: 3, kind: 'official', toUnitId: 8, letterNo: '15-GT/CB', letterDate: '2026-11-02', movedOn: '2026-10-20' };

describe('transfer within the province', () => {
  let id: number;
  it('is issued by the source cell, with deadlines in working days', async () => {
    const res = await t.call(secretary, 'POST', '/api/transfers', within);
    expect(res.statusCode).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({
      state: 'issued',
      fromName: 'Chi bộ thôn Đông',
      toName: 'Chi bộ xóm 1',
      presentBy: '2026-12-14',
      overdue: null,
    });
    const again = await t.call(secretary, 'POST', '/api/transfers', { ...within, letterNo: '16' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('transfer_open_exists');
  });

  it('cannot be received by the source; the destination receives it once and the member moves', async () => {
    expect((await t.call(secretary, 'POST', `/api/transfers/${id}/receive`, { version: 1 })).statusCode).toBe(403);
    const handed = await t.call(secretary, 'POST', `/api/transfers/${id}/hand-over`, { version: 1, on: '2026-11-03' });
    expect(handed.json()).toMatchObject({ state: 'in_transit', version: 2 });
    const seen = await t.call(secretary8, 'GET', '/api/transfers?direction=in&open=true');
    expect(seen.json().items.map((x: { id: number }) => x.id)).toEqual([id]);
    const received = await t.call(secretary8, 'POST', `/api/transfers/${id}/receive`, { version: 2, on: '2026-11-10' });
    expect(received.statusCode).toBe(200);
    expect(received.json()).toMatchObject({ state: 'received', receivedOn: '2026-11-10' });
    const twice = await t.call(secretary8, 'POST', `/api/transfers/${id}/receive`, { version: 3 });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({
      code: 'transfer_already_received',
      message: 'Chi bộ nơi đến đã tiếp nhận việc chuyển sinh hoạt này rồi; không tiếp nhận lần hai.',
    });
    const m = (await t.call(admin, 'GET', '/api/members/3')).json();
    expect(m.unitId).toBe(8);
    expect(
      m.periods.map((p: { unit_id: number; valid_from: string; valid_to: string | null }) => [p.unit_id, p.valid_from, p.valid_to]),
    ).toEqual([
      [8, '2026-11-10', null],
      [5, '2020-01-01', '2026-11-10'],
    ]);
    const kinds = (await t.call(admin, 'GET', '/api/members/3/timeline')).json().map((e: { kind: string }) => e.kind);
    expect(kinds.slice(0, 3)).toEqual(['transfer_received', 'transfer_handed_over', 'transfer_issued']);
    const audit = (await t.call(admin, 'GET', `/api/audit?entityType=transfer&entityId=${id}`)).json();
    expect(audit.items.map((a: { action: string }) => a.action)).toEqual(['transfer.receive', 'transfer.hand_over', 'transfer.create']);
  });

  it('prints the introduction letter as a PDF with the letter number and an export footer', async () => {
    const res = await t.call(secretary8, 'GET', `/api/transfers/${id}/letter.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.subarray(-6).toString()).toContain('%%EOF');
    const text = pdf.toString('latin1');
    expect(text.match(/\/Type \/Page\b/g)).toHaveLength(1);
    expect(text).toMatch(/\/Subject \d+ 0 R/);
    expect(text).toContain('(15-GT/CB)');
    // Every content stream inflates (the file is well formed) and the fonts come with a ToUnicode map.
    const streams = [...text.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)];
    expect(streams.length).toBeGreaterThan(2);
    for (const s of streams.slice(0, 3)) expect(() => inflateSync(Buffer.from(s[1]!, 'latin1'))).not.toThrow();
    expect(text).toContain('/ToUnicode');
    // The Vietnamese text and the export footer, read back from the file.
    const words = pdfText(pdf);
    expect(words).toContain('GIẤY GIỚI THIỆU SINH HOẠT ĐẢNG');
    expect(words).toContain('Giới thiệu đồng chí: Lê Văn An, sinh ngày 15/01/1992');
    expect(words).toMatch(/Xuất bởi .+ lúc \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(giờ Việt Nam\) — trang 1\/1/);
  });
});

describe('wrong endpoints and bad input', () => {
  it('refuses a destination outside the province on the within-province endpoint, naming the right one', async () => {
    const res = await t.call(secretary, 'POST', '/api/transfers', {
      memberId: 1,
      kind: 'official',
      destination: 'Đảng ủy phường X, tỉnh Y',
      letterNo: '1',
      letterDate: '2026-11-20',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('transfer_wrong_endpoint_out');
    expect(res.json().message).toContain('/api/transfers/out-of-province');
    const back = await t.call(secretary, 'POST', '/api/transfers/out-of-province', {
      memberId: 1,
      kind: 'official',
      toUnitId: 6,
      letterNo: '1',
      letterDate: '2026-11-20',
    });
    expect(back.statusCode).toBe(400);
    expect(back.json().code).toBe('transfer_wrong_endpoint_within');
  });

  it('refuses a letter without its date, a date in the future, and an unknown kind', async () => {
    expect(
      (await t.call(secretary, 'POST', '/api/transfers', { memberId: 1, kind: 'official', toUnitId: 6, letterNo: '1' })).json().code,
    ).toBe('transfer_letter_incomplete');
    expect(
      (await t.call(secretary, 'POST', '/api/transfers', { memberId: 1, kind: 'official', toUnitId: 6, movedOn: '2027-01-01' })).json()
        .code,
    ).toBe('transfer_date_in_future');
    const bad = await t.call(secretary, 'POST', '/api/transfers', { memberId: 1, kind: 'forever', toUnitId: 6, movedOn: '2026-01-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details.map((d: { field: string }) => d.field)).toEqual(['kind']);
  });

  it('offers every cell of the province as a destination, names only', async () => {
    const res = await t.call(secretary, 'GET', '/api/transfers/destinations?q=x%C3%B3m');
    expect(res.json()).toEqual([{ id: 8, name: 'Chi bộ xóm 1', code: 'T.B.1.1', parentName: 'Đảng ủy xã B1' }]);
    expect((await t.call(await t.login('member'), 'GET', '/api/transfers/destinations?q=Chi')).statusCode).toBe(404);
  });

  it('hides members and transfers of other cells', async () => {
    expect(
      (await t.call(secretary, 'POST', '/api/transfers', { memberId: 11, kind: 'official', toUnitId: 5, movedOn: '2026-11-01' }))
        .statusCode,
    ).toBe(404);
  });
});

describe('transfer out of the province', () => {
  it('sets transferred_out when handed over, exports a package the other province imports', async () => {
    const res = await t.call(secretary, 'POST', '/api/transfers/out-of-province', {
      memberId: 1,
      kind: 'official',
      destination: 'Đảng ủy phường Bến Thành, TP Hồ Chí Minh',
      movedOn: '2026-11-02',
    });
    expect(res.json()).toMatchObject({ state: 'recorded', startBy: '2027-01-26', presentBy: null });
    const id = res.json().id;
    expect((await t.call(secretary, 'GET', `/api/transfers/${id}/package`)).json().code).toBe('transfer_no_package');
    await t.call(secretary, 'POST', `/api/transfers/${id}/issue`, { version: 1, letterNo: '20-GT/ĐU', letterDate: '2026-11-20' });
    const handed = await t.call(secretary, 'POST', `/api/transfers/${id}/hand-over`, { version: 2 });
    expect(handed.json().state).toBe('in_transit');
    expect((await t.call(admin, 'GET', '/api/members/1')).json().status).toBe('transferred_out');
    expect((await t.call(secretary, 'POST', `/api/transfers/${id}/receive`, { version: 3 })).statusCode).toBe(400);
    const byAdmin = await t.call(admin, 'POST', `/api/transfers/${id}/receive`, { version: 3 });
    expect(byAdmin.json().code).toBe('transfer_out_of_province_no_receive');
    const download = await t.call(secretary, 'GET', `/api/transfers/${id}/package`);
    expect(download.headers['content-disposition']).toBe(`attachment; filename="ho-so-dang-vien-${id}.json"`);
    expect(download.headers['content-type']).toContain('application/json');
    const pkg = download.json();
    expect(pkg).toMatchObject({
      format: 'grassroots.member-file/1',
      member: { fullName: 'Nguyễn Văn Ngoan', citizenId: '036100000001' },
      letter: { letterNo: '20-GT/ĐU' },
    });
    // The same package arriving in another province (here: imported into a fresh citizen ID).
    const incoming = { ...pkg, member: { ...pkg.member, citizenId: '036170000099', partyCardNo: null } };
    const imported = await t.call(secretary8, 'POST', '/api/transfers/import', {
      toUnitId: 8,
      receivedOn: '2026-11-25',
      package: incoming,
    });
    expect(imported.statusCode).toBe(201);
    expect(imported.json()).toMatchObject({ fullName: 'Nguyễn Văn Ngoan', status: 'official', unitId: 8 });
    expect(
      (await t.call(secretary, 'POST', '/api/transfers/import', { toUnitId: 8, receivedOn: '2026-11-25', package: incoming })).statusCode,
    ).toBe(404);
    // A package from another system with a gender the register does not know is refused by name, not by the database.
    const odd = { ...pkg, member: { ...pkg.member, citizenId: '036170000098', partyCardNo: null, gender: 'nam' } };
    const refused = await t.call(secretary8, 'POST', '/api/transfers/import', { toUnitId: 8, receivedOn: '2026-11-25', package: odd });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ code: 'package_invalid' });
    expect(refused.json().message).toContain('gender');
    const found = await t.call(admin, 'GET', '/api/members?q=036170000098');
    expect(found.json().total).toBe(0);
  });
});

describe('overdue list', () => {
  it('lists transfers past their deadline for the competent committee, without consequence', async () => {
    const late = await t.call(office, 'POST', '/api/transfers', { memberId: 5, kind: 'temporary', toUnitId: 5, movedOn: '2026-06-01' });
    expect(late.json()).toMatchObject({ state: 'recorded', startBy: '2026-08-24', overdue: 'start' });
    const list = (await t.call(office, 'GET', '/api/transfers/overdue?unitId=4')).json().items;
    expect(list.map((x: { memberId: number; overdue: string }) => [x.memberId, x.overdue])).toEqual([[5, 'start']]);
    const beyond = (await t.call(office, 'GET', '/api/transfers/overdue?unitId=4&page=2&pageSize=1')).json();
    expect([beyond.total, beyond.items]).toEqual([1, []]);
    expect((await t.call(admin, 'GET', '/api/members/5')).json().status).toBe('official');
  });

  it('counts holidays edited by a province admin', async () => {
    expect((await t.call(office, 'PUT', '/api/holidays/2026-12-01', { name: 'Nghỉ thử' })).statusCode).toBe(403);
    const before = (await t.call(admin, 'GET', '/api/transfers?unitId=3'))
      .json()
      .items.find((x: { memberId: number }) => x.memberId === 12);
    expect(before).toBeUndefined();
    expect((await t.call(admin, 'PUT', '/api/holidays/2026-12-01', { name: 'Nghỉ thử' })).statusCode).toBe(200);
    const t2 = await t.call(admin, 'POST', '/api/transfers', {
      memberId: 12,
      kind: 'official',
      toUnitId: 6,
      letterNo: '30',
      letterDate: '2026-11-02',
    });
    expect(t2.json().presentBy).toBe('2026-12-15');
    // Deadlines are settings: a province admin changes one, audited, and it applies at once.
    expect((await t.call(office, 'PUT', '/api/lifecycle/settings', { letterPresentWorkingDays: 20 })).statusCode).toBe(403);
    const set = await t.call(admin, 'PUT', '/api/lifecycle/settings', { letterPresentWorkingDays: 20 });
    expect(set.json().values).toMatchObject({ letterPresentWorkingDays: 20, transferStartWorkingDays: 60 });
    expect((await t.call(admin, 'GET', `/api/transfers/${t2.json().id}`)).json().presentBy).toBe('2026-11-30');
    expect((await t.call(admin, 'PUT', '/api/lifecycle/settings', { lettersDays: 1 })).statusCode).toBe(400);
    const holidays = (await t.call(secretary, 'GET', '/api/holidays?year=2026')).json();
    expect(holidays.some((h: { day: string }) => h.day === '2026-12-01')).toBe(true);
  });

  it('lists an incoming transfer past its deadline for the receiving committee, as its incoming list marks it', async () => {
    // From Chi bộ xóm 1 (under Huyện ủy B) to Chi bộ thôn Tây (under Đảng ủy xã A1): the letter was never presented.
    const res = await t.call(secretary8, 'POST', '/api/transfers', {
      memberId: 11,
      kind: 'official',
      toUnitId: 6,
      letterNo: '41-GT/CB',
      letterDate: '2026-09-01',
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().id as number;
    expect(res.json()).toMatchObject({ state: 'issued', overdue: 'present' });

    const incoming = (await t.call(office, 'GET', '/api/transfers?unitId=4&direction=in&open=true')).json().items as {
      id: number;
      overdue: string | null;
    }[];
    expect(incoming.find((x) => x.id === id)?.overdue).toBe('present');
    const overdue = (await t.call(office, 'GET', '/api/transfers/overdue?unitId=4')).json().items as { id: number; overdue: string }[];
    expect(overdue.find((x) => x.id === id)?.overdue).toBe('present');
    // Every transfer the incoming and outgoing lists mark overdue is in the overdue list, and nothing else.
    const both = (await t.call(office, 'GET', '/api/transfers?unitId=4&open=true')).json().items as {
      id: number;
      overdue: string | null;
    }[];
    expect(overdue.map((x) => x.id).sort()).toEqual(
      both
        .filter((x) => x.overdue !== null)
        .map((x) => x.id)
        .sort(),
    );
    // The sending side still sees it, and a committee with neither end does not.
    expect((await t.call(secretary8, 'GET', '/api/transfers/overdue?unitId=8')).json().items.map((x: { id: number }) => x.id)).toContain(
      id,
    );
    expect((await t.call(admin, 'GET', '/api/transfers/overdue?unitId=9')).json().items.map((x: { id: number }) => x.id)).not.toContain(id);
  });
});

// The papers of an applied plan: a decision and handover minutes for each organization moved, merged or
// dissolved, read back from the real PDF bytes; and all of them in one .zip.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { pdfText as rawText } from '../../data-exchange/reports/pdf-text.js';
import { openZip } from '../../data-exchange/imports/zip.js';
import { applyAndWait, createPlan } from './test-helpers.js';

let t: TestApp;
let admin: Session;
let planId: number;

// pdfmake breaks a run of text after '-' and '/': read "01-QĐ/TU" back whole.
const pdfText = (pdf: Buffer) => rawText(pdf).replace(/([-/])\n/g, '$1');
const pages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type \/Page\b/g)?.length ?? 0;
const isPdf = (pdf: Buffer) => pdf.subarray(0, 5).toString() === '%PDF-' && pdf.subarray(-6).toString().includes('%%EOF');

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  // The province's secretary signs the decisions; cell 5's secretary (member 1) signs its handover.
  const term = await t.call(admin, 'POST', '/api/units/1/committee/terms', { label: 'Nhiệm kỳ 2025–2030', startsOn: '2025-06-01' });
  expect(term.statusCode, term.body).toBeLessThan(300);
  const seat = await t.call(admin, 'POST', `/api/committee-terms/${term.json().id}/seats`, {
    memberId: 8,
    position: 'secretary',
    fromDate: '2025-06-01',
  });
  expect(seat.statusCode, seat.body).toBeLessThan(300);
  const empty = await t.call(admin, 'POST', '/api/units', {
    parentId: 7,
    code: 'T.B.1.9',
    name: 'Chi bộ xóm 9',
    kind: 'cell',
    effectiveOn: '2026-09-01',
  });
  expect(empty.statusCode, empty.body).toBe(200);
  const res = await createPlan(
    t,
    admin,
    1,
    [
      { kind: 'merge', sources: ['T.A.1.1', 'T.A.1.2'], code: 'T.A.1.4', name: 'Chi bộ thôn Đông Tây', parent: 'T.A.1' },
      { kind: 'dissolve', unit: 'T.B.1.9' },
      { kind: 'move', unit: 'T.B.1', parent: 'T.A' },
      { kind: 'rename', unit: 'T.A.2', name: 'Chi bộ Trường Tiểu học A' },
    ],
    { decisionNo: '15-QĐ/TU' },
  );
  expect(res.statusCode, res.body).toBe(201);
  planId = res.json().id;
});
afterAll(() => t.close());

describe('papers of a reorganization plan', () => {
  it('are refused before the plan is applied', async () => {
    const res = await t.call(admin, 'GET', `/api/reorg-plans/${planId}/papers`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('reorg_plan_not_applied');
    expect((await t.call(admin, 'GET', `/api/reorg-plans/${planId}/papers.zip`)).statusCode).toBe(409);
  });

  it('lists one decision and one minutes per organization merged, moved or dissolved, numbered in order', async () => {
    const { plan } = await applyAndWait(t, admin, planId);
    expect(plan?.status).toBe('applied');
    const res = await t.call(admin, 'GET', `/api/reorg-plans/${planId}/papers`);
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json();
    // The rename has no papers: the organization stays where it is.
    expect(
      list.map((p: { seq: number; kind: string; decisionNo: string; minutesNo: string }) => [p.seq, p.kind, p.decisionNo, p.minutesNo]),
    ).toEqual([
      [1, 'merge', '01-QĐ/TU', '01-BB/TU'],
      [2, 'dissolve', '02-QĐ/TU', '02-BB/TU'],
      [3, 'move', '03-QĐ/TU', '03-BB/TU'],
    ]);
    expect(list[0].from.map((u: { name: string }) => u.name)).toEqual(['Chi bộ thôn Đông', 'Chi bộ thôn Tây']);
    expect(list[0].to.map((u: { name: string }) => u.name)).toEqual(['Chi bộ thôn Đông Tây']);
    expect(list[0].files.minutes).toBe('01-bien-ban-ban-giao.pdf');
  });

  it('gives the merge decision as a PDF, dated on the effective date and signed by the province secretary', async () => {
    const res = await t.call(admin, 'GET', `/api/reorg-plans/${planId}/papers/1/decision.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(isPdf(pdf)).toBe(true);
    expect(pages(pdf)).toBe(1);
    const text = pdfText(pdf);
    expect(text).toContain('Số 01-QĐ/TU');
    expect(text).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(text).toContain('về việc hợp nhất, sáp nhập tổ chức đảng');
    expect(text).toContain('Hợp nhất Chi bộ thôn Đông, Chi bộ thôn Tây vào Chi bộ thôn Đông Tây, kể từ ngày 01/10/2026.');
    expect(text).toContain('Bàn giao danh sách, hồ sơ của 7 đảng viên');
    expect(text).toContain('T/M BAN THƯỜNG VỤ TỈNH ỦY THỬ');
    expect(text).toContain('Bùi Thị Lan');
  });

  it('gives the handover minutes listing every member handed over, from cell to cell', async () => {
    const res = await t.call(admin, 'GET', `/api/reorg-plans/${planId}/papers/1/minutes.pdf`);
    expect(res.statusCode, res.body).toBe(200);
    const pdf = res.rawPayload;
    expect(isPdf(pdf)).toBe(true);
    expect(pages(pdf)).toBe(1);
    const text = pdfText(pdf);
    expect(text).toContain('BIÊN BẢN BÀN GIAO');
    expect(text).toContain('Số 01-BB/TU');
    expect(text).toContain('Thực hiện Quyết định số 01-QĐ/TU ngày 01/10/2026 của Tỉnh ủy Thử,');
    for (const name of ['Nguyễn Văn Ngoan', 'Trần Thị Bình', 'Lê Văn An', 'Phạm Thị Đào', 'Hoàng Văn Cường', 'Vũ Thị Hoa', 'Đặng Văn Dũng'])
      expect(text).toContain(name);
    expect(text).toContain('04/03/1970'); // member 1's birth date
    expect(text).toContain('93000001'); // member 1's card
    expect(text).toContain('Chi bộ thôn Đông');
    expect(text).toContain('Chi bộ thôn Đông Tây');
    expect(text).not.toContain('Ngô Thị Mai'); // cell 8 was not merged
  });

  it('lists the members of a moved committee, who keep their cell, and names the committee left', async () => {
    const decision = pdfText((await t.call(admin, 'GET', `/api/reorg-plans/${planId}/papers/3/decision.pdf`)).rawPayload);
    expect(decision).toContain('Chuyển giao Đảng ủy xã B1 từ trực thuộc Huyện ủy B sang trực thuộc Huyện ủy A');
    const minutes = pdfText((await t.call(admin, 'GET', `/api/reorg-plans/${planId}/papers/3/minutes.pdf`)).rawPayload);
    for (const name of ['Ngô Thị Mai', 'Dương Văn Nam', 'Nguyễn Văn Ngoạn']) expect(minutes).toContain(name);
    expect(minutes).toContain('ĐẠI DIỆN BÊN GIAO');
    expect(minutes).toContain('HUYỆN ỦY B');
  });

  it('hands over no member for a dissolved empty cell, and says so', async () => {
    const minutes = pdfText((await t.call(admin, 'GET', `/api/reorg-plans/${planId}/papers/2/minutes.pdf`)).rawPayload);
    expect(minutes).toContain('Không có đảng viên bàn giao.');
    const decision = pdfText((await t.call(admin, 'GET', `/api/reorg-plans/${planId}/papers/2/decision.pdf`)).rawPayload);
    expect(decision).toContain('Giải thể Chi bộ xóm 9 kể từ ngày 01/10/2026; hồ sơ, tài liệu bàn giao cho Đảng ủy xã B1.');
  });

  it('writes them in English for an English reader', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/reorg-plans/${planId}/papers/1/decision.pdf`,
      headers: { cookie: admin.cookie, 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(200);
    expect(pdfText(res.rawPayload)).toContain('Chi bộ thôn Đông, Chi bộ thôn Tây is merged into Chi bộ thôn Đông Tây');
  });

  it('gives every paper in one .zip archive', async () => {
    const res = await t.call(admin, 'GET', `/api/reorg-plans/${planId}/papers.zip`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = openZip(res.rawPayload);
    for (const name of [
      '01-quyet-dinh.pdf',
      '01-bien-ban-ban-giao.pdf',
      '02-quyet-dinh.pdf',
      '02-bien-ban-ban-giao.pdf',
      '03-quyet-dinh.pdf',
      '03-bien-ban-ban-giao.pdf',
    ]) {
      const pdf = zip.read(name);
      expect(pdf, name).not.toBeNull();
      expect(isPdf(pdf!)).toBe(true);
    }
    expect(pdfText(zip.read('01-bien-ban-ban-giao.pdf')!)).toContain('Vũ Thị Hoa');
  });

  it("answers 404 for a paper the plan does not have and for a plan outside the caller's scope", async () => {
    expect((await t.call(admin, 'GET', `/api/reorg-plans/${planId}/papers/9/decision.pdf`)).statusCode).toBe(404);
    expect((await t.call(admin, 'GET', `/api/reorg-plans/${planId}/papers/1/other.pdf`)).statusCode).toBe(400);
    const office = await t.login('office');
    expect((await t.call(office, 'GET', `/api/reorg-plans/${planId}/papers`)).statusCode).toBe(404);
    expect((await t.call(office, 'GET', `/api/reorg-plans/${planId}/papers.zip`)).statusCode).toBe(404);
  });
});

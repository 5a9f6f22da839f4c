import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { commitAndWait, memberRow, TEMPLATE_HEADERS, undoAndWait, upload, xlsxOf } from '../imports/test-files.js';

let t: TestApp;
let office: Session;

beforeAll(async () => {
  t = await startTestApp();
  office = await t.login('office');
});
afterAll(() => t.close());

async function readBook(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as never);
  return wb;
}
const exportOf = (s: Session, query: string) =>
  t.app.inject({ method: 'GET', url: `/api/exports/members.xlsx?${query}`, headers: { cookie: s.cookie } });

describe('member list export', () => {
  it('exports the filtered list of a subtree with the exporting user and time, and audits it', async () => {
    const res = await exportOf(office, 'unitId=4&gender=female');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const wb = await readBook(res.rawPayload);
    const sheet = wb.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Họ và tên');
    const names = [];
    for (let r = 2; r <= sheet.rowCount; r++) names.push(sheet.getRow(r).getCell(1).value);
    expect(names).toEqual(['Trần Thị Bình', 'Phạm Thị Đào', 'Vũ Thị Hoa']);
    expect(sheet.headerFooter.oddFooter).toContain('Người xuất: Người dùng office');
    const info = wb.worksheets[1]!;
    expect(info.getRow(2).values).toContain('Người dùng office');
    const audit = await t.db
      .selectFrom('audit_entry')
      .select(['action', 'entity_id', 'after'])
      .where('action', '=', 'member.export')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ entity_id: '4', after: { members: 3, filters: { gender: 'female' } } });
  });

  it('refuses a subtree outside the scope', async () => {
    const secretary = await t.login('secretary');
    expect((await exportOf(secretary, 'unitId=8')).statusCode).toBe(404);
    const own = await readBook((await exportOf(secretary, 'unitId=5')).rawPayload);
    expect(own.worksheets[0]!.rowCount).toBe(5); // header + the 4 members of cell 5
  });

  it('round-trips: what is exported imports back unchanged', async () => {
    // A new cell holds only imported members: import, export the cell, undo the import, import the exported file as is.
    const cell = await t.call(office, 'POST', '/api/units', {
      parentId: 4,
      code: 'T.A.1.9',
      name: 'Chi bộ thôn Bắc',
      kind: 'cell',
      effectiveOn: '2026-11-01',
    });
    expect(cell.statusCode, cell.body).toBe(200);
    const cellId = cell.json().units[0].id as number;
    const rows = [
      memberRow(700),
      memberRow(701, { officialOn: null, status: 'Dự bị', admittedOn: '02/02/2026', partyCardNo: null, phone: '' }),
      memberRow(702, {
        fullName: 'Đặng Thị Ánh',
        residence: 'Số 5; ngõ "Hòa Bình"',
        position: 'Bí thư chi đoàn',
        status: 'Miễn sinh hoạt',
      }),
    ].map((r) => {
      r[16] = 'T.A.1.9';
      return r;
    });
    const first = (
      await upload(t, office, { file: await xlsxOf([TEMPLATE_HEADERS, ...rows]), filename: 'a.xlsx', query: 'unitId=4' })
    ).json();
    await commitAndWait(t, office, first.id);
    const snapshot = async () =>
      await t.db
        .selectFrom('member')
        .select([
          'full_name',
          'search_name',
          'sort_key',
          'gender',
          'birth_date',
          'ethnicity',
          'hometown',
          'residence',
          'citizen_id',
          'party_card_no',
          'admitted_on',
          'official_on',
          'education',
          'theory_level',
          'occupation',
          'position',
          'phone',
          'status',
          'unit_id',
        ])
        .where('citizen_id', 'like', '0370900007%')
        .orderBy('citizen_id')
        .execute();
    const before = await snapshot();
    expect(before.length).toBe(3);

    const exported = await exportOf(office, `unitId=${cellId}`);
    expect(exported.statusCode).toBe(200);
    expect((await undoAndWait(t, office, first.id)).json().status).toBe('undone');
    expect(await snapshot()).toEqual([]);

    const again = (await upload(t, office, { file: exported.rawPayload, filename: 'danh-sach-dang-vien.xlsx', query: 'unitId=4' })).json();
    expect(again.errors).toEqual([]);
    expect(again.totalRows).toBe(3);
    await commitAndWait(t, office, again.id);
    expect(await snapshot()).toEqual(before);
  });
});

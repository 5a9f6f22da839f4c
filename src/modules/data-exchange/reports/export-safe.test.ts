// A member whose stored fields look like formulas exports as text that no spreadsheet runs, and the
// exported file still imports back to the same values.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { cellText, formatDate } from '../../../domain/imports/values.js';
import { readSheet } from '../imports/read-file.js';

let t: TestApp;
let office: Session;

beforeAll(async () => {
  t = await startTestApp();
  office = await t.login('office');
});
afterAll(() => t.close());

describe('member export and formula injection', () => {
  it('exports =HYPERLINK(…) and friends neutralized, dates as they were, and reads them back unchanged', async () => {
    const m = await t.db.selectFrom('member').select(['id', 'unit_id', 'citizen_id', 'birth_date']).orderBy('id').executeTakeFirstOrThrow();
    const stored = { full_name: '=HYPERLINK("http://x.vn","Bấm")', residence: '+84 thôn Đông', occupation: '@SUM(1)', position: '-1' };
    await t.db.updateTable('member').set(stored).where('id', '=', m.id).execute();
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/exports/members.xlsx?unitId=${m.unit_id}`,
      headers: { cookie: office.cookie },
    });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as never);
    const sheet = wb.worksheets[0]!;
    let found: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (row.getCell(7).value === m.citizen_id) found = row;
    });
    expect(found).toBeDefined();
    expect(found!.getCell(1).value).toBe('\'=HYPERLINK("http://x.vn","Bấm")');
    expect(found!.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect([6, 13, 14].map((c) => found!.getCell(c).value)).toEqual(["'+84 thôn Đông", "'@SUM(1)", "'-1"]);
    expect(found!.getCell(3).value).toBe(formatDate(m.birth_date as unknown as string));

    const back = await readSheet(res.rawPayload, 'xuat.xlsx');
    const row = back.rows.find((r) => r.cells[6] === m.citizen_id)!;
    expect([0, 5, 12, 13].map((i) => cellText(row.cells[i] ?? null))).toEqual([
      stored.full_name,
      stored.residence,
      stored.occupation,
      stored.position,
    ]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { xlsxOf } from '../../data-exchange/imports/test-files.js';
import { PLAN_COLUMNS, PLAN_HEADERS, rowsToOps } from '../../../domain/orgs/reorg.js';
import { EFFECTIVE, uploadPlan } from './test-helpers.js';

let t: TestApp;
let admin: Session;
const HEADERS = PLAN_COLUMNS.map((c) => PLAN_HEADERS[c][0]!);
const query = (title: string, filename = 'ke-hoach.xlsx') =>
  `unitId=1&filename=${filename}&title=${encodeURIComponent(title)}&effectiveOn=${EFFECTIVE}`;
const plans = async () =>
  Number(
    (
      await t.db
        .selectFrom('reorg_plan')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

describe('plan file', () => {
  it('offers a template with Vietnamese headers that reads back as operations', async () => {
    const res = await t.call(admin, 'GET', '/api/reorg-plans/template.xlsx');
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0]!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(HEADERS);
    expect(header[0]).toBe('Thao tác');
    const rows = [] as { row: number; cells: (string | null)[] }[];
    sheet.eachRow((r, n) => {
      if (n > 1) rows.push({ row: n, cells: (r.values as (string | null)[]).slice(1) });
    });
    const read = rowsToOps(header as string[], rows);
    expect(read.errors).toEqual([]);
    expect(read.ops.map((o) => o.kind)).toEqual(['create', 'rename', 'merge', 'change_kind']);
  });

  it('creates a draft from an uploaded plan', async () => {
    const file = await xlsxOf(
      [
        HEADERS,
        ['Thành lập', '', 'T.A.1.3', 'Chi bộ thôn Bắc', 'T.A.1', 'Chi bộ trực thuộc', ''],
        ['Hợp nhất', 'T.A.1.1; T.A.1.2', '', '', '', '', 'T.A.1.1'],
        ['Đổi loại', 'T.A.2', '', '', 'T', 'Chi bộ cơ sở', ''],
      ],
      'Kế hoạch',
    );
    const res = await uploadPlan(t, admin, file, query('Từ tệp'));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().operations.map((o: { row: number; kind: string }) => [o.row, o.kind])).toEqual([
      [2, 'create'],
      [3, 'merge'],
      [4, 'change_kind'],
    ]);
    const preview = (await t.call(admin, 'GET', `/api/reorg-plans/${res.json().id}/preview`)).json();
    expect(preview.errors).toEqual([]);
    expect(preview.membersMoved.total).toBe(3);
  });

  it('refuses bad rows one by one with their row numbers, and writes nothing', async () => {
    const before = await plans();
    const file = await xlsxOf(
      [
        HEADERS,
        ['Đổi tên', 'T.A.1.1', '', 'Chi bộ mới', '', '', ''],
        ['Xóa sổ', 'T.A.1.2', '', '', '', '', ''],
        ['Thành lập', '', 'N-1', 'Chi bộ X', 'T.A.1', 'Chi bộ ngoài hành tinh', ''],
        ['Chuyển', 'KHONG-CO', '', '', 'T', '', ''],
        ['Chuyển', 'T.A', '', '', 'T.A.1', '', ''],
        ['Đổi tên', 'T.A.1.2', '', '', '', '', ''],
      ],
      'Kế hoạch',
    );
    const res = await uploadPlan(t, admin, file, query('Lỗi'));
    expect(res.statusCode).toBe(400);
    expect(res.json().details.map((d: { row: number; code: string }) => [d.row, d.code])).toEqual([
      [3, 'reorg_unknown_operation'],
      [4, 'reorg_unknown_kind'],
      [7, 'reorg_field_missing'],
    ]);
    // Rows that read well are checked against the tree: each refusal with its row.
    const fixed = await xlsxOf(
      [
        HEADERS,
        ['Đổi tên', 'T.A.1.1', '', 'Chi bộ mới', '', '', ''],
        ['Chuyển', 'KHONG-CO', '', '', 'T', '', ''],
        ['Chuyển', 'T.A', '', '', 'T.A.1', '', ''],
      ],
      'Kế hoạch',
    );
    const second = await uploadPlan(t, admin, fixed, query('Lỗi 2'));
    expect(second.statusCode).toBe(422);
    expect(second.json().details.map((d: { row: number; code: string }) => [d.row, d.code])).toEqual([
      [3, 'reorg_unit_unknown'],
      [4, 'move_into_descendant'],
    ]);
    expect(await plans()).toBe(before);
  });

  it('refuses malformed files with a sentence and a 4xx', async () => {
    for (const [file, name, code] of [
      [Buffer.from('PK\u0003\u0004garbage'), 'a.xlsx', 'import_not_spreadsheet'],
      [Buffer.alloc(0), 'a.csv', 'import_empty_file'],
      [Buffer.from('%PDF-1.4 binary'), 'a.csv', 'import_not_spreadsheet'],
      [Buffer.from('Cột lạ,Khác\nx,y\n'), 'a.csv', 'reorg_plan_refused'],
    ] as const) {
      const res = await uploadPlan(t, admin, file as Buffer, query('Hỏng', name));
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.json().code).toBe(code);
    }
  });
});

// The import against real files of every awkward kind: bad rows, NFD text, CSV dialects, empty and
// foreign files, very wide sheets, a mapping fixed by hand and saved for the next file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import type { ImportField } from '../../../domain/imports/columns.js';
import { commitAndWait, memberRow, type Cells, TEMPLATE_HEADERS, upload, xlsxOf } from './test-files.js';

let t: TestApp;
let office: Session;
const count = async () =>
  Number(
    (
      await t.db
        .selectFrom('member')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await startTestApp();
  office = await t.login('office');
});
afterAll(() => t.close());

type Over = Partial<Record<ImportField, string | null>>;
/** Each bad row: what is wrong with it, and the error it must get. */
const BAD: [Over, string][] = [
  [{ fullName: '' }, 'fullName:required'],
  [{ fullName: '12345' }, 'fullName:name_no_letter'],
  [{ fullName: 'A'.repeat(121) }, 'fullName:too_long'],
  [{ gender: '' }, 'gender:required'],
  [{ gender: 'X' }, 'gender:gender_unknown'],
  [{ birthDate: '' }, 'birthDate:required'],
  [{ birthDate: '31/02/1990' }, 'birthDate:date_invalid'],
  [{ birthDate: '01/01/2030' }, 'birthDate:date_in_future'],
  [{ ethnicity: '' }, 'ethnicity:required'],
  [{ ethnicity: 'x'.repeat(51) }, 'ethnicity:too_long'],
  [{ hometown: '' }, 'hometown:required'],
  [{ residence: '' }, 'residence:required'],
  [{ citizenId: '' }, 'citizenId:required'],
  [{ citizenId: '12345' }, 'citizenId:citizen_id_format'],
  [{ citizenId: '037090000100' }, 'citizenId:duplicate_in_file'], // the first row's ID
  [{ citizenId: '036100000001' }, 'citizenId:exists_in_registry'],
  [{ partyCardNo: 'a b!' }, 'partyCardNo:party_card_format'],
  [{ partyCardNo: '77000100' }, 'partyCardNo:duplicate_in_file'],
  [{ partyCardNo: '93000001' }, 'partyCardNo:exists_in_registry'],
  [{ admittedOn: '' }, 'admittedOn:required'],
  [{ admittedOn: '2015/19/05' }, 'admittedOn:date_invalid'],
  [{ admittedOn: '01/01/2027', officialOn: null, status: 'Dự bị' }, 'admittedOn:date_in_future'],
  [{ admittedOn: '01/01/2000' }, 'admittedOn:too_young_at_admission'],
  [{ officialOn: '32/13/2016' }, 'officialOn:date_invalid'],
  [{ officialOn: '01/01/2010' }, 'officialOn:official_before_admitted'],
  [{ officialOn: '' }, 'officialOn:official_date_required'],
  [{ officialOn: '01/01/2027' }, 'officialOn:date_in_future'],
  [{ education: '' }, 'education:required'],
  [{ status: '' }, 'status:required'],
  [{ status: 'Đang công tác' }, 'status:status_unknown'],
  [{ unitCode: '' }, 'unitCode:required'],
  [{ unitCode: 'KHONG-CO' }, 'unitCode:unit_unknown'],
  [{ unitCode: 'T.A.1' }, 'unitCode:unit_not_cell'],
  [{ unitCode: 'T.B.1.1' }, 'unitCode:unit_unknown'], // a real cell, but outside the importer's subtree
  [{ phone: '12345' }, 'phone:phone_format'],
  [{ theoryLevel: 'x'.repeat(51) }, 'theoryLevel:too_long'],
  [{ officialOn: '18/05/2016' }, 'officialOn:official_before_probation_end'], // one day short of 12 months
  [{ memberCategory: '2D' }, 'memberCategory:category_unknown'],
];

describe('a file with bad rows', () => {
  it('reports every kind of bad row with its row, column and reason, and writes nothing', async () => {
    expect(new Set(BAD.map((b) => b[1])).size).toBeGreaterThanOrEqual(30);
    const rows = BAD.map(([over], i) => memberRow(100 + i, over));
    const before = await count();
    const res = await upload(t, office, { file: await xlsxOf([TEMPLATE_HEADERS, ...rows]), filename: 'loi.xlsx', query: 'unitId=4' });
    expect(res.statusCode).toBe(201);
    const job = res.json();
    const byRow = new Map<number, string[]>();
    for (const e of job.errors) byRow.set(e.row, [...(byRow.get(e.row) ?? []), `${e.field}:${e.code}`]);
    BAD.forEach(([, expected], i) => {
      expect(byRow.get(i + 2), `row ${i + 2}`).toContain(expected);
    });
    expect(job.validRows).toBe(0);
    const dup = job.errors.find((e: { row: number; field: string }) => e.row === 16 && e.field === 'citizenId');
    expect(dup).toEqual({
      row: 16,
      column: 'G',
      header: 'Số CCCD',
      field: 'citizenId',
      code: 'duplicate_in_file',
      message: 'Số CCCD trùng với dòng 2.',
    });
    const en = (await t.call(office, 'GET', `/api/imports/${job.id}`, undefined, { 'accept-language': 'en' })).json();
    expect(en.errors.find((e: { row: number; field: string }) => e.row === 16 && e.field === 'citizenId').message).toBe(
      'Citizen ID repeats the value of row 2.',
    );
    expect(en.errors.find((e: { row: number }) => e.row === 8).message).toBe('Date of birth "31/02/1990" is not a date in dd/mm/yyyy.');
    const short = job.errors.find((e: { code: string }) => e.code === 'official_before_probation_end');
    expect(short.message).toBe(
      'Ngày chính thức phải từ 19/05/2016 trở đi: thời gian dự bị là 12 tháng kể từ ngày vào Đảng (Điều lệ Đảng, Điều 5).',
    );

    const commit = await t.call(office, 'POST', `/api/imports/${job.id}/commit`);
    expect(commit.statusCode).toBe(409);
    expect(commit.json().code).toBe('import_has_errors');
    expect(await count()).toBe(before);
  });
});

describe('text and file formats', () => {
  it('reads a file written in NFD and stores NFC', async () => {
    const nfd = (s: string) => s.normalize('NFD');
    const file = await xlsxOf([
      TEMPLATE_HEADERS.map(nfd),
      memberRow(200, {
        fullName: nfd('Trịnh Thị Ngọc Ánh'),
        hometown: nfd('xã Hải Hậu, tỉnh Nam Định'),
        gender: nfd('Nữ'),
        status: nfd('Chính thức'),
      }),
    ]);
    const job = (await upload(t, office, { file, filename: 'nfd.xlsx', query: 'unitId=4' })).json();
    expect(job.errors).toEqual([]);
    await commitAndWait(t, office, job.id);
    const m = await t.db
      .selectFrom('member')
      .select(['full_name', 'hometown', 'gender', 'search_name'])
      .where('citizen_id', '=', '037090000200')
      .executeTakeFirstOrThrow();
    expect(m).toEqual({
      full_name: 'Trịnh Thị Ngọc Ánh'.normalize('NFC'),
      hometown: 'xã Hải Hậu, tỉnh Nam Định'.normalize('NFC'),
      gender: 'female',
      search_name: 'trinh thi ngoc anh',
    });
    expect(m.full_name).not.toBe(nfd('Trịnh Thị Ngọc Ánh'));
  });

  it('imports the member category (Form 2A/2B/2C) and leaves it unset when the cell is empty', async () => {
    const file = await xlsxOf([
      TEMPLATE_HEADERS,
      memberRow(210, { memberCategory: 'Mẫu 2A' }),
      memberRow(211, { memberCategory: 'ngoài hệ thống chính trị' }),
      memberRow(212),
    ]);
    const job = (await upload(t, office, { file, filename: 'doi-tuong.xlsx', query: 'unitId=4' })).json();
    expect(job.errors).toEqual([]);
    await commitAndWait(t, office, job.id);
    const rows = await t.db
      .selectFrom('member')
      .select(['citizen_id', 'member_category'])
      .where('citizen_id', 'in', ['037090000210', '037090000211', '037090000212'])
      .orderBy('citizen_id')
      .execute();
    expect(rows.map((r) => r.member_category)).toEqual(['leader_manager', 'outside_political_system', null]);
  });

  it('reads a CSV with a byte-order mark, semicolons and quoted fields', async () => {
    const line = (cells: Cells) =>
      cells
        .map((c) => {
          const s = c === null ? '' : String(c);
          return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
        })
        .join(';');
    const text = `\uFEFF${[TEMPLATE_HEADERS, memberRow(300, { residence: 'Số 5; ngõ "Hòa Bình"' }), memberRow(301)].map(line).join('\r\n')}\r\n`;
    const job = (
      await upload(t, office, { file: Buffer.from(text, 'utf8'), filename: 'danh sach.csv', query: 'unitId=4', contentType: 'text/csv' })
    ).json();
    expect(job).toMatchObject({ totalRows: 2, errorCount: 0 });
    expect(job.columns[0].header).toBe('Họ và tên'); // the byte-order mark is not part of the first header
    await commitAndWait(t, office, job.id);
    const m = await t.db.selectFrom('member').select('residence').where('citizen_id', '=', '037090000300').executeTakeFirstOrThrow();
    expect(m.residence).toBe('Số 5; ngõ "Hòa Bình"');
  });

  it('refuses an empty file, a header without rows, and files that are not spreadsheets', async () => {
    const cases: [Buffer, string, string][] = [
      [Buffer.alloc(0), 'rong.xlsx', 'import_empty_file'],
      [Buffer.from('\uFEFF', 'utf8'), 'rong.csv', 'import_empty_file'],
      [await xlsxOf([]), 'rong.xlsx', 'import_empty_file'],
      [await xlsxOf([TEMPLATE_HEADERS]), 'chi-tieu-de.xlsx', 'import_no_rows'],
      [
        Buffer.from('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1'),
        'bao-cao.pdf',
        'import_not_spreadsheet',
      ],
      [
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
        'anh.xlsx',
        'import_not_spreadsheet',
      ],
      [Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), 'hong.xlsx', 'import_not_spreadsheet'],
      [Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), 'cu.xls', 'import_old_xls'],
    ];
    for (const [file, name, code] of cases) {
      const res = await upload(t, office, { file, filename: name, query: 'unitId=4' });
      expect(res.statusCode, name).toBe(400);
      expect(res.json().code, name).toBe(code);
    }
    const en = await upload(t, office, {
      file: cases[4]![0],
      filename: 'bao-cao.pdf',
      query: 'unitId=4',
      contentType: 'application/octet-stream',
      locale: 'en',
    });
    expect(en.json().message).toBe('This file is not a spreadsheet. Upload an Excel file (.xlsx) or a CSV file (.csv).');
  });

  it('reads a sheet of 1,000 columns, using the known ones and ignoring the rest', async () => {
    const wide = (cells: Cells, filler: (i: number) => string) => {
      const out: Cells = [];
      cells.forEach((c, i) => {
        out.push(c);
        for (let k = 0; k < 54; k++) out.push(filler(i * 54 + k));
      });
      return [...out, ...Array.from({ length: 1000 - out.length }, (_, k) => filler(5000 + k))];
    };
    const header = wide(TEMPLATE_HEADERS, (i) => `Cột phụ ${i}`);
    expect(header.length).toBe(1000);
    const job = (
      await upload(t, office, {
        file: await xlsxOf([header, wide(memberRow(400), (i) => `x${i}`)]),
        filename: 'rong.xlsx',
        query: 'unitId=4',
      })
    ).json();
    expect(job).toMatchObject({ errorCount: 0, totalRows: 1, ignoredColumns: 1000 - TEMPLATE_HEADERS.length });
    expect(job.fields.find((f: { field: string }) => f.field === 'citizenId').column).toBe(6 * 55);
    expect((await commitAndWait(t, office, job.id)).json().status).toBe('committed');
  });

  it('answers 413 with a clear sentence for a file over 50 MB', async () => {
    const res = await upload(t, office, {
      file: Buffer.alloc(50 * 1024 * 1024 + 1, 0x41),
      filename: 'lon.csv',
      query: 'unitId=4',
      contentType: 'text/csv',
      locale: 'en',
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().message).toBe('The file is larger than 50 MB. Split it into smaller files.');
  });

  it('keeps the rest of the API JSON-only', async () => {
    const res = await t.call(office, 'PATCH', '/api/members/1', 'x', { 'content-type': 'text/csv' });
    expect(res.statusCode).toBe(415);
  });
});

describe('column mapping', () => {
  it('lets a person fix the mapping of unknown headers, saves it per source, and applies it to the next file', async () => {
    const headers = TEMPLATE_HEADERS.map((h, i) => (i === 0 ? 'Tên đầy đủ' : i === 6 ? 'Mã định danh' : h));
    const file = await xlsxOf([headers, memberRow(500)]);
    const job = (await upload(t, office, { file, filename: 'csdl.xlsx', query: 'unitId=4' })).json();
    expect(job.fields.find((f: { field: string }) => f.field === 'fullName').column).toBe(null);
    expect(job.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual([
      'fullName:required',
      'citizenId:required',
    ]);
    const fixed = await t.call(office, 'PUT', `/api/imports/${job.id}/mapping`, {
      mapping: { fullName: 0, citizenId: 6 },
      saveAs: 'CSDL đảng viên 3.0',
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
    expect(fixed.json().errors).toEqual([]);
    const twice = await t.call(office, 'PUT', `/api/imports/${job.id}/mapping`, { mapping: { fullName: 6 } });
    expect(twice.json().code).toBe('import_column_twice');

    const next = (
      await upload(t, office, {
        file: await xlsxOf([headers, memberRow(501)]),
        filename: 'csdl-2.xlsx',
        query: `unitId=4&mapping=${encodeURIComponent('CSDL đảng viên 3.0')}`,
      })
    ).json();
    expect(next.errors).toEqual([]);
    const saved = await t.call(office, 'GET', '/api/import-mappings?unitId=5');
    expect(saved.json().map((m: { name: string }) => m.name)).toEqual(['CSDL đảng viên 3.0']);
    const jobs = (await t.call(office, 'GET', '/api/imports?unitId=4&pageSize=1')).json();
    expect(jobs.total).toBeGreaterThan(1);
    expect(jobs.items).toEqual([
      expect.objectContaining({ id: next.id, filename: 'csdl-2.xlsx', totalRows: 1, createdByName: expect.any(String) }),
    ]);
    expect((await upload(t, office, { file, filename: 'x.xlsx', query: 'unitId=4&mapping=Kh%C3%B4ng' })).json().code).toBe(
      'import_mapping_unknown',
    );
  });
});

// Real spreadsheet files for the import tests, written with ExcelJS (not mocks of the reader).
import ExcelJS from 'exceljs';
import { HEADERS, IMPORT_FIELDS, type ImportField } from '../../../domain/imports/columns.js';
import type { TestApp, Session } from '../../../../test/http.js';

export type Cells = (string | number | Date | null)[];

export async function xlsxOf(rows: Cells[], sheetName = 'Đảng viên'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const TEMPLATE_HEADERS = IMPORT_FIELDS.map((f) => HEADERS[f][0]!);

/** A valid member row in template column order; `over` replaces fields. */
export function memberRow(i: number, over: Partial<Record<ImportField, string | number | null>> = {}): Cells {
  const base: Record<ImportField, string | number | null> = {
    fullName: `Nguyễn Văn Nhập ${String.fromCharCode(65 + (i % 26))}`,
    gender: i % 2 ? 'Nữ' : 'Nam',
    birthDate: '15/01/1990',
    ethnicity: 'Kinh',
    hometown: 'xã Yên Khánh, tỉnh Ninh Bình',
    residence: 'thôn Đông',
    citizenId: `0370900${String(i).padStart(5, '0')}`,
    partyCardNo: `77${String(i).padStart(6, '0')}`,
    admittedOn: '19/05/2015',
    officialOn: '19/05/2016',
    education: '12/12',
    theoryLevel: 'Sơ cấp',
    occupation: 'Nông dân',
    position: '',
    phone: '0987654321',
    status: 'Chính thức',
    unitCode: 'T.A.1.1',
    memberCategory: '',
  };
  const v = { ...base, ...over };
  return IMPORT_FIELDS.map((f) => v[f]);
}

export function upload(
  t: TestApp,
  s: Session,
  o: { file: Buffer; filename: string; query: string; contentType?: string; locale?: string },
) {
  const { file, filename, query, contentType = 'application/octet-stream', locale = 'vi' } = o;
  return t.app.inject({
    method: 'POST',
    url: `/api/imports?${query}&filename=${encodeURIComponent(filename)}`,
    payload: file,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': contentType, 'accept-language': locale },
  });
}

/** Commits and waits for the background write to finish (the page polls the same way). */
export async function commitAndWait(t: TestApp, s: Session, jobId: number) {
  return postAndWait(t, s, jobId, { action: 'commit', working: 'committing' });
}

/** Undoes an import and waits while its members are removed in the background (the answer is 202). */
export async function undoAndWait(t: TestApp, s: Session, jobId: number, headers?: Record<string, string>) {
  return postAndWait(t, s, jobId, { action: 'undo', working: 'undoing', headers });
}

async function postAndWait(
  t: TestApp,
  s: Session,
  jobId: number,
  o: { action: string; working: string; headers?: Record<string, string> },
) {
  const { action, working, headers } = o;
  const res = await t.call(s, 'POST', `/api/imports/${jobId}/${action}`, undefined, headers);
  if (res.statusCode !== 202) return res;
  for (let i = 0; i < 400; i++) {
    const job = await t.call(s, 'GET', `/api/imports/${jobId}`, undefined, headers);
    if (job.json().status !== working) return job;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${action} did not finish`);
}

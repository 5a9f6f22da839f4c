// Hostile files sent by a cell secretary to both upload routes: every one gets a 4xx with a code and a
// sentence, the server keeps serving, and nothing is written. Control characters in cells are refused
// per row by the import preview (so a commit never meets them) and refuse a reconciliation list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { hostileCases, rowsXml, xlsxFile } from './hostile-files.js';
import { memberRow, TEMPLATE_HEADERS } from './test-files.js';

let t: TestApp;
let secretary: Session;

beforeAll(async () => {
  t = await startTestApp();
  secretary = await t.login('secretary');
});
afterAll(() => t.close());

const ROUTES = ['/api/imports', '/api/reconciliations'];
const send = (s: Session, route: string, file: Buffer, filename: string, locale = 'vi') =>
  t.app.inject({
    method: 'POST',
    url: `${route}?unitId=5&filename=${encodeURIComponent(filename)}`,
    payload: file,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'application/octet-stream', 'accept-language': locale },
  });
const n = async (table: 'member' | 'import_job' | 'reconciliation' | 'reconciliation_item' | 'audit_entry') =>
  Number(
    (
      await t.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
const written = async () => ({
  members: await n('member'),
  jobs: await n('import_job'),
  lists: await n('reconciliation'),
  items: await n('reconciliation_item'),
  audit: await n('audit_entry'),
});

/** Template rows for the secretary's own cell; `bad` rows replace some of them. */
const cellRow = (i: number, over: Parameters<typeof memberRow>[1] = {}) => memberRow(i, { unitCode: 'T.A.1.1', ...over });

describe('hostile files on the upload routes', () => {
  it('answers each with a 400, its code and a sentence, on both routes; writes nothing; keeps serving', async () => {
    const before = await written();
    const cases = await hostileCases(TEMPLATE_HEADERS);
    for (const c of cases) {
      for (const route of ROUTES) {
        const res = await send(secretary, route, c.file, c.filename);
        expect(res.statusCode, `${route} ${c.name}: ${res.body.slice(0, 200)}`).toBe(400);
        const body = res.json();
        expect(body.code, `${route} ${c.name}`).toBe(c.code);
        expect(body.message, c.name).toMatch(/\p{L}{3}/u);
        expect(body.message, c.name).not.toContain('errors.');
      }
    }
    const en = await send(secretary, '/api/imports', cases.find((c) => c.code === 'upload_column_too_far')!.file, 'cot.xlsx', 'en');
    expect(en.json().message).toBe("Cell ZZZZZZZ1 (row 1) is past Excel's last column (XFD). Delete the stray cells and save again.");
    expect(await written()).toEqual(before);
    // Still serving, and an honest file built the same way goes through.
    expect((await t.call(secretary, 'GET', '/api/auth/me')).statusCode).toBe(200);
    const ok = await send(secretary, '/api/imports', xlsxFile(rowsXml([TEMPLATE_HEADERS, cellRow(60)])), 'dung.xlsx');
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ totalRows: 1, errorCount: 0 });
  }, 180_000);

  it('refuses a file name or a mapping name with a control character', async () => {
    const file = xlsxFile(rowsXml([TEMPLATE_HEADERS, cellRow(62)]));
    for (const route of ROUTES) {
      const res = await send(secretary, route, file, 'a\u0000b.xlsx');
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('validation');
      const mapping = await t.app.inject({
        method: 'POST',
        url: `${route}?unitId=5&filename=a.xlsx&mapping=%00`,
        payload: file,
        headers: { cookie: secretary.cookie, 'x-csrf-token': secretary.csrf, 'content-type': 'application/octet-stream' },
      });
      expect(mapping.statusCode, mapping.body).toBe(400);
    }
  });
});

describe('control characters in cells', () => {
  // Thirty clean rows first: a CSV with a control character in its first 4 KB is taken for a binary file.
  const lead = Array.from({ length: 30 }, (_, i) => cellRow(100 + i));
  const csv = (rows: readonly (readonly unknown[])[]) =>
    Buffer.from(rows.map((r) => r.map((c) => (c === null ? '' : String(c))).join(';')).join('\r\n'), 'utf8');

  it('are refused per row in the import preview (row and field), so the commit is refused and writes nothing', async () => {
    const file = csv([
      TEMPLATE_HEADERS,
      ...lead,
      cellRow(200, { fullName: 'Nguyễn\u0000Văn An' }),
      cellRow(201, { residence: 'thôn\u0007Đông' }),
      cellRow(202, { fullName: 'Nguyễn\tVăn Bình' }),
      cellRow(203, { residence: 'thôn\tĐông', hometown: 'xã\u0085Yên' }),
      cellRow(204, { residence: 'thôn\tTây' }),
    ]);
    expect(file.indexOf(0)).toBeGreaterThan(4096);
    const members = await n('member');
    const res = await send(secretary, '/api/imports', file, 'nul.csv');
    expect(res.statusCode, res.body).toBe(201);
    const job = res.json();
    expect(job.errors.map((e: { row: number; field: string; code: string }) => `${e.row}:${e.field}:${e.code}`)).toEqual([
      '32:fullName:control_character',
      '33:residence:control_character',
      '34:fullName:control_character',
      '35:hometown:control_character',
    ]);
    expect(job.errors[0]).toMatchObject({
      column: 'A',
      header: 'Họ và tên',
      message: 'Họ và tên chứa ký tự điều khiển (như NUL) không được phép.',
    });
    expect(job.validRows).toBe(31);
    expect(JSON.stringify(job)).not.toMatch(/\\u0000/);
    const commit = await t.call(secretary, 'POST', `/api/imports/${job.id}/commit`);
    expect(commit.statusCode).toBe(409);
    expect(commit.json().code).toBe('import_has_errors');
    expect(await n('member')).toBe(members);
  });

  it('are refused the same way in .xlsx text (a NUL written as &#0; or raw)', async () => {
    const xml = rowsXml([TEMPLATE_HEADERS, cellRow(300, { hometown: 'xã Yên' }), cellRow(301, { occupation: 'Thợ mộc' })])
      .replace('xã Yên', 'xã&#0;Yên')
      .replace('Thợ mộc', 'Thợ\u0000mộc');
    const res = await send(secretary, '/api/imports', xlsxFile(xml), 'nul.xlsx');
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().errors.map((e: { row: number; field: string; code: string }) => `${e.row}:${e.field}:${e.code}`)).toEqual([
      '2:hometown:control_character',
      '3:occupation:control_character',
    ]);
    expect((await t.call(secretary, 'POST', `/api/imports/${res.json().id}/commit`)).statusCode).toBe(409);
  });

  it('refuse a reconciliation list, naming the row and the column, and nothing is stored', async () => {
    const before = await written();
    const file = csv([TEMPLATE_HEADERS, ...lead, cellRow(400, { fullName: 'Lê\u0000Thị Hoa' })]);
    const res = await send(secretary, '/api/reconciliations', file, 'doi-chieu.csv');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      code: 'reconciliation_control_character',
      message: 'Dòng 32, cột A (Họ và tên) chứa ký tự điều khiển (như NUL). Hãy sửa ô đó rồi tải lên lại.',
    });
    expect(await written()).toEqual(before);
  });
});

describe('the upload rate limit', () => {
  let limited: TestApp;
  afterAll(() => limited?.close());

  it('lets one user send a few uploads a minute over both routes, then answers 429; another user is not held', async () => {
    limited = await startTestApp({ uploadsPerMinute: 3 });
    const [sec, office] = [await limited.login('secretary'), await limited.login('office')];
    const post = (s: Session, route: string) =>
      limited.app.inject({
        method: 'POST',
        url: `${route}?unitId=5&filename=a.csv`,
        payload: Buffer.from('x'),
        headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': 'text/csv', 'accept-language': 'en' },
      });
    const codes = [await post(sec, '/api/imports'), await post(sec, '/api/reconciliations'), await post(sec, '/api/imports')].map(
      (r) => r.statusCode,
    );
    expect(codes).toEqual([400, 400, 400]);
    for (const route of ROUTES) {
      const res = await post(sec, route);
      expect(res.statusCode).toBe(429);
      expect(res.json()).toMatchObject({
        code: 'upload_rate_limited',
        message: 'You have uploaded too many files (at most 3 a minute). Try again in a few minutes.',
      });
    }
    expect((await post(office, '/api/imports')).statusCode).toBe(400);
  });
});

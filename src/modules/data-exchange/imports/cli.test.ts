// `grassroots import` and `grassroots export` against a real database and real files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { startTestApp, type TestApp } from '../../../../test/http.js';
import { memberRow, TEMPLATE_HEADERS, xlsxOf } from './test-files.js';

let t: TestApp;
const dir = mkdtempSync(join(tmpdir(), 'gr-cli-'));
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const grassroots = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/grassroots.js', ...args], { env: { ...process.env, DATABASE_URL: t.url }, encoding: 'utf8' });

describe('grassroots import / export', () => {
  it('checks with --dry-run, refuses a file with errors, imports a clean file and exports it', async () => {
    const good = join(dir, 'tot.xlsx');
    writeFileSync(good, await xlsxOf([TEMPLATE_HEADERS, memberRow(800), memberRow(801)]));
    const bad = join(dir, 'loi.xlsx');
    writeFileSync(bad, await xlsxOf([TEMPLATE_HEADERS, memberRow(802, { citizenId: '123' })]));

    const dry = grassroots('import', good, '--unit', 'T.A.1', '--dry-run');
    expect(dry.stdout).toContain('Đã kiểm tra 2 dòng cho Đảng ủy xã A1: 0 lỗi.');
    expect(dry.status).toBe(0);
    const refused = grassroots('import', bad, '--unit', 'T.A.1');
    expect(refused.status).toBe(2);
    expect(refused.stdout).toContain('Dòng 2, cột G: Số CCCD "123" phải có đúng 12 chữ số.');
    const count = async () =>
      Number(
        (
          await t.db
            .selectFrom('member')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    expect(await count()).toBe(12);

    const done = grassroots('import', good, '--unit', 'T.A.1');
    expect(done.status, done.stderr).toBe(0);
    expect(done.stdout).toContain('Đã nhập 2 đảng viên');
    expect(done.stderr).toContain('Đang nhập: 2 / 2');
    expect(await count()).toBe(14);

    const out = join(dir, 'xuat.xlsx');
    const exp = grassroots('export', out, '--unit', 'T.A.1.1', '--status', 'official,exempted');
    expect(exp.status, exp.stderr).toBe(0);
    expect(exp.stdout).toContain('Đã xuất 6 đảng viên');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0]!.rowCount).toBe(7);
    const audit = await t.db
      .selectFrom('audit_entry')
      .select(['action', 'actor_name'])
      .where('action', 'in', ['import.commit', 'member.export'])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['import.commit', 'member.export']);
    expect(audit[0]!.actor_name).toMatch(/^CLI \(/);
  });
});

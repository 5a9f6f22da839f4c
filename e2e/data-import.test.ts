// Journey: an office uploads a file whose name column has an unknown header, sees the errors by row and
// column, fixes the mapping, imports all rows with the progress bar, and finds the new members in the list;
// then undoes the whole import (confirmed first) and the members are gone.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from './harness.js';
import { memberRow, TEMPLATE_HEADERS, xlsxOf } from '../src/modules/data-exchange/imports/test-files.js';

let h: Harness;
// SCREENSHOTS=1 also writes the user guide's pictures of this screen (docs/images).
const shot = (page: import('playwright-core').Page, name: string) =>
  process.env.SCREENSHOTS ? page.screenshot({ path: `docs/images/${name}.png` }).then(() => {}) : Promise.resolve();
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

test('upload, fix the mapping, preview errors, commit, and see the new members', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gr-e2e-'));
  const file = join(dir, 'danh-sach-moi.xlsx');
  const headers = TEMPLATE_HEADERS.map((x, i) => (i === 0 ? 'Tên đầy đủ' : x));
  writeFileSync(file, await xlsxOf([headers, memberRow(1, { fullName: 'Lương Thị Xuân' }), memberRow(2, { fullName: 'Quách Văn Yên' })]));

  const page = await h.newPage();
  await h.login(page, 'office');
  await page.goto('/data/import?unitId=4');
  await page.locator('input[type=file]').setInputFiles(file);

  const summary = page.getByTestId('import-summary');
  await expect.poll(() => summary.innerText()).toContain('2 dòng: 0 dòng hợp lệ, 2 lỗi');
  const errors = page.getByTestId('import-errors');
  await expect.poll(() => errors.innerText()).toContain('Thiếu Họ và tên.');
  expect(await page.getByRole('button', { name: /Nhập 0 đảng viên/ }).isDisabled()).toBe(true);
  await shot(page, 'import-preview');

  // Fix the mapping: the name is in column A.
  await page.getByTestId('import-mapping').getByRole('combobox', { name: 'Họ và tên' }).click();
  await page.getByTitle('A: Tên đầy đủ').click();
  await page.getByRole('button', { name: 'Áp dụng cách ghép cột' }).click();
  await expect.poll(() => summary.innerText()).toContain('2 dòng: 2 dòng hợp lệ, 0 lỗi');

  await page.getByRole('button', { name: 'Nhập 2 đảng viên' }).click();
  await page.getByText('Đã nhập 2 đảng viên.').waitFor();
  await page.getByRole('link', { name: 'Xem danh sách đảng viên' }).click();
  await page.waitForURL('**/members?unitId=4');
  const table = page.getByTestId('member-table');
  await expect.poll(() => table.innerText()).toContain('Lương Thị Xuân');
  expect(await table.innerText()).toContain('Quách Văn Yên');

  // Undo the whole import from the history: asked to confirm, then the members are removed in the background.
  await page.goto('/data/import?unitId=4');
  await page.getByRole('row', { name: /danh-sach-moi\.xlsx/ }).click();
  const job = page.getByTestId('import-job');
  await job.getByRole('button', { name: 'Hoàn tác cả lượt nhập' }).click();
  await page.getByText('Gỡ 2 đảng viên của lượt nhập này khỏi hồ sơ?', { exact: false }).waitFor();
  if (process.env.SCREENSHOTS) await page.waitForTimeout(500); // the popover's fade-in
  await shot(page, 'import-undo-confirm');
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Hoàn tác cả lượt nhập' }).click();
  await expect.poll(() => job.innerText()).toContain('Đã hoàn tác');
  const left = await h.db.db.selectFrom('member').select('id').where('full_name', 'in', ['Lương Thị Xuân', 'Quách Văn Yên']).execute();
  expect(left).toEqual([]);
});

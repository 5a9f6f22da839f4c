// Journey: an office downloads the statistics as PDF from the reports page and the file holds the
// Vietnamese tables and the exporting user; the dashboard drills down to a cell.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { startHarness, type Harness } from './harness.js';
import { pdfText } from '../src/modules/data-exchange/reports/pdf-text.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

test('download a PDF report and check its text', async () => {
  const page = await h.newPage();
  await h.login(page, 'office');
  await page.goto('/reports?unitId=4');
  await page.getByText('Biểu 1: Đảng viên chia theo tình trạng').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('statistics-pdf').click()]);
  const text = pdfText(readFileSync((await download.path())!));
  expect(text).toContain('Biểu 1: ĐẢNG VIÊN CHIA THEO TÌNH TRẠNG');
  expect(text).toContain('Chi bộ thôn Đông');
  expect(text).toContain('Người xuất: Người dùng office');
});

test('the dashboard drills down from the committee to a cell', async () => {
  const page = await h.newPage();
  await h.login(page, 'office');
  await page.goto('/dashboard?unitId=4');
  const dash = page.getByTestId('dashboard');
  await dash.getByRole('link', { name: 'Chi bộ thôn Tây' }).waitFor();
  await page.getByTestId('chart-status').locator('canvas').waitFor();
  await dash.getByRole('link', { name: 'Chi bộ thôn Tây' }).click();
  await page.waitForURL(/unitId=6/);
  await expect.poll(() => page.getByRole('heading', { level: 3 }).innerText()).toBe('Bảng điều hành: Chi bộ thôn Tây');
});

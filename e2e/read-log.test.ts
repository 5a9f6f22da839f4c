// A province admin opens a member's record, then finds that read in the audit screen's access tab.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

test('the read of a member’s record shows in the access tab of the audit screen', async () => {
  const page = await h.newPage();
  await h.login(page, 'admin');
  await page.goto(`${h.baseUrl}/members/10`);
  await expect.poll(() => page.getByTestId('member-name').innerText()).toBe('Ngô Thị Mai');

  await page.locator('li.ant-menu-item[data-menu-id$="-/audit"]').click();
  await page.waitForURL('**/audit');
  await page.getByRole('tab', { name: 'Truy cập hồ sơ đảng viên' }).click();
  // The record page reads the record and its history: two reads, each named.
  const rows = page.getByTestId('read-log-table').locator('tbody tr', { hasText: 'Ngô Thị Mai' });
  const what = (texts: string[]) =>
    texts.map((x) => (x.includes('Xem quá trình của đảng viên') ? 'timeline' : x.includes('Xem hồ sơ đảng viên') ? 'profile' : x)).sort();
  await expect.poll(async () => what(await rows.allInnerTexts())).toEqual(['profile', 'timeline']);
  expect(await rows.first().innerText()).toContain('Người dùng admin (admin)');
});

// Journey a: a cell secretary finds a member by a name typed without diacritics, edits the phone,
// and sees the change (old and new value) in the audit view.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

test('secretary searches without diacritics, edits the phone, sees it in the audit log', async () => {
  const page = await h.newPage();
  await h.login(page, 'secretary');

  await page.getByRole('menuitem', { name: 'Đảng viên' }).click();
  await page.waitForURL('**/members');
  await page.getByRole('textbox', { name: 'Tìm đảng viên' }).fill('nguyen van ngoan');
  await page.waitForURL(/q=nguyen/); // the debounced search reached the URL
  const rows = page.getByTestId('member-table').locator('tbody tr.member-row');
  await expect.poll(() => rows.count()).toBe(1);
  await expect.poll(() => rows.first().innerText()).toContain('Nguyễn Văn Ngoan');
  await rows.first().click();

  await page.waitForURL('**/members/1');
  await expect.poll(() => page.getByTestId('member-name').innerText()).toBe('Nguyễn Văn Ngoan');
  expect(await page.getByTestId('member-phone').innerText()).toBe('0912345678');
  await page.getByRole('button', { name: 'Sửa' }).click();

  await page.waitForURL('**/members/1/edit');
  const phone = page.getByLabel('Điện thoại');
  await expect.poll(() => phone.inputValue()).toBe('0912345678');
  // A wrong phone is refused by the client-side rule, under the field.
  await phone.fill('12345');
  await phone.press('Enter');
  await page.getByText('Số điện thoại gồm 10 chữ số').waitFor();
  await phone.fill('0987654321');
  await phone.press('Enter');

  await page.waitForURL('**/members/1');
  await expect.poll(() => page.getByTestId('member-phone').innerText()).toBe('0987654321');

  await page.getByRole('menuitem', { name: 'Nhật ký' }).click();
  await page.waitForURL('**/audit');
  const entry = page.getByTestId('audit-table').locator('tbody tr', { hasText: 'Sửa hồ sơ đảng viên' }).first();
  await entry.waitFor();
  await entry.getByRole('button').first().click(); // expand the before/after diff
  const diff = page.getByTestId('audit-diff');
  await diff.waitFor();
  const text = await diff.innerText();
  expect(text).toContain('Điện thoại');
  expect(text).toContain('0912345678');
  expect(text).toContain('0987654321');
});

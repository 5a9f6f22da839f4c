// Journey a: a cell secretary finds a member by a name typed without diacritics, edits the phone,
// and sees the change (old and new value) in the audit view.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

test('secretary searches without diacritics, edits the phone, sees it in the audit log', async () => {
  const page = await h.newPage();
  await h.login(page, 'secretary');

  await page.locator('li.ant-menu-item[data-menu-id$="-/members"]').click();
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

  await page.locator('li.ant-menu-item[data-menu-id$="-/audit"]').click();
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
  // The object is named in words and the diff is a table of values, not raw codes or JSON.
  expect(await entry.innerText()).toMatch(/Đảng viên số \d+/);
  expect(text).not.toMatch(/[{}]|"phone"/);
});

test('server field errors appear under their fields, and a stale edit offers a reload', async () => {
  const page = await h.newPage();
  await h.login(page, 'secretary');

  // A citizen ID that is already in the registry: only the server knows; its message sits under the field.
  await page.goto('/members/new?unitId=5');
  await page.getByLabel('Họ và tên').fill('Lê Thị Thử');
  await page.getByLabel('Giới tính').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Nữ' }).click();
  await page.getByLabel('Ngày sinh').fill('15/04/1990');
  await page.getByLabel('Ngày sinh').press('Enter');
  await page.getByLabel('Số CCCD').fill('036100000002');
  await page.getByLabel('Quê quán').fill('xã Yên Khánh');
  await page.getByLabel('Nơi ở hiện nay').fill('thôn Đông');
  await page.getByLabel('Ngày vào Đảng').fill('19/05/2020');
  await page.getByLabel('Ngày vào Đảng').press('Enter');
  await page.getByLabel('Trình độ học vấn').fill('12/12');
  await page.getByTestId('member-save').click();
  const citizenItem = page.locator('.ant-form-item', { has: page.getByLabel('Số CCCD') });
  await expect
    .poll(() => citizenItem.locator('.ant-form-item-explain-error').innerText())
    .toBe('Số CCCD 036100000002 đã có trong sổ đảng viên.');
  expect(new URL(page.url()).pathname).toBe('/members/new');

  // Someone else saves the record meanwhile: this save gets 409 and the page offers to reload.
  await page.goto('/members/3/edit');
  const position = page.getByLabel('Chức vụ', { exact: true });
  await expect.poll(() => page.getByLabel('Họ và tên').inputValue()).toBe('Lê Văn An');
  await h.db.db
    .updateTable('member')
    .set((eb) => ({ occupation: 'Kỹ sư', version: eb('version', '+', 1) }))
    .where('id', '=', 3)
    .execute();
  await position.fill('Tổ trưởng');
  await position.press('Enter');
  const alert = page.getByTestId('member-form-error');
  await expect.poll(() => alert.innerText()).toContain('Bản ghi đã được người khác sửa');
  await alert.getByRole('button', { name: 'Tải lại' }).click();
  await expect.poll(() => page.getByLabel('Nghề nghiệp').inputValue()).toBe('Kỹ sư');
  await position.fill('Tổ trưởng');
  await position.press('Enter');
  await page.waitForURL('**/members/3');
});

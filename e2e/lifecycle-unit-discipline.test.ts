// Browser journey of the discipline of a Party organization: the committee above records the dissolution of a
// cell, the cell stays in the tree, and the hint leads to the unit's page where it is dissolved by restructuring.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { letNoticesThrough, openFromMenu, pickOption, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

test('a committee records the dissolution of a cell and is pointed to the restructuring', async () => {
  const page = await letNoticesThrough(await h.newPage());
  await h.login(page, 'office');
  await openFromMenu(page, 'Quản lý đảng viên', 'Kỷ luật, miễn sinh hoạt');
  await page.waitForURL('**/discipline');
  await page.getByRole('button', { name: 'Kỷ luật tổ chức đảng' }).click();
  const dialog = page.getByRole('dialog');
  const unit = dialog.getByLabel('Tổ chức đảng bị kỷ luật', { exact: true });
  await unit.click();
  await unit.fill('thôn Tây');
  await pickOption(page, /Chi bộ thôn Tây/);
  await dialog.getByLabel('Hình thức', { exact: true }).click();
  await pickOption(page, 'Giải tán');
  await expect.poll(() => dialog.innerText()).toContain('chưa làm thay đổi hệ thống tổ chức');
  const date = dialog.getByLabel('Ngày quyết định', { exact: true });
  await date.click();
  await date.fill('20/11/2026');
  await date.press('Enter');
  await dialog.getByLabel('Số quyết định', { exact: true }).fill('30-QĐ/ĐU');
  await dialog.getByLabel('Cấp quyết định', { exact: true }).fill('Ban Thường vụ Đảng ủy xã A1');
  await dialog.getByRole('button', { name: 'Lưu' }).click();

  await page.getByRole('tab', { name: 'Kỷ luật tổ chức đảng' }).click();
  const row = page.locator('tbody tr', { hasText: 'Chi bộ thôn Tây' });
  await expect.poll(() => row.innerText()).toContain('Giải tán');
  expect(await row.innerText()).toContain('30-QĐ/ĐU');
  const unitRow = await h.db.db.selectFrom('org_unit').select('dissolved_on').where('id', '=', 6).executeTakeFirstOrThrow();
  expect(unitRow.dissolved_on).toBeNull();

  await row.getByRole('link', { name: 'trang của tổ chức' }).click();
  await page.waitForURL('**/units/6');
  await expect.poll(() => page.getByRole('button', { name: 'Giải thể' }).count()).toBe(1);
});

// A province admin records a seat in a cell's committee; a cell secretary sees the committee but no buttons.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { pickOption, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** A single select closes its list after a pick, with an animation: wait, so the list does not catch the next click. */
const dropdownsClosed = (page: Page) => expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);

test('admin adds a deputy secretary to the current term, and ends the secretary’s seat', async () => {
  const page = await h.newPage();
  await h.login(page, 'admin');
  await page.goto('/units/5');
  await expect.poll(() => page.getByTestId('unit-name').innerText()).toBe('Chi bộ thôn Đông');
  await page.getByRole('tab', { name: 'Cấp ủy' }).click();
  await page.getByRole('button', { name: 'Thêm cấp ủy viên' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Đảng viên').click();
  await page.keyboard.type('le van');
  // The shared member picker: the option shows the date of birth and the cell under the name.
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Lê Văn An' });
  await expect.poll(() => option.innerText()).toContain('Sinh 15/01/1992 · Chi bộ thôn Đông');
  await pickOption(page, 'Lê Văn An');
  await dropdownsClosed(page);
  await dialog.getByLabel('Chức vụ').click();
  await pickOption(page, 'Phó Bí thư');
  await dropdownsClosed(page);
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect.poll(() => page.getByRole('row', { name: /Lê Văn An/ }).innerText()).toContain('Phó Bí thư');
  const seat = await h.db.db
    .selectFrom('committee_seat')
    .select(['position', 'to_date'])
    .where('member_id', '=', 3)
    .executeTakeFirstOrThrow();
  expect(seat).toEqual({ position: 'deputy_secretary', to_date: null });

  // The secretary's seat (since 2025-06-01 in the fixture) ends today.
  await page
    .getByRole('row', { name: /Nguyễn Văn Ngoan/ })
    .getByRole('button', { name: 'Kết thúc chức vụ' })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Kết thúc chức vụ' }).click();
  await expect
    .poll(
      async () =>
        (await h.db.db.selectFrom('committee_seat').select('to_date').where('member_id', '=', 1).executeTakeFirstOrThrow()).to_date,
    )
    .toBe('2026-11-26');
  await expect.poll(() => page.getByRole('row', { name: /Nguyễn Văn Ngoan/ }).innerText()).toContain('26/11/2026');
});

test('a cell secretary reads the committee without editing buttons', async () => {
  const page = await h.newPage();
  await h.login(page, 'secretary');
  await page.goto('/units/5');
  await page.getByRole('tab', { name: 'Cấp ủy' }).click();
  await expect.poll(() => page.getByRole('row', { name: /Nguyễn Văn Ngoan/ }).innerText()).toContain('Bí thư');
  expect(await page.getByRole('button', { name: 'Thêm cấp ủy viên' }).count()).toBe(0);
});

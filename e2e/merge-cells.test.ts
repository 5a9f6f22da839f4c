// Journey b: a province admin merges cells 5 and 6 (both under unit 4) into a new cell. The preview
// lists the members who move; after confirming, the new cell holds the members of both, and the old
// cell is shown dissolved with its history kept; viewed as of the day before, the old cells are back.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pickOption, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

test('admin merges two cells into a new one with a preview first', async () => {
  const page = await h.newPage();
  await h.login(page, 'admin');

  await page.goto('/units/5');
  await expect.poll(() => page.getByTestId('unit-name').innerText()).toBe('Chi bộ thôn Đông');
  await page.getByRole('button', { name: 'Hợp nhất' }).click();
  const dialog = page.getByTestId('merge-dialog');
  await dialog.waitFor();

  await dialog.getByLabel('Hợp nhất cùng với').click();
  await pickOption(page, 'Chi bộ thôn Tây');
  await page.keyboard.press('Escape'); // close the multiple-select dropdown, not the dialog
  await dialog.getByLabel('Mã', { exact: true }).fill('T.A.1.9');
  await dialog.getByLabel('Tên đơn vị mới').fill('Chi bộ thôn Đông Tây');
  await dialog.getByLabel('Số quyết định').fill('12-QĐ/ĐU');
  await page.getByTestId('restructure-preview').click();

  const preview = page.getByTestId('restructure-preview-result');
  await preview.waitFor();
  expect(await page.getByTestId('preview-members-moved').innerText()).toBe('7');
  const sample = await page.getByTestId('preview-sample-members').innerText();
  expect(sample).toContain('Nguyễn Văn Ngoan'); // from cell 5
  expect(sample).toContain('Hoàng Văn Cường'); // from cell 6
  expect(await preview.innerText()).toContain('Chi bộ thôn Đông Tây');
  // Nothing has changed yet: the preview was rolled back.
  const before = await h.db.db.selectFrom('member').select('unit_id').where('id', '=', 1).executeTakeFirstOrThrow();
  expect(before.unit_id).toBe(5);

  await page.getByTestId('restructure-confirm').click();
  await page.waitForURL((u) => /^\/units\/\d+$/.test(u.pathname) && !['/units/5', '/units/6'].includes(u.pathname));
  await expect.poll(() => page.getByTestId('unit-name').innerText()).toBe('Chi bộ thôn Đông Tây');
  await expect.poll(() => page.getByTestId('unit-member-count').innerText()).toBe('7');
  // The new cell names the cells it was formed from, each a link.
  const formed = page.getByTestId('unit-lineage');
  await expect.poll(() => formed.innerText()).toContain('Hình thành từ');
  expect(await formed.getByRole('link', { name: 'Chi bộ thôn Đông', exact: true }).count()).toBe(1);
  expect(await formed.getByRole('link', { name: 'Chi bộ thôn Tây', exact: true }).count()).toBe(1);

  await page.getByRole('button', { name: 'Danh sách đảng viên' }).click();
  await page.waitForURL(/\/members\?unitId=\d+/);
  const table = page.getByTestId('member-table');
  await expect.poll(() => table.locator('tbody tr.member-row').count()).toBe(7);
  const names = await table.innerText();
  for (const n of ['Nguyễn Văn Ngoan', 'Trần Thị Bình', 'Hoàng Văn Cường', 'Vũ Thị Hoa']) expect(names).toContain(n);

  // The old cell: dissolved on the effective date, its versions still listed.
  await page.goto('/units/5');
  await expect.poll(() => page.getByTestId('unit-dissolved').innerText()).toBe('Đã giải thể từ 26/11/2026');
  // The old cell says what it went into.
  await expect
    .poll(async () => (await page.getByTestId('unit-lineage').innerText()).replace(/\s+/g, ' '))
    .toMatch(/Đã chuyển thành: Chi bộ thôn Đông Tây \(hợp nhất, sáp nhập 26\/11\/2026/);
  await page.getByRole('tab', { name: 'Lịch sử' }).click();
  const history = page.getByTestId('unit-history');
  await expect.poll(() => history.innerText()).toContain('Chi bộ thôn Đông');
  expect(await history.innerText()).toContain('01/01/2020');
  expect(await history.innerText()).toContain('26/11/2026');
  // No restructuring buttons on a dissolved unit.
  expect(await page.getByRole('button', { name: 'Hợp nhất' }).count()).toBe(0);

  // The day before the merge, the commune's page shows the two old cells with the members they had then.
  await page.goto('/units/4?asOf=2026-11-25');
  await expect.poll(() => page.getByTestId('unit-as-of').innerText()).toContain('25/11/2026');
  const kids = page.getByTestId('unit-children');
  await expect
    .poll(() => kids.locator('tbody tr').allInnerTexts())
    .toEqual([
      expect.stringMatching(/^Chi bộ thôn Đông\tT\.A\.1\.1\t.*\t4$/),
      expect.stringMatching(/^Chi bộ thôn Tây\tT\.A\.1\.2\t.*\t3$/),
    ]);
  expect(await kids.innerText()).not.toContain('Chi bộ thôn Đông Tây');
  expect(await page.getByTestId('unit-member-count').innerText()).toBe('7');
  // Following a child stays in that day: the old cell was active then, with its 4 members.
  await kids.getByRole('link', { name: 'Chi bộ thôn Đông' }).click();
  await page.waitForURL((u) => u.pathname === '/units/5' && u.search === '?asOf=2026-11-25');
  await expect.poll(() => page.getByTestId('unit-name').innerText()).toBe('Chi bộ thôn Đông');
  await expect.poll(() => page.getByTestId('unit-member-count').innerText()).toBe('4');
  expect(await page.getByTestId('unit-state').innerText()).toBe('Đang hoạt động');
  expect(await page.getByTestId('unit-dissolved').count()).toBe(0);
  // The tree on the left shows the same day.
  await expect.poll(() => page.getByTestId('tree-node-6').count()).toBe(1);
});

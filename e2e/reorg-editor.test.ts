// Browser journey of the plan editor: the admin builds a reorganization plan by hand, one operation at a time,
// sees the resulting tree in the preview after each change, removes an operation, and keeps the draft.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { letNoticesThrough, pickOption, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

test('the admin builds a plan by hand and previews it', async () => {
  const page = await letNoticesThrough(await h.newPage());
  await h.login(page, 'admin');
  await page.goto('/units/reorganization?unitId=1');
  await page.getByLabel('Tên kế hoạch').fill('Kiện toàn chi bộ xã A1');
  const effective = page.getByLabel('Ngày hiệu lực');
  await effective.click();
  await effective.fill('01/12/2026');
  await effective.press('Enter');

  // The first operation starts the plan: a new cell under the commune A1.
  const editor = page.getByTestId('reorg-editor').first();
  await editor.getByLabel('Đơn vị cấp trên (mã)').fill('T.A.1');
  await editor.getByLabel('Mã mới').fill('T.A.1.3');
  await editor.getByLabel('Tên').fill('Chi bộ thôn Nam');
  await editor.getByLabel('Loại tổ chức').click();
  await pickOption(page, 'Chi bộ trực thuộc');
  await editor.getByTestId('reorg-add-op').click();
  const ops = page.getByTestId('reorg-operations');
  await expect.poll(() => ops.innerText()).toContain('Các thao tác (1)');
  await expect.poll(() => page.getByTestId('reorg-after').innerText()).toContain('Chi bộ thôn Nam');

  // A second one, added to the draft: rename the cell Tây.
  const draftEditor = ops.getByTestId('reorg-editor');
  await draftEditor.getByLabel('Thao tác').click();
  await pickOption(page, 'Đổi tên');
  await draftEditor.getByLabel('Mã đơn vị').fill('T.A.1.2');
  await draftEditor.getByLabel('Tên').fill('Chi bộ thôn Tây Hồ');
  await draftEditor.getByTestId('reorg-add-op').click();
  await expect.poll(() => ops.innerText()).toContain('Các thao tác (2)');
  await expect.poll(() => page.getByTestId('reorg-after').innerText()).toContain('Chi bộ thôn Tây Hồ');

  // An operation on a unit that does not exist is refused with its row, and the draft keeps its two.
  await draftEditor.getByLabel('Thao tác').click();
  await pickOption(page, 'Giải thể');
  await draftEditor.getByLabel('Mã đơn vị').fill('KHONG.CO');
  await draftEditor.getByTestId('reorg-add-op').click();
  await expect.poll(() => page.getByTestId('reorg-errors').first().innerText()).toMatch(/\n3\t/);
  expect(await ops.innerText()).toContain('Các thao tác (2)');

  // Removing the first leaves the rename alone.
  await ops.getByRole('button', { name: 'Bỏ' }).first().click();
  await expect.poll(() => ops.innerText()).toContain('Các thao tác (1)');
  expect(await ops.innerText()).toContain('Đổi tên T.A.1.2');
  const saved = await h.db.db.selectFrom('reorg_operation').select('spec').execute();
  expect(saved.map((r) => (r.spec as { kind: string }).kind)).toEqual(['rename']);
});

// Browser journey of Party fees: the cell records a member's fee basis (a pension) on the whole-cell fee sheet,
// the sheet proposes 0.5% of it, and the month is saved with that amount.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { letNoticesThrough, openFromMenu, pickOption, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

test('a cell records a fee basis and saves the month with the amount the rule proposes', async () => {
  const page = await letNoticesThrough(await h.newPage());
  await h.login(page, 'secretary');
  await openFromMenu(page, 'Quản lý đảng viên', 'Sinh hoạt chi bộ, đảng phí');
  await page.waitForURL('**/meetings');
  await page.getByRole('tab', { name: 'Đảng phí' }).click();
  const row = page.locator('tbody tr', { hasText: 'Trần Thị Bình' });
  await expect.poll(() => row.innerText()).toContain('Mức chung (chưa có căn cứ)');

  await row.getByRole('button', { name: 'Sửa căn cứ' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nhóm đảng viên').click();
  await pickOption(page, 'lương hưu');
  await dialog.getByLabel('Số tiền làm căn cứ mỗi tháng (đồng)').fill('6530000');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect.poll(() => row.innerText()).toContain('0,5% × 6.530.000 đ (lương hưu)');
  expect(await row.innerText()).toContain('32.650');

  await row.getByLabel('Đã nộp').check();
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect
    .poll(
      async () =>
        (
          await h.db.db
            .selectFrom('party_fee')
            .select('amount')
            .where('member_id', '=', 2)
            .where('month', '=', '2026-11-01')
            .executeTakeFirst()
        )?.amount,
    )
    .toBe(32650);
  const basis = await h.db.db
    .selectFrom('member_fee_basis')
    .select(['kind', 'monthly_amount', 'valid_from'])
    .where('member_id', '=', 2)
    .executeTakeFirstOrThrow();
  expect(basis).toEqual({ kind: 'pension', monthly_amount: 6530000, valid_from: '2026-11-01' });
});

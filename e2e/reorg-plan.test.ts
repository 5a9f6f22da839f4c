// Journey: the province admin uploads a reorganization plan, sees the tree before and after, applies it
// with the progress bar, and the merged cell is in the tree; then undoes it.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from './harness.js';
import { xlsxOf } from '../src/modules/data-exchange/imports/test-files.js';
import { PLAN_COLUMNS, PLAN_HEADERS } from '../src/domain/orgs/reorg.js';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h?.close(); });

test('upload a plan, preview before and after, apply it, undo it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gr-e2e-'));
  const file = join(dir, 'ke-hoach.xlsx');
  writeFileSync(file, await xlsxOf([PLAN_COLUMNS.map((c) => PLAN_HEADERS[c][0]!),
    ['Hợp nhất', 'T.A.1.1; T.A.1.2', 'T.A.1.9', 'Chi bộ thôn Đông Tây', 'T.A.1', '', '']], 'Kế hoạch'));

  const page = await h.newPage();
  await h.login(page, 'admin');
  await page.goto('/units/reorganization?unitId=1');
  await page.getByLabel('Tên kế hoạch').fill('Hợp nhất thôn Đông, Tây');
  await page.getByLabel('Ngày hiệu lực').fill('2026-10-01');
  await page.locator('input[type=file]').setInputFiles(file);

  const plan = page.getByTestId('reorg-plan');
  await expect.poll(() => plan.innerText()).toContain('Dự thảo');
  const after = page.getByTestId('reorg-after');
  await expect.poll(() => after.innerText()).toContain('Chi bộ thôn Đông Tây (T.A.1.9) — 7 đảng viên, 1 chi bộ');
  expect(await plan.innerText()).toContain('7 đảng viên đổi chi bộ sinh hoạt.');

  await plan.getByRole('button', { name: 'Thực hiện' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Thực hiện' }).click();
  await expect.poll(() => plan.innerText()).toContain('Đã thực hiện');
  const merged = await h.db.db.selectFrom('org_unit').select(['id']).where('code', '=', 'T.A.1.9').executeTakeFirst();
  expect(merged).toBeDefined();

  await plan.getByRole('button', { name: 'Hoàn tác' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Hoàn tác' }).click();
  await expect.poll(() => plan.innerText()).toContain('Đã hoàn tác');
  expect(await h.db.db.selectFrom('org_unit').select(['id']).where('code', '=', 'T.A.1.9').executeTakeFirst()).toBeUndefined();
});

// Journey (issue 15, Build §6): the province admin uploads a reorganization plan effective 1 July 2025 with
// one bad row and sees it refused with its row; fixes it, previews the tree before and after, applies it with
// the progress bar; opens the tree as of 30 June 2025 (the old district level) and as of today (the commune
// committee directly under the province); downloads a handover minutes PDF; and the secretary of the merged
// cell still sees their cell's members, the absorbed ones included. Then the plan is undone.
// With SCREENSHOTS=1 it also saves the pictures of the user guide (docs/images/reorg-*.png).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness.js';
import { xlsxOf } from '../src/modules/data-exchange/imports/test-files.js';
import { pdfText } from '../src/modules/data-exchange/reports/pdf-text.js';
import { PLAN_COLUMNS, PLAN_HEADERS } from '../src/domain/orgs/reorg.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const shot = async (page: Page, name: string) => {
  if (process.env.SCREENSHOTS) await page.screenshot({ path: `docs/images/reorg-${name}.png`, fullPage: true });
};

async function planFile(dir: string, name: string, renameCode: string) {
  const file = join(dir, name);
  writeFileSync(
    file,
    await xlsxOf(
      [
        PLAN_COLUMNS.map((c) => PLAN_HEADERS[c][0]!),
        // Thôn Tây is merged into thôn Đông (which keeps its code and its secretary).
        ['Hợp nhất', 'T.A.1.1; T.A.1.2', '', '', '', '', 'T.A.1.1'],
        // District B goes: its commune committee sits directly under the province.
        ['Chuyển', 'T.B.1', '', '', 'T', '', ''],
        ['Giải thể', 'T.B', '', '', '', '', ''],
        ['Đổi tên', renameCode, '', 'Chi bộ Trường Tiểu học A', '', '', ''],
      ],
      'Kế hoạch',
    ),
  );
  return file;
}

test('upload a plan with a bad row, fix it, preview, apply with progress, see the tree on both dates, download the papers', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gr-e2e-'));
  const page = await h.newPage();
  await h.login(page, 'admin');
  await page.goto('/units/reorganization?unitId=1');
  await page.getByLabel('Tên kế hoạch').fill('Sắp xếp tổ chức đảng hai cấp');
  const effective = page.getByLabel('Ngày hiệu lực');
  await effective.click();
  await effective.fill('01/07/2025');
  await effective.press('Enter');

  // 1. A typo in row 5 (T.A.9 for T.A.2): the plan is refused with that row, nothing is written.
  await page.locator('input[type=file]').setInputFiles(await planFile(dir, 'ke-hoach-loi.xlsx', 'T.A.9'));
  const errors = page.getByTestId('reorg-errors');
  await expect.poll(() => errors.innerText()).toContain('T.A.9');
  const refused = await errors.locator('tbody tr').allInnerTexts();
  expect(refused).toHaveLength(1);
  expect(refused[0]).toMatch(/^5\tKhông có đơn vị mã "T\.A\.9" vào ngày 01\/07\/2025/);
  expect(await h.db.db.selectFrom('reorg_plan').select('id').execute()).toEqual([]);
  await shot(page, 'refused');

  // 2. Fixed: the draft, with the tree before and after.
  await page.locator('input[type=file]').setInputFiles(await planFile(dir, 'ke-hoach.xlsx', 'T.A.2'));
  const plan = page.getByTestId('reorg-plan');
  await expect.poll(() => plan.innerText()).toContain('Dự thảo');
  const after = page.getByTestId('reorg-after');
  await expect.poll(() => after.innerText()).toContain('Chi bộ thôn Đông (T.A.1.1) — 7 đảng viên, 1 chi bộ, 1 cấp ủy viên');
  expect(await after.innerText()).not.toContain('Huyện ủy B');
  expect(await plan.innerText()).toContain('3 đảng viên đổi chi bộ sinh hoạt.');
  await shot(page, 'preview');

  // Apply: the progress bar while it runs, then "applied" with every operation done.
  await plan.getByRole('button', { name: 'Thực hiện' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Thực hiện' }).click();
  await expect.poll(() => plan.innerText(), { timeout: 30_000 }).toContain('Đã thực hiện');
  const applied = await h.db.db.selectFrom('reorg_plan').select(['status', 'progress']).executeTakeFirstOrThrow();
  expect(applied).toEqual({ status: 'applied', progress: 4 });

  // 4. The papers: a decision and a handover minutes for the merge, the move and the dissolution.
  const papers = page.getByTestId('reorg-papers');
  await expect.poll(() => papers.locator('tbody tr').count()).toBe(3);
  expect(await papers.innerText()).toContain('01-QĐ/T');
  await shot(page, 'papers');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    papers.locator('tbody tr').first().getByRole('link', { name: 'Biên bản bàn giao' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('01-bien-ban-ban-giao.pdf');
  const pdf = readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(pdf);
  for (const name of ['Hoàng Văn Cường', 'Vũ Thị Hoa', 'Đặng Văn Dũng']) expect(text).toContain(name);
  expect(text).toContain('BIÊN BẢN BÀN GIAO');

  // 3. The tree the day before: the two districts, the two cells of commune A1.
  await page.goto('/units/1?asOf=2025-06-30');
  await expect.poll(() => page.getByTestId('unit-as-of').innerText()).toContain('30/06/2025');
  const kids = page.getByTestId('unit-children');
  await expect.poll(() => kids.innerText()).toContain('Huyện ủy B');
  expect(await kids.innerText()).not.toContain('Đảng ủy xã B1');
  await shot(page, 'as-of-before');
  await page.goto('/units/4?asOf=2025-06-30');
  await expect.poll(() => page.getByTestId('unit-children').innerText()).toContain('Chi bộ thôn Tây');
  // And today: district B gone, its commune committee directly under the province; one cell in commune A1.
  await page.goto('/units/1');
  await expect.poll(() => page.getByTestId('unit-children').innerText()).toContain('Đảng ủy xã B1');
  expect(await page.getByTestId('unit-children').innerText()).not.toContain('Huyện ủy B');
  await shot(page, 'as-of-today');
  await page.goto('/units/4');
  await expect.poll(() => page.getByTestId('unit-children').locator('tbody tr').count()).toBe(1);

  // 5. The secretary of the merged cell still sees their cell's members, the ones it absorbed included.
  const secretary = await h.newPage();
  await h.login(secretary, 'secretary');
  await secretary.goto('/members?unitId=5');
  const table = secretary.getByTestId('member-table');
  await expect.poll(() => table.locator('tbody tr.member-row').count()).toBe(7);
  for (const n of ['Nguyễn Văn Ngoan', 'Hoàng Văn Cường', 'Vũ Thị Hoa']) expect(await table.innerText()).toContain(n);

  // Undo, while nothing has changed since: the old tree is back.
  await page.goto('/units/reorganization?unitId=1');
  await page.getByRole('cell', { name: 'Sắp xếp tổ chức đảng hai cấp' }).click();
  await expect.poll(() => plan.innerText()).toContain('Đã thực hiện');
  await plan.getByRole('button', { name: 'Hoàn tác' }).click();
  await page.locator('.ant-popconfirm').getByRole('button', { name: 'Hoàn tác' }).click();
  await expect.poll(() => plan.innerText(), { timeout: 30_000 }).toContain('Đã hoàn tác');
  const b = await h.db.db.selectFrom('org_unit').select(['dissolved_on']).where('code', '=', 'T.B').executeTakeFirstOrThrow();
  expect(b.dissolved_on).toBeNull();
}, 120_000);

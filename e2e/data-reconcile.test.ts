// Journey: a cell secretary reconciles a list of the cell against the registry and accepts two
// differences into the member records.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHarness, type Harness } from './harness.js';
import { memberRow, TEMPLATE_HEADERS, xlsxOf } from '../src/modules/data-exchange/imports/test-files.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

test('reconcile a list and accept two differences', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'gr-e2e-'));
  const file = join(dir, 'danh-sach-chi-bo.xlsx');
  // Members 2 and 3 of cell 5 as an external list has them: a new phone, a new residence.
  const row = (id: number, name: string, birth: string, over: Record<string, string>) =>
    memberRow(0, {
      fullName: name,
      birthDate: birth,
      citizenId: `0361${String(id).padStart(8, '0')}`,
      partyCardNo: `9300${String(id).padStart(4, '0')}`,
      hometown: 'xã Yên Khánh, huyện Ý Yên, tỉnh Nam Định',
      residence: 'thôn Đông, xã A1',
      phone: '0912345678',
      unitCode: 'T.A.1.1',
      admittedOn: '19/05/2010',
      officialOn: '19/05/2011',
      education: '12/12',
      theoryLevel: 'Sơ cấp',
      occupation: '',
      position: '',
      ...over,
    });
  writeFileSync(
    file,
    await xlsxOf([
      TEMPLATE_HEADERS,
      row(2, 'Trần Thị Bình', '20/07/1985', { phone: '0977000111', gender: 'Nữ' }),
      row(3, 'Lê Văn An', '15/01/1992', { residence: 'xóm Mới, xã A1', gender: 'Nữ' }),
    ]),
  );

  const page = await h.newPage();
  await h.login(page, 'secretary');
  await page.goto('/data/reconcile?unitId=5');
  await page.locator('input[type=file]').setInputFiles(file);
  const result = page.getByTestId('reconciliation-result');
  await expect.poll(() => result.innerText()).toContain('Khớp, có khác biệt (2)');
  await expect.poll(() => result.innerText()).toContain('0977000111');
  // A coded value reads as a word: the gender shows as Nam → Nữ, never as its code.
  const gender = result.locator('[data-testid$=-gender]');
  await expect.poll(() => gender.innerText()).toMatch(/Giới tính:\s*Nam\s*→\s*Nữ/);
  expect(await result.innerText()).not.toMatch(/\b(fe)?male\b/);

  for (const text of ['0977000111', 'xóm Mới, xã A1']) {
    const diff = result.locator('[data-testid^=diff-]').filter({ hasText: text });
    await diff.getByRole('button', { name: 'Cập nhật' }).click();
    await expect.poll(() => diff.innerText()).toContain('Đã cập nhật');
  }
  const m2 = await h.db.db.selectFrom('member').select(['phone', 'version']).where('id', '=', 2).executeTakeFirstOrThrow();
  const m3 = await h.db.db.selectFrom('member').select(['residence', 'version']).where('id', '=', 3).executeTakeFirstOrThrow();
  expect(m2).toEqual({ phone: '0977000111', version: 2 });
  expect(m3).toEqual({ residence: 'xóm Mới, xã A1', version: 2 });
});

// The member picker starts empty in every dialog: a member picked in a cancelled dialog must not be pre-filled, listed
// first, or saved by the next dialog (a cell secretary once recorded an exemption for the wrong person that way).
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { normalizeFullName, searchName, sortKey } from '../src/domain/names/index.js';
import { loadFixture } from '../test/fixture.js';
import { letNoticesThrough, pickOption, startHarness, type Harness } from './harness.js';

const HIEU = { id: 101, name: 'Trần Quốc Hiếu' };
const HAI = { id: 102, name: 'Trần Thị Hải' };

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    load: async (db) => {
      await loadFixture(db.db);
      // Two more members of the secretary's cell (Chi bộ thôn Đông, unit 5), both found by a search for "tran".
      for (const m of [HIEU, HAI]) {
        const name = normalizeFullName(m.name);
        await db.db
          .insertInto('member')
          .values({
            id: m.id,
            full_name: name,
            search_name: searchName(name),
            sort_key: sortKey(name),
            gender: m === HAI ? 'female' : 'male',
            birth_date: '1986-02-03',
            ethnicity: 'Kinh',
            hometown: 'xã Yên Khánh',
            residence: 'thôn Đông, xã A1',
            citizen_id: `0362${String(m.id).padStart(8, '0')}`,
            party_card_no: `9400${String(m.id).padStart(4, '0')}`,
            admitted_on: '2012-05-19',
            official_on: '2013-05-19',
            education: '12/12',
            theory_level: 'Sơ cấp',
            status: 'official',
            unit_id: 5,
            phone: '0912345678',
          })
          .execute();
        await db.db.insertInto('member_cell_period').values({ member_id: m.id, unit_id: 5, valid_from: '2020-01-01' }).execute();
      }
    },
  });
});
afterAll(async () => {
  await h?.close();
});

/** The member field of a dialog: its visible text (the chosen member's label, or the placeholder). */
const memberField = (dialog: ReturnType<Page['getByRole']>) => dialog.locator('.ant-form-item:has(#memberId) .ant-select');

test('the exemption dialog opens empty after a cancelled discipline dialog, and records the member chosen', async () => {
  const page = await letNoticesThrough(await h.newPage());
  await h.login(page, 'secretary');
  await page.goto('/discipline');

  await page.getByRole('button', { name: 'Ghi quyết định kỷ luật' }).click();
  const first = page.getByRole('dialog', { name: 'Ghi quyết định kỷ luật' });
  await first.getByLabel('Đảng viên', { exact: true }).click();
  await first.getByLabel('Đảng viên', { exact: true }).fill('tran quoc hieu');
  await pickOption(page, /Trần Quốc Hiếu/);
  expect(await memberField(first).innerText()).toContain(HIEU.name);
  await first.getByRole('button', { name: 'Hủy' }).click();
  await first.waitFor({ state: 'hidden' });

  await page.getByRole('button', { name: 'Ghi miễn / đình chỉ sinh hoạt' }).click();
  const second = page.getByRole('dialog', { name: 'Ghi miễn / đình chỉ sinh hoạt' });
  await second.getByLabel('Đảng viên', { exact: true }).waitFor();
  expect(await memberField(second).innerText()).not.toContain(HIEU.name);
  expect(await second.getByLabel('Đảng viên', { exact: true }).inputValue()).toBe('');

  // Opening the list before typing offers no one from the last dialog.
  await second.getByLabel('Đảng viên', { exact: true }).click();
  expect(await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: HIEU.name }).count()).toBe(0);

  // The search lists the member typed first — the one Enter would take — and never the one from before.
  await second.getByLabel('Đảng viên', { exact: true }).fill('tran thi hai');
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await options.filter({ hasText: HAI.name }).first().waitFor();
  expect(await options.first().innerText()).toContain(HAI.name);
  expect(await options.filter({ hasText: HIEU.name }).count()).toBe(0);
  await second.getByLabel('Đảng viên', { exact: true }).press('Enter');
  expect(await memberField(second).innerText()).toContain(HAI.name);

  const from = second.getByLabel('Từ ngày', { exact: true });
  await from.click();
  await from.fill('20/11/2026');
  await from.press('Enter');
  await second.getByLabel('Số quyết định', { exact: true }).fill('07-QĐ/CB');
  await second.getByRole('button', { name: 'Lưu' }).click();
  await second.waitFor({ state: 'hidden' });

  const res = await page.request.get('/api/exemptions?unitId=5');
  expect(res.status()).toBe(200);
  const rows = ((await res.json()) as { items: { memberId: number; decisionNo: string }[] }).items;
  const recorded = rows.filter((r) => r.decisionNo === '07-QĐ/CB');
  expect(recorded.map((r) => r.memberId)).toEqual([HAI.id]);
  expect(rows.some((r) => r.memberId === HIEU.id)).toBe(false);
});

test('"Thêm phân công" reopens with an empty member field after a cancel', async () => {
  const page = await letNoticesThrough(await h.newPage());
  await h.login(page, 'admin');
  await page.goto('/grassroots/assignments');
  for (const round of [1, 2]) {
    await page.getByRole('button', { name: 'Thêm phân công' }).click();
    const dialog = page.getByRole('dialog', { name: 'Thêm phân công' });
    const field = dialog.getByLabel('Cấp ủy viên phụ trách', { exact: true });
    await field.waitFor();
    expect(await memberField(dialog).innerText(), `opening ${round}`).not.toContain(HIEU.name);
    await field.click();
    expect(await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: HIEU.name }).count()).toBe(0);
    await field.fill('tran quoc hieu');
    await pickOption(page, /Trần Quốc Hiếu/);
    expect(await memberField(dialog).innerText()).toContain(HIEU.name);
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
});

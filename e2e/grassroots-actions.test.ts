// Journeys of grassroots-work actions added to the assignments page: ending a household assignment on a chosen day.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { pickOption, startHarness, type Harness } from './harness.js';
import { PASSWORD } from '../test/fixture.js';

let h: Harness;
let assignmentId: number;

const dropdownsClosed = (page: Page) => expect.poll(() => page.locator('.ant-select-dropdown:visible').count()).toBe(0);

beforeAll(async () => {
  h = await startHarness();
  const login = await h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: PASSWORD } });
  const cookie = `gr_session=${login.cookies.find((c) => c.name === 'gr_session')!.value}`;
  const csrf = login.json().csrfToken as string;
  const call = async (method: string, url: string, body?: unknown) => {
    const res = await h.app.inject({ method: method as 'POST', url, payload: body as object, headers: { cookie, 'x-csrf-token': csrf } });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json() as { id: number };
  };
  const group = await call('POST', '/api/residential-groups', { unitId: 4, name: 'Thôn Đông', kind: 'village', cellId: 5 });
  const home = await call('POST', '/api/households', {
    residentialGroupId: group.id,
    address: 'Số 7, đường Bờ Đê',
    headName: 'Trần Văn Chủ',
    people: 3,
  });
  assignmentId = (await call('POST', '/api/household-assignments', { householdId: home.id, memberId: 3, validFrom: '2026-01-01' })).id;
});
afterAll(async () => {
  await h?.close();
});

test('admin ends a household assignment on a chosen day through the dialog', async () => {
  const page = await h.newPage();
  await h.login(page, 'admin');
  await page.goto('/grassroots/assignments');
  await page.locator('#household-assignment-member').click();
  await page.keyboard.type('le van an');
  await pickOption(page, 'Lê Văn An');
  await dropdownsClosed(page);
  const rows = page.getByTestId('household-assignments');
  await expect.poll(() => rows.innerText()).toContain('Số 7, đường Bờ Đê');
  await page
    .getByRole('row', { name: /Số 7, đường Bờ Đê/ })
    .getByRole('button', { name: 'Kết thúc' })
    .click();
  const dialog = page.getByRole('dialog');
  const date = dialog.getByLabel('Đến ngày');
  await date.click();
  await date.fill('20/11/2026');
  await date.press('Enter');
  await dialog.getByRole('button', { name: 'Kết thúc' }).click();
  await expect
    .poll(
      async () =>
        (await h.db.db.selectFrom('household_assignment').select('valid_to').where('id', '=', assignmentId).executeTakeFirstOrThrow())
          .valid_to,
    )
    .toBe('2026-11-20');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  // The list shows current assignments only, so the ended one leaves it.
  await expect.poll(() => rows.innerText()).not.toContain('Số 7, đường Bờ Đê');
});

// Journeys of steps that used to exist in the API only: the admin adds a cell under a grassroots committee;
// a visit names a household and shows in that household's history; a candidate's introducer is corrected
// after the candidate stage, then the file is withdrawn with a reason.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { letNoticesThrough, pickOption, startHarness, type Harness } from './harness.js';
import { PASSWORD } from '../test/fixture.js';

let h: Harness;
let call: (method: string, url: string, body?: unknown) => Promise<{ id: number; version: number }>;

beforeAll(async () => {
  h = await startHarness();
  const login = await h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: PASSWORD } });
  const cookie = `gr_session=${login.cookies.find((c) => c.name === 'gr_session')!.value}`;
  const csrf = login.json().csrfToken as string;
  call = async (method, url, body) => {
    const res = await h.app.inject({ method: method as 'POST', url, payload: body as object, headers: { cookie, 'x-csrf-token': csrf } });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  // Commune 4's village Thôn Đông (cell 5) with three households.
  const east = await call('POST', '/api/residential-groups', { unitId: 4, name: 'Thôn Đông', kind: 'village', cellId: 5 });
  for (let i = 1; i <= 3; i++) {
    await call('POST', '/api/households', {
      residentialGroupId: east.id,
      address: `Số ${i}, bờ sông Đào`,
      headName: `Phạm Văn Hộ${i}`,
      people: 4,
    });
  }
});
afterAll(async () => {
  await h?.close();
});

const newPage = async () => letNoticesThrough(await h.newPage());

test('the admin adds a cell under a grassroots committee and sees it among the children', async () => {
  const page = await newPage();
  await h.login(page, 'admin');
  await page.goto('/units/4');
  await page.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
  const dialog = page.getByTestId('create-child-dialog');
  await dialog.getByLabel('Loại tổ chức').click();
  await pickOption(page, 'Chi bộ trực thuộc');
  await dialog.getByLabel('Tên').fill('Chi bộ thôn Nam');
  // A code already used comes back from the server under the code field.
  await dialog.getByLabel('Mã', { exact: true }).fill('T.A.1.1');
  await page.getByTestId('restructure-preview').click();
  const codeItem = dialog.locator('.ant-form-item', { has: page.getByLabel('Mã', { exact: true }) });
  await expect.poll(() => codeItem.locator('.ant-form-item-explain-error').innerText()).toBe('Mã tổ chức T.A.1.1 đã được dùng.');
  await dialog.getByLabel('Mã', { exact: true }).fill('T.A.1.9');
  await page.getByTestId('restructure-preview').click();
  await page.getByTestId('restructure-confirm').click();
  const children = page.getByTestId('unit-children');
  await expect.poll(() => children.innerText()).toContain('Chi bộ thôn Nam');
  expect(await children.innerText()).toContain('T.A.1.9');
  const created = await h.db.db
    .selectFrom('org_unit')
    .select(['kind', 'parent_id'])
    .where('code', '=', 'T.A.1.9')
    .executeTakeFirstOrThrow();
  expect(created).toEqual({ kind: 'cell', parent_id: 4 });
});

async function pickUnit(page: Page, label: string, text: string) {
  await page.getByLabel(label).fill(text);
  await pickOption(page, text);
}

test("a visit names a household, and the household's history shows it", async () => {
  const page = await newPage();
  await h.login(page, 'office');
  await page.goto('/grassroots/visits');
  await page.getByRole('button', { name: 'Ghi lần thăm' }).click();
  await pickUnit(page, 'Tổ chức được thăm', 'Chi bộ thôn Đông');
  await page.getByLabel('Người đi thăm').fill('hoang van cuong');
  await pickOption(page, 'Hoàng Văn Cường');
  await page.getByLabel('Hộ gia đình đã đến thăm').fill('Số 2');
  await pickOption(page, 'Số 2, bờ sông Đào');
  await page.getByLabel('Nội dung', { exact: true }).fill('Thăm hộ ông Hộ2, hỏi về nước sạch');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await page.locator('.ant-drawer-open').waitFor({ state: 'detached' });

  await page.goto('/grassroots/households');
  await page.locator('tbody tr', { hasText: 'Số 2, bờ sông Đào' }).getByRole('button', { name: 'Lịch sử' }).click();
  const visits = page.getByTestId('history-visits');
  await expect.poll(() => visits.innerText()).toContain('Thăm hộ ông Hộ2, hỏi về nước sạch');
  // The other households of the village were not named.
  await page.keyboard.press('Escape');
  await page.locator('tbody tr', { hasText: 'Số 1, bờ sông Đào' }).getByRole('button', { name: 'Lịch sử' }).click();
  await page.getByTestId('household-history').waitFor();
  expect(await page.getByTestId('history-visits').innerText()).not.toContain('nước sạch');
});

test("a cell corrects a candidate's introducer after the candidate stage, then withdraws the file with a reason", async () => {
  let c = await call('POST', '/api/candidates', {
    unitId: 5,
    fullName: 'Mai Văn Lỡ',
    gender: 'male',
    birthDate: '2001-02-03',
    citizenId: '036301000077',
    education: 'upper_secondary',
    source: 'youth_union',
  });
  const step = async (method: string, url: string, body: Record<string, unknown>) => {
    c = await call(method, url, { version: c.version, ...body });
  };
  await step('POST', `/api/candidates/${c.id}/advance`, { to: 'course' });
  await step('PATCH', `/api/candidates/${c.id}`, { courseCertificateOn: '2026-03-10' });
  await step('POST', `/api/candidates/${c.id}/advance`, { to: 'candidate' });
  await step('PATCH', `/api/candidates/${c.id}`, { helperMemberId: 3, introducers: [{ memberId: 3, workedSince: '2020-01-01' }] });
  await step('POST', `/api/candidates/${c.id}/advance`, { to: 'application' });

  const page = await newPage();
  await h.login(page, 'secretary');
  await page.goto('/recruitment');
  await page.locator('tbody tr', { hasText: 'Mai Văn Lỡ' }).click();
  const drawer = page.locator('.ant-drawer');
  await expect.poll(() => drawer.innerText()).toContain('Lê Văn An (01/01/2020)');
  await drawer.getByLabel('Người giới thiệu', { exact: true }).click();
  await drawer.getByLabel('Người giới thiệu', { exact: true }).fill('nguyen van ngoan');
  await pickOption(page, /Nguyễn Văn Ngoan/);
  const date = drawer.getByLabel('Công tác cùng từ ngày', { exact: true });
  await date.click();
  await date.fill('01/06/2019');
  await date.press('Enter');
  await drawer.getByTestId('save-introducers').click();
  await expect.poll(() => drawer.innerText()).toContain('Nguyễn Văn Ngoan (01/06/2019)');

  await drawer.getByRole('button', { name: 'Rút hồ sơ' }).click();
  const modal = page.locator('.ant-modal', { hasText: 'Rút hồ sơ của Mai Văn Lỡ' });
  await modal.getByRole('button', { name: 'Rút hồ sơ' }).click();
  await expect.poll(() => modal.locator('.ant-form-item-explain-error').innerText()).toBe('Bắt buộc nhập');
  await modal.getByLabel('Lý do').fill('Gia đình chuyển vào Bình Dương');
  await modal.getByRole('button', { name: 'Rút hồ sơ' }).click();
  await expect
    .poll(() => drawer.getByTestId('candidate-withdrawn').innerText())
    .toContain('Rút hồ sơ ngày 26/11/2026: Gia đình chuyển vào Bình Dương');
  expect(await drawer.getByRole('button', { name: 'Rút hồ sơ' }).count()).toBe(0);
  const saved = await h.db.db.selectFrom('candidate').select(['withdrawn']).where('id', '=', c.id).executeTakeFirstOrThrow();
  expect(saved.withdrawn).toBe(true);
});

// Journeys of grassroots work: a committee member logs a visit with a problem and a later visit solves it;
// a campaign household is moved across the board and the chart follows; the coverage report finds planted gaps.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { pickOption, startHarness, type Harness } from './harness.js';
import { PASSWORD } from '../test/fixture.js';

let h: Harness;
let call: (method: string, url: string, body?: unknown) => Promise<{ id: number }>;

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
  // Commune 4 with two villages: Thôn Đông (cell 5, households in member 3's charge) and Thôn Tây (no cell, nobody in charge).
  const term = await call('POST', '/api/units/4/committee/terms', { label: 'Nhiệm kỳ 2025–2030', startsOn: '2025-06-01' });
  await call('POST', `/api/committee-terms/${term.id}/seats`, { memberId: 5, position: 'secretary', fromDate: '2025-06-01' });
  await call('POST', '/api/unit-assignments', { unitId: 5, memberId: 5, validFrom: '2026-01-01' });
  const east = await call('POST', '/api/residential-groups', { unitId: 4, name: 'Thôn Đông', kind: 'village', cellId: 5 });
  await call('POST', '/api/residential-groups', { unitId: 4, name: 'Thôn Tây', kind: 'village' });
  for (let i = 1; i <= 3; i++) {
    const home = await call('POST', '/api/households', {
      residentialGroupId: east.id,
      address: `Số ${i}, bờ sông Đào`,
      headName: `Phạm Văn Hộ${i}`,
      people: 4,
    });
    await call('POST', '/api/household-assignments', { householdId: home.id, memberId: 3, validFrom: '2026-01-01' });
  }
});
afterAll(async () => {
  await h?.close();
});

async function pickUnit(page: Page, label: string, text: string) {
  await page.getByLabel(label).fill(text);
  await pickOption(page, text);
}

test('the coverage report finds the planted gaps', async () => {
  await call('PUT', '/api/grassroots-settings', { householdLimit: 2 });
  const page = await h.newPage();
  await h.login(page, 'office');
  await page.goto('/grassroots/coverage');
  await expect.poll(() => page.getByTestId('units-without').innerText()).toContain('Chi bộ thôn Tây');
  expect(await page.getByTestId('units-without').innerText()).not.toContain('Chi bộ thôn Đông');
  expect(await page.getByTestId('groups-no-cell').innerText()).toContain('Thôn Tây');
  expect(await page.getByTestId('groups-no-member').innerText()).toContain('Thôn Tây');
  expect(await page.getByTestId('over-limit').innerText()).toContain('Lê Văn An');
  await call('PUT', '/api/grassroots-settings', { householdLimit: 30 });
});

test('a committee member logs a visit with a problem, and a later visit solves it', async () => {
  const page = await h.newPage();
  await h.login(page, 'office');
  await page.goto('/grassroots/visits');
  await page.getByRole('button', { name: 'Ghi lần thăm' }).click();
  await pickUnit(page, 'Tổ chức được thăm', 'Chi bộ thôn Đông');
  await page.getByLabel('Người đi thăm').fill('hoang van cuong');
  await pickOption(page, 'Hoàng Văn Cường');
  await page.getByRole('button', { name: 'Thêm vấn đề phát hiện' }).click();
  await page.getByLabel('Loại vấn đề').click();
  await pickOption(page, 'Đất đai');
  await page.getByLabel('Mô tả').fill('Hộ chưa được cấp giấy chứng nhận quyền sử dụng đất');
  await page.getByRole('button', { name: 'Lưu' }).click();
  const problems = page.getByTestId('problems');
  await expect.poll(() => problems.innerText()).toContain('Hộ chưa được cấp giấy chứng nhận');
  expect(await problems.innerText()).toContain('Mới phát hiện');

  await page.getByRole('button', { name: 'Ghi lần thăm' }).click();
  await pickUnit(page, 'Tổ chức được thăm', 'Chi bộ thôn Đông');
  await page.getByLabel('Người đi thăm').fill('hoang van cuong');
  await pickOption(page, 'Hoàng Văn Cường');
  await page.getByRole('button', { name: 'Cập nhật vấn đề cũ' }).click();
  await page.getByLabel('Vấn đề trước đây').click();
  await pickOption(page, 'Hộ chưa được cấp giấy chứng nhận');
  await page.getByLabel('Kết quả, hướng xử lý').fill('UBND xã đã cấp giấy chứng nhận');
  await page.getByRole('button', { name: 'Lưu' }).click();
  await expect.poll(() => problems.innerText()).not.toContain('Hộ chưa được cấp giấy chứng nhận');
  await page.getByText('Đã giải quyết', { exact: true }).click();
  await expect.poll(() => problems.innerText()).toContain('UBND xã đã cấp giấy chứng nhận');
  expect(await page.getByTestId('visits').locator('tbody tr').count()).toBe(2);
});

test('a campaign household is moved across the board and the chart follows', async () => {
  const campaign = await call('POST', '/api/campaigns', {
    unitId: 4,
    name: 'Giải phóng mặt bằng cầu qua sông Đào',
    goal: 'Bàn giao mặt bằng',
    place: 'Bờ sông Đào',
    startsOn: '2026-11-01',
    deadline: '2026-12-31',
  });
  const homes = (await call('GET', '/api/households?unitId=4')) as unknown as { items: { id: number }[] };
  await call('POST', `/api/campaigns/${campaign.id}/households`, { householdIds: homes.items.map((x) => x.id), memberIds: [3] });
  const page = await h.newPage();
  await h.login(page, 'office');
  await page.goto(`/grassroots/campaigns/${campaign.id}`);
  const today = page.getByTestId('chart-today');
  await expect.poll(() => today.innerText()).toContain('Chưa tiếp cận: 3');
  await page.getByTestId('column-not_contacted').getByRole('button', { name: 'Bước tiếp →' }).first().click();
  await expect.poll(() => page.getByTestId('column-visited').innerText()).toContain('Phạm Văn Hộ');
  await expect.poll(() => today.innerText()).toContain('Đã đến nhà: 1');
  expect(await today.innerText()).toContain('Chưa tiếp cận: 2');
  // Jumping over steps asks for a reason first.
  await page.getByTestId('column-visited').getByRole('button', { name: 'Chuyển sang…' }).first().click();
  await page.getByRole('menuitem', { name: 'Đã nhận bồi thường' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Lý do' }).fill('Hộ đồng ý và nhận tiền ngay tại buổi làm việc');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect.poll(() => page.getByTestId('column-compensation_received').innerText()).toContain('Phạm Văn Hộ');
  await expect.poll(() => today.innerText()).toContain('Đã nhận bồi thường: 1');

  // "Blocked" asks for the reason before sending anything: no refused request, no error shown first.
  const refused: string[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/move') && r.status() >= 400) refused.push(`${r.status()} ${r.url()}`);
  });
  await page.getByTestId('column-not_contacted').getByRole('button', { name: 'Chuyển sang…' }).first().click();
  await page.getByRole('menuitem', { name: 'Vướng mắc' }).click();
  const ask = page.getByRole('dialog');
  await ask.getByRole('textbox', { name: 'Lý do' }).waitFor();
  expect(await ask.locator('.ant-alert').count()).toBe(0);
  await ask.getByRole('textbox', { name: 'Lý do' }).fill('Hộ chưa đồng ý giá bồi thường');
  await ask.getByRole('button', { name: 'Lưu' }).click();
  await expect.poll(() => page.getByTestId('column-blocked').innerText()).toContain('Hộ chưa đồng ý giá bồi thường');
  expect(refused).toEqual([]);
});

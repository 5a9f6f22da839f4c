// The 2025 rule fixes in the browser: the member form refuses an official date inside the twelve months of
// probation, under the field, and the self-assessment takes sick leave in whole days.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, PASSWORD, type Harness } from './harness.js';

let h: Harness;
let subjectId: number;

beforeAll(async () => {
  h = await startHarness();
  const login = await fetch(`${h.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${h.baseUrl}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<Record<string, unknown>>;
  };
  const cycle = await call('POST', '/api/assessment-cycles', {
    title: 'Kiểm điểm năm 2026',
    kind: 'annual',
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    ruleSet: 'reg366-2025',
    rootUnitId: 1,
    subjectKinds: ['member'],
    deadlines: { self_assessment: '2026-12-05' },
  });
  const board = (await call('GET', `/api/assessment-cycles/${cycle.id}/subjects?pageSize=100`)) as unknown as {
    items: { id: number; memberId: number }[];
  };
  subjectId = board.items.find((s) => s.memberId === 2)!.id; // the fixture's `member` login is member 2
});
afterAll(async () => {
  await h?.close();
});

const fieldError = (page: Page, label: string) =>
  page.locator('.ant-form-item', { has: page.getByLabel(label, { exact: true }) }).locator('.ant-form-item-explain-error');

test('an official date one day after admission is refused under the field, with the earliest date', async () => {
  const page = await h.newPage();
  await h.login(page, 'secretary');
  await page.goto('/members/1/edit');
  const official = page.getByLabel('Ngày chính thức', { exact: true });
  await expect.poll(() => official.inputValue()).toBe('19/05/2011');
  // The fixture's members were admitted on 19/05/2010.
  await official.fill('20/05/2010');
  await official.press('Enter');
  await expect
    .poll(() => fieldError(page, 'Ngày chính thức').innerText())
    .toBe('Ngày chính thức phải từ 19/05/2011 trở đi: dự bị 12 tháng kể từ ngày vào Đảng (Điều lệ Đảng, Điều 5)');
  expect(page.url()).toMatch(/\/members\/1\/edit$/);
});

test('the self-assessment takes sick leave in whole days and the rule reads 90 days as 3 months', async () => {
  const page = await h.newPage();
  await h.login(page, 'member');
  await page.goto(`/assessments/subjects/${subjectId}`);
  await page.getByTestId('self-form').waitFor();
  await page.getByLabel('Bản tự kiểm điểm').fill('Tôi nghỉ ốm ba tháng trong năm.');
  await page.getByLabel('Điểm tiêu chí chung (tối đa 30)', { exact: true }).fill('29');
  await page.getByLabel('Điểm kết quả nhiệm vụ (tối đa 70)', { exact: true }).fill('66');
  for (const [label, v] of [
    ['Tổng số nhiệm vụ', '3'],
    ['Đúng hạn', '0'],
    ['Trễ hạn', '0'],
    ['Vượt mức', '3'],
    ['Không hoàn thành', '0'],
    ['Chỉ tiêu trọng tâm không đạt', '0'],
  ]) {
    await page.getByLabel(label!, { exact: true }).fill(v!);
  }
  const days = page.getByTestId('sick-leave-days');
  expect(await page.getByText('Số ngày nghỉ ốm trong kỳ', { exact: true }).count()).toBe(1);
  await days.fill('90');
  await page.getByTestId('self-submit').click();
  await expect.poll(() => page.getByTestId('subject-step').innerText()).toContain('Họp kiểm điểm');
  await expect.poll(() => page.locator('body').innerText()).toContain('90 ngày, ngưỡng 3 tháng = 90 ngày');
});

test('the member category (Form 2A/2B/2C) is set on the edit page and shown on the profile', async () => {
  const page = await h.newPage();
  await h.login(page, 'secretary');
  await page.goto('/members/3/edit');
  const select = page.getByTestId('member-category');
  await select.waitFor();
  await select.click();
  await page.locator('.ant-select-item-option', { hasText: '2B – Công tác trong hệ thống chính trị' }).click();
  await page.getByLabel('Điện thoại').press('Enter');
  await page.waitForURL('**/members/3');
  await expect.poll(() => page.getByTestId('member-category').innerText()).toBe('2B – Công tác trong hệ thống chính trị');
});

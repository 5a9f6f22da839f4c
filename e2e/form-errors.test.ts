// Forms say what is wrong: the server's field errors show under their fields (not only a general
// "invalid data" on top), and an incomplete dialog's save shows the missing fields without leaving an
// uncaught error or an unhandled promise rejection in the browser.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { letNoticesThrough, openFromMenu, startHarness, PASSWORD, type Harness } from './harness.js';

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
  // The 2025 rules need the task figures: the server refuses a self-assessment without them.
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

/** Every console error and uncaught page error (an unhandled rejection is one) while the page is open. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

const fieldError = (page: Page, testId: string) =>
  page.locator('.ant-form-item', { has: page.getByTestId(testId) }).locator('.ant-form-item-explain-error');

test('a self-assessment without the task count shows the server sentence under that field, marked required', async () => {
  const page = await h.newPage();
  await h.login(page, 'member');
  await page.goto(`/assessments/subjects/${subjectId}`);
  const form = page.getByTestId('self-form');
  await form.waitFor();
  await page.getByLabel('Bản tự kiểm điểm').fill('Tôi hoàn thành các nhiệm vụ được giao.');
  await page.getByLabel('Điểm tiêu chí chung (tối đa 30)', { exact: true }).fill('25');
  await page.getByLabel('Điểm kết quả nhiệm vụ (tối đa 70)', { exact: true }).fill('60');
  // Every figure but the total.
  for (const [label, v] of [
    ['Đúng hạn', '4'],
    ['Trễ hạn', '0'],
    ['Vượt mức', '0'],
    ['Không hoàn thành', '0'],
    ['Chỉ tiêu trọng tâm không đạt', '0'],
  ]) {
    await page.getByLabel(label!, { exact: true }).fill(v!);
  }
  // The task figures carry the required mark.
  const totalItem = page.locator('.ant-form-item', { has: page.getByTestId('task-total') });
  expect(await totalItem.locator('label.ant-form-item-required').count()).toBe(1);
  await page.getByTestId('self-submit').click();
  await expect.poll(() => fieldError(page, 'task-total').innerText()).toBe('Cần số liệu nhiệm vụ');
  // The sentence is under the field, and no general "invalid data" box repeats it above the form.
  expect(await page.getByTestId('step-error').count()).toBe(0);
  // Filling it in lets the step through.
  await page.getByTestId('task-total').fill('4');
  await page.getByTestId('self-submit').click();
  await expect.poll(() => page.getByTestId('subject-step').innerText()).toContain('Họp kiểm điểm');
});

test('the recruitment, transfer and discipline dialogs, saved empty, show the missing fields and leave no error in the console', async () => {
  const page = await letNoticesThrough(await h.newPage());
  await h.login(page, 'secretary');
  // Watched from after the login: the login page's own "who am I?" answers 401 by design.
  const errors = watchErrors(page);
  const saveEmpty = async (area: string, item: string, url: string, button: string) => {
    await openFromMenu(page, area, item);
    await page.waitForURL(`**/${url}`);
    await page.getByRole('button', { name: button }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    // antd shows the required fields' messages; the dialog stays open.
    await expect.poll(() => dialog.locator('.ant-form-item-explain-error').count()).toBeGreaterThan(0);
    await page.waitForTimeout(300); // a rejection would be reported on the next turns of the event loop
    await dialog.getByRole('button', { name: /Hủy|Cancel/ }).click();
    await dialog.waitFor({ state: 'hidden' });
  };
  await saveEmpty('Quản lý đảng viên', 'Phát triển đảng viên', 'recruitment', 'Thêm quần chúng ưu tú');
  await saveEmpty('Quản lý đảng viên', 'Chuyển sinh hoạt đảng', 'transfers', 'Chuyển sinh hoạt mới');
  await saveEmpty('Quản lý đảng viên', 'Kỷ luật, miễn sinh hoạt', 'discipline', 'Ghi quyết định kỷ luật');
  expect(errors).toEqual([]);
});

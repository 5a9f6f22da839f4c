// Journey c: a cell secretary cannot open another cell's member by typing its address; the page says
// "not found or not allowed" and shows none of that member's data. Also: the language switch makes
// the server's own messages English.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

test('a secretary opening a member of another cell by URL sees not-found and no data', async () => {
  const page = await h.newPage();
  await h.login(page, 'secretary');
  const apiCalls: number[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/api/members/10')) apiCalls.push(r.status());
  });

  await page.goto('/members/10');
  const notFound = page.getByTestId('not-found');
  await notFound.waitFor();
  expect(await notFound.innerText()).toBe('Không tìm thấy hoặc bạn không có quyền xem');
  expect(apiCalls).toContain(404);
  const body = await page.locator('body').innerText();
  expect(body).not.toContain('Ngô Thị Mai');
  expect(body).not.toContain('036100000010'); // her citizen ID
  expect(body).not.toContain('Chi bộ xóm 1');

  // Her own cell's member opens normally (the refusal above is about scope, not a broken page).
  await page.goto('/members/2');
  await expect.poll(() => page.getByTestId('member-name').innerText()).toBe('Trần Thị Bình');
});

test('in English, the UI and the server messages switch language', async () => {
  const page = await h.newPage();
  await page.goto('/login');
  await page.getByText('EN', { exact: true }).click();
  await page.getByLabel('Username').fill('secretary');
  await page.getByLabel('Password').fill('wrong password');
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect.poll(() => page.getByTestId('login-error').innerText()).toBe('Wrong username or password.');
  // The choice is remembered.
  await page.reload();
  await page.getByLabel('Username').waitFor();
});

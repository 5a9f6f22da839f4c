// Account security journeys: a manager resets a password and the user must change it before anything
// else; an admin turns on two-step verification and then logs in with a code.
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { PASSWORD, startHarness, type Harness } from './harness.js';
import { base32Decode, totp } from '../src/domain/access/totp.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

test('an office resets a member’s password; the member must change it at the next login', async () => {
  const office = await h.newPage();
  await h.login(office, 'office');
  await office.goto('/users');
  const row = office.getByRole('row', { name: /Người dùng member/ });
  await row.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
  await office.getByRole('dialog').getByRole('button', { name: 'Đặt lại' }).click();
  const shown = office.getByTestId('temporary-password');
  await shown.waitFor();
  const temporary = (await shown.innerText()).trim();
  expect(temporary).toMatch(/^[A-Za-z2-9]{16}$/);

  const member = await h.newPage();
  await h.login(member, 'member', temporary);
  await member.getByText('Đổi mật khẩu tạm').waitFor();
  await member.getByLabel('Mật khẩu tạm').fill(temporary);
  await member.getByLabel('Mật khẩu mới', { exact: true }).fill('matkhau123456');
  await member.getByLabel('Nhập lại mật khẩu mới').fill('matkhau123456');
  await member.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();
  // The server's rule: a common password is refused with its sentence under the field.
  await member.getByText('Mật khẩu này quá phổ biến', { exact: false }).waitFor();
  await member.getByLabel('Mật khẩu mới', { exact: true }).fill('Mùa lúa chín vàng 2026');
  await member.getByLabel('Nhập lại mật khẩu mới').fill('Mùa lúa chín vàng 2026');
  await member.getByRole('button', { name: 'Lưu mật khẩu mới' }).click();
  await member.getByTestId('current-user').waitFor();
  await expect.poll(() => member.getByTestId('current-user').innerText()).toContain('Người dùng member');
});

test('an admin turns on two-step verification, then logs in with a code from the app', async () => {
  const page = await h.newPage();
  await h.login(page, 'admin');
  // The header button leads to the account page; on a loaded machine the first click can land while the app is
  // still settling after login, so try again until the page is there.
  await vi.waitFor(
    async () => {
      await page.getByRole('button', { name: 'Đổi mật khẩu' }).click({ timeout: 5_000 });
      await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).waitFor({ timeout: 5_000 });
    },
    { timeout: 40_000, interval: 500 },
  );
  await page.getByRole('button', { name: 'Bật xác thực hai lớp' }).click();
  const secret = (await page.getByTestId('totp-secret').innerText()).replace(/\s/g, '');
  const key = base32Decode(secret)!;
  await page.getByLabel('Mã xác thực').fill(totp(key, Date.now() / 1000));
  await page.getByRole('button', { name: 'Xác nhận và bật' }).click();
  await page.getByTestId('recovery-codes').waitFor();
  const codes = (await page.getByTestId('recovery-codes').innerText())
    .split('\n')
    .map((c) => c.trim())
    .filter(Boolean);
  expect(codes).toHaveLength(10);
  await page.getByRole('button', { name: 'Đăng xuất' }).click();

  // The password alone now leads to the code step; a recovery code opens the session.
  await page.getByLabel('Tên đăng nhập').fill('admin');
  await page.getByLabel('Mật khẩu').fill(PASSWORD);
  await page.getByLabel('Mật khẩu').press('Enter');
  await page.getByLabel('Mã xác thực').fill('000000');
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await expect.poll(() => page.getByTestId('login-error').innerText()).toBe('Mã xác thực không đúng hoặc đã được dùng.');
  await page.getByLabel('Mã xác thực').fill(codes[0]!);
  await page.getByRole('button', { name: 'Xác nhận' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
  await page.getByTestId('current-user').waitFor();
});

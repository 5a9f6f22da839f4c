// Browser journey of the QR check-in: the secretary opens it on the meeting's day and shows the code; a member
// of the cell scans it on a phone (390 px) and is marked present, which the secretary's screen counts; a code
// tampered with and a member of another cell get a sentence and nothing is written.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { letNoticesThrough, startHarness, TODAY, type Harness } from './harness.js';

// SCREENSHOTS=1 also writes the user guide's pictures of the check-in (docs/images).
const shots = process.env.SCREENSHOTS ? fileURLToPath(new URL('../docs/images/', import.meta.url)) : '';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

test('a member checks in by scanning the QR code the secretary shows', async () => {
  const page = await letNoticesThrough(await h.newPage());
  await h.login(page, 'secretary');
  const me = (await (await page.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const created = await page.request.post('/api/meetings', {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { unitId: 5, heldOn: TODAY, kind: 'regular', topic: 'Sinh hoạt có điểm danh QR' },
  });
  expect(created.status()).toBe(201);
  const meetingId = ((await created.json()) as { id: number }).id;

  await page.goto('/meetings');
  await page.getByText('Sinh hoạt có điểm danh QR').first().click();
  const drawer = page.getByRole('dialog');
  await drawer.getByTestId('checkin-open').click();
  const qr = page.getByTestId('checkin-qr');
  await qr.waitFor();
  const url = new URL((await qr.getAttribute('data-url'))!);
  expect(url.pathname).toBe('/meetings/check-in');
  expect(url.searchParams.get('m')).toBe(String(meetingId));
  await expect.poll(() => page.getByTestId('checkin-count').innerText()).toMatch(/^Có mặt\s*0 \/ \d+/);
  if (shots) await page.screenshot({ path: `${shots}checkin-qr.png` });

  // The member's own phone.
  const phone = await h.newPage();
  await phone.setViewportSize({ width: 390, height: 844 });
  await h.login(phone, 'member');
  await phone.goto(url.pathname + url.search);
  const result = phone.getByTestId('checkin-result');
  await expect.poll(() => result.innerText()).toContain('Đã điểm danh');
  expect(await result.innerText()).toContain('buổi sinh hoạt ngày 26/11/2026');
  if (shots) await phone.screenshot({ path: `${shots}checkin-phone.png` });
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect.poll(() => page.getByTestId('checkin-count').innerText(), { timeout: 15_000 }).toMatch(/^Có mặt\s*1 \/ \d+/);
  const row = await h.db.db
    .selectFrom('meeting_attendance')
    .select(['presence', 'checked_in_at'])
    .where('meeting_id', '=', meetingId)
    .where('member_id', '=', 2)
    .executeTakeFirstOrThrow();
  expect(row.presence).toBe('present');
  expect(row.checked_in_at).not.toBeNull();

  // A code changed by hand reads as stale.
  await phone.goto(`/meetings/check-in?m=${meetingId}&c=AAAAAAAAAAAAAAAAAAAAAA`);
  await expect.poll(() => phone.getByTestId('checkin-result').innerText()).toContain('quét lại mã');

  // A member of another cell scanning the real code is told it is not theirs; nothing is written.
  const other = await h.newPage();
  await other.setViewportSize({ width: 390, height: 844 });
  await h.login(other, 'secretary8');
  await other.goto(url.pathname + url.search);
  await expect.poll(() => other.getByTestId('checkin-result').innerText()).toContain('một chi bộ khác');
  const foreign = await h.db.db
    .selectFrom('meeting_attendance')
    .select('member_id')
    .where('meeting_id', '=', meetingId)
    .where('member_id', '=', 10)
    .execute();
  expect(foreign).toEqual([]);

  // The secretary ends the check-in: the code stops working.
  await page.getByTestId('checkin-close').click();
  await phone.goto(url.pathname + url.search);
  await expect.poll(() => phone.getByTestId('checkin-result').innerText()).toContain('quét lại mã');
});

// Browser journey of the member's handbook on a phone (390×844): the secretary writes to the cell and schedules the
// next meeting with a paper; the member opens the handbook on the phone, sees the meeting, the paper and what is
// still due, and replies; the secretary reads the reply and answers the member, who then reads the answer.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { letNoticesThrough, pickOption, startHarness, type Harness } from './harness.js';

// SCREENSHOTS=1 also writes the user guide's pictures of the handbook (docs/images).
const shots = process.env.SCREENSHOTS ? fileURLToPath(new URL('../docs/images/', import.meta.url)) : '';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

test('a member reads the handbook on a phone and talks with the cell committee', async () => {
  const desk = await letNoticesThrough(await h.newPage());
  await h.login(desk, 'secretary');
  const me = (await (await desk.request.get('/api/auth/me')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': me.csrfToken };
  const meeting = await desk.request.post('/api/meetings', {
    headers,
    data: {
      unitId: 5,
      heldOn: '2026-12-10',
      kind: 'regular',
      topic: 'Tổng kết công tác năm 2026',
      agenda: ['Kiểm điểm, đánh giá cuối năm'],
    },
  });
  expect(meeting.status()).toBe(201);
  const paper = await desk.request.post(
    `/api/meetings/${((await meeting.json()) as { id: number }).id}/documents?filename=${encodeURIComponent('Báo cáo tổng kết.pdf')}`,
    { headers: { ...headers, 'content-type': 'application/pdf' }, data: Buffer.from('%PDF-1.4\n%%EOF\n') },
  );
  expect(paper.status()).toBe(201);

  await desk.goto('/messages?unitId=5');
  await desk.getByLabel('Tin nhắn mới gửi cả chi bộ').fill('Đề nghị các đồng chí đọc trước báo cáo tổng kết.');
  await desk.getByRole('button', { name: 'Gửi', exact: true }).first().click();
  await expect.poll(() => desk.locator('.ant-list').innerText()).toContain('Đề nghị các đồng chí đọc trước báo cáo tổng kết.');

  const phone = await letNoticesThrough(await h.newPage());
  await phone.setViewportSize({ width: 390, height: 844 });
  await h.login(phone, 'member');
  // The bell says there is something new; it opens the handbook, which marks it seen.
  const bell = phone.getByTestId('handbook-bell');
  await expect.poll(() => bell.getAttribute('aria-label')).toMatch(/: [1-9]\d* tài liệu, tin nhắn mới/);
  await bell.click();
  await phone.waitForURL('**/handbook');
  const book = phone.getByTestId('handbook');
  await expect.poll(() => phone.getByTestId('handbook-meeting').innerText()).toContain('10/12/2026');
  expect(await phone.getByTestId('handbook-meeting').innerText()).toContain('Báo cáo tổng kết.pdf');
  expect(await phone.getByTestId('handbook-fees').innerText()).toMatch(/Còn nợ|Đã đóng đủ/);
  expect(await book.innerText()).toContain('Đề nghị các đồng chí đọc trước báo cáo tổng kết.');
  expect(await phone.getByTestId('handbook-messages').innerText()).toContain('Mới');
  await expect.poll(() => bell.getAttribute('aria-label')).toContain(': 0 tài liệu');
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  if (shots) await phone.screenshot({ path: `${shots}handbook-phone.png`, fullPage: true });
  // Installable: the manifest opens the handbook, its icons are served, the service worker is registered.
  const manifest = (await (await phone.request.get('/manifest.webmanifest')).json()) as {
    start_url: string;
    display: string;
    icons: { src: string }[];
  };
  expect(manifest).toMatchObject({ start_url: '/handbook', display: 'standalone' });
  for (const icon of manifest.icons) expect((await phone.request.get(icon.src)).status(), icon.src).toBe(200);
  await expect.poll(() => phone.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()))).toBe(true);

  await phone.getByLabel('Trả lời').fill('Tôi đã đọc, xin góp ý phần phương hướng.');
  await phone.getByRole('button', { name: 'Gửi', exact: true }).click();
  await expect.poll(() => phone.getByTestId('handbook-messages').innerText()).toContain('Tôi đã đọc, xin góp ý phần phương hướng.');

  // The secretary reads the reply and answers that member.
  await desk.reload();
  await expect.poll(() => desk.locator('.ant-list').innerText()).toContain('Tôi đã đọc, xin góp ý phần phương hướng.');
  await desk.getByLabel('Trả lời đảng viên').click();
  await pickOption(desk, 'Trần Thị Bình');
  await desk.getByLabel('Nội dung trả lời').fill('Cảm ơn đồng chí, mời phát biểu tại buổi họp.');
  await desk.getByRole('button', { name: 'Gửi', exact: true }).last().click();
  await expect.poll(() => desk.locator('.ant-list').innerText()).toContain('Cảm ơn đồng chí, mời phát biểu tại buổi họp.');

  const answered = await h.db.db
    .selectFrom('cell_message')
    .select('to_member_id')
    .where('body', '=', 'Cảm ơn đồng chí, mời phát biểu tại buổi họp.')
    .executeTakeFirstOrThrow();
  expect(answered.to_member_id).toBe(2);
  await phone.reload();
  await expect.poll(() => phone.getByTestId('handbook-messages').innerText()).toContain('Cảm ơn đồng chí, mời phát biểu tại buổi họp.');
});

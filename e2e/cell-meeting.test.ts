// Browser journey of a cell meeting: the secretary schedules it with an agenda, attaches a PDF, records the real
// start and end and the minutes, downloads the minutes as a PDF; a member of the cell then sees the paper.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pdfBuffer, pdfDocument } from '../src/shared/pdf.js';
import { pdfText } from '../src/modules/data-exchange/reports/pdf-text.js';
import { letNoticesThrough, openFromMenu, startHarness, type Harness } from './harness.js';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

test('the secretary schedules, documents and records a meeting; a member reads its paper', async () => {
  const paper = await pdfBuffer(
    pdfDocument({ title: 'Dự thảo', author: 'e2e', content: [{ text: 'Dự thảo nghị quyết tháng 11' }], footer: () => '' }),
  );
  const page = await letNoticesThrough(await h.newPage());
  await h.login(page, 'secretary');
  await openFromMenu(page, 'Quản lý đảng viên', 'Sinh hoạt chi bộ, đảng phí');
  await page.waitForURL('**/meetings');
  await page.getByRole('tab', { name: 'Điểm danh' }).click();
  await page.getByLabel('Chủ đề').fill('Sinh hoạt thường kỳ tháng 11');
  await page.getByLabel('Giờ bắt đầu dự kiến (HH:MM)').fill('19:30');
  await page.getByLabel('Chương trình sinh hoạt').fill('Kiểm điểm nghị quyết tháng 10\nPhương hướng tháng 12');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();

  // The new meeting opens in its drawer.
  const drawer = page.getByRole('dialog');
  await expect.poll(() => drawer.innerText()).toContain('Buổi sinh hoạt ngày 26/11/2026');
  await expect.poll(() => page.getByTestId('agenda').innerText()).toContain('Phương hướng tháng 12');
  await drawer.locator('input[type=file]').setInputFiles({ name: 'Dự thảo nghị quyết.pdf', mimeType: 'application/pdf', buffer: paper });
  await expect.poll(() => drawer.innerText()).toContain('Dự thảo nghị quyết.pdf');

  await drawer.getByLabel('Bắt đầu (HH:MM)').fill('19:30');
  await drawer.getByLabel('Kết thúc (HH:MM)').fill('21:00');
  await drawer.getByLabel('Biên bản').fill('Đồng chí Bí thư khai mạc. Chi bộ thảo luận và thống nhất phương hướng tháng 12.');
  await drawer.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect.poll(() => drawer.innerText()).toContain('Thời gian: 90 phút');
  const saved = await h.db.db
    .selectFrom('cell_meeting')
    .select(['started_at', 'ended_at', 'minutes', 'agenda'])
    .where('topic', '=', 'Sinh hoạt thường kỳ tháng 11')
    .executeTakeFirstOrThrow();
  expect(saved).toMatchObject({
    started_at: '19:30:00',
    ended_at: '21:00:00',
    agenda: ['Kiểm điểm nghị quyết tháng 10', 'Phương hướng tháng 12'],
  });

  const [download] = await Promise.all([page.waitForEvent('download'), drawer.getByText('Tải biên bản (PDF)').click()]);
  const text = pdfText(readFileSync((await download.path())!));
  expect(text).toContain('BIÊN BẢN SINH HOẠT CHI BỘ');
  expect(text).toContain('Ngày 26/11/2026');
  expect(text).toContain('Phương hướng tháng 12');

  // A member of the cell sees the meeting and its paper.
  const memberPage = await h.newPage();
  await h.login(memberPage, 'member');
  await memberPage.goto('/meetings');
  await memberPage.getByText('26/11/2026').first().click();
  const memberDrawer = memberPage.getByRole('dialog');
  await expect.poll(() => memberDrawer.innerText()).toContain('Dự thảo nghị quyết.pdf');
  expect(await memberDrawer.getByLabel('Biên bản').count()).toBe(0);
  const [got] = await Promise.all([memberPage.waitForEvent('download'), memberDrawer.getByText('Dự thảo nghị quyết.pdf').click()]);
  expect(Buffer.compare(readFileSync((await got.path())!), paper)).toBe(0);
});

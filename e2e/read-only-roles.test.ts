// Read-only roles see no write form they could not save: the observer has no create buttons, a member cannot
// open the edit form of their own record, a cell secretary is not offered expulsion or suspension (decisions
// of the level above), and a committee office gets no complaint form on a member's assessment.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, PASSWORD, type Harness } from './harness.js';

let h: Harness;
let subjectOfMember2: number;

async function apiSession(username: string) {
  const r = await fetch(`${h.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const cookie = r.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  return async <T = { id: number }>(method: string, path: string, body?: unknown) => {
    const res = await fetch(`${h.baseUrl}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<T>;
  };
}

beforeAll(async () => {
  h = await startHarness();
  const admin = await apiSession('admin');
  const cycle = await admin('POST', '/api/assessment-cycles', {
    title: 'Kiểm điểm năm 2026',
    kind: 'annual',
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    ruleSet: 'reg366-2025',
    rootUnitId: 1,
    subjectKinds: ['member'],
    deadlines: {},
  });
  const board = await admin<{ items: { id: number; memberId: number }[] }>(
    'GET',
    `/api/assessment-cycles/${cycle.id}/subjects?pageSize=100`,
  );
  subjectOfMember2 = board.items.find((s) => s.memberId === 2)!.id;
  // The workflow itself is covered elsewhere: here the subject only needs a published result to complain about.
  await h.db.db.updateTable('assessment_subject').set({ step: 'published', level: 'good' }).where('id', '=', subjectOfMember2).execute();
});
afterAll(async () => {
  await h?.close();
});

/** The page's buttons once its title is shown (so that an absent button is not merely not rendered yet). */
async function buttonsOn(page: Page, url: string, title: string): Promise<string> {
  await page.goto(url);
  await page.getByRole('heading', { name: title }).first().waitFor();
  await page.waitForLoadState('networkidle');
  return (await page.getByRole('button').allInnerTexts()).join(' | ');
}

test('the observer sees no create button on campaigns, assignments, working groups, cadres and transfers', async () => {
  const page = await h.newPage();
  await h.login(page, 'observer');
  const pages: [string, string, string[]][] = [
    ['/grassroots/campaigns', 'Đợt vận động quần chúng', ['Tạo đợt vận động']],
    ['/grassroots/assignments', 'Cấp ủy viên phụ trách tổ chức đảng', ['Thêm phân công']],
    ['/grassroots/working-groups', 'Tổ công tác', ['Lập tổ công tác']],
    ['/grassroots/cadres', 'Luân chuyển cán bộ', ['Thêm cán bộ vào sổ', 'Ghi quyết định luân chuyển']],
    ['/transfers', 'Chuyển sinh hoạt đảng', ['Chuyển sinh hoạt mới', 'Nhận hồ sơ từ tỉnh khác']],
  ];
  for (const [url, title, absent] of pages) {
    const buttons = await buttonsOn(page, url, title);
    for (const label of absent) expect(buttons, `${url}: ${label}`).not.toContain(label);
  }
  // The same pages offer them to the committee office (the check above is about the role, not a broken page).
  const office = await h.newPage();
  await h.login(office, 'office');
  for (const [url, title, present] of pages) {
    const buttons = await buttonsOn(office, url, title);
    for (const label of present) expect(buttons, `${url}: ${label}`).toContain(label);
  }
});

test('a member opening the edit form of their own record sees "not allowed" and no form', async () => {
  const page = await h.newPage();
  await h.login(page, 'member');
  await page.goto('/members/2');
  await expect.poll(() => page.getByTestId('member-name').innerText()).toBe('Trần Thị Bình');
  expect(await page.getByRole('button', { name: 'Sửa' }).count()).toBe(0);
  await page.goto('/members/2/edit');
  await page.getByTestId('not-allowed').waitFor();
  expect(await page.getByTestId('member-save').count()).toBe(0);
  expect(await page.locator('form').count()).toBe(0);
});

test('a cell secretary is offered reprimand and exemption, not expulsion or suspension', async () => {
  const page = await h.newPage();
  await h.login(page, 'secretary');
  await page.goto('/discipline');
  await page.getByRole('button', { name: 'Ghi quyết định kỷ luật' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Hình thức').click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect.poll(() => options.allInnerTexts()).toContain('Khiển trách');
  expect(await options.allInnerTexts()).not.toContain('Khai trừ');
  expect(await options.allInnerTexts()).not.toContain('Cách chức');
  await page.keyboard.press('Escape');
  await dialog.getByRole('button', { name: /Hủy|Cancel/ }).click();

  await page.getByRole('button', { name: 'Ghi miễn / đình chỉ sinh hoạt' }).click();
  await page.getByRole('dialog').getByLabel('Loại').click();
  await expect.poll(() => options.allInnerTexts()).toContain('Miễn sinh hoạt');
  expect(await options.allInnerTexts()).not.toContain('Đình chỉ sinh hoạt');
});

test('the committee office gets no complaint form on a member’s assessment; the member does', async () => {
  const office = await h.newPage();
  await h.login(office, 'office');
  await office.goto(`/assessments/subjects/${subjectOfMember2}`);
  await expect.poll(() => office.getByTestId('subject-name').innerText()).toBe('Trần Thị Bình');
  await office.getByTestId('engine-panel').waitFor();
  expect(await office.getByTestId('complaint-form').count()).toBe(0);

  const member = await h.newPage();
  await h.login(member, 'member');
  await member.goto(`/assessments/subjects/${subjectOfMember2}`);
  await member.getByTestId('complaint-form').waitFor();
});

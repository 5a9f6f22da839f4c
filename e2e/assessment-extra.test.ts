// Journeys around the review: the Standing Committee's additional assessment of a committee member,
// a working-group member recording attendance at a review meeting, and a task given to a member found with the
// shared member picker.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { pickOption, startHarness, PASSWORD, type Harness } from './harness.js';

let h: Harness;
const subjects: Record<number, number> = {};
let groupId: number;

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
  for (const s of board.items) subjects[s.memberId] = s.id;
  // Member 10 (user secretary8, of another district) leads a province working group assigned to commune 4.
  groupId = (
    await admin('POST', '/api/working-groups', {
      unitId: 1,
      name: 'Tổ công tác số 1',
      validFrom: '2026-01-01',
      members: [{ memberId: 10, role: 'leader' }],
      unitIds: [4],
    })
  ).id;
});
afterAll(async () => {
  await h?.close();
});

async function typeDate(page: Page, label: string, ddmmyyyy: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(ddmmyyyy);
  await input.press('Enter');
}

test('the Standing Committee adds its assessment of a committee member, and the cell sees it', async () => {
  const page = await h.newPage();
  await h.login(page, 'office');
  // Member 2 holds no committee seat: no additional assessment is offered.
  await page.goto(`/assessments/subjects/${subjects[2]}`);
  await expect.poll(() => page.getByTestId('subject-name').innerText()).toBe('Trần Thị Bình');
  expect(await page.getByTestId('additional').count()).toBe(0);

  // Member 1 is the secretary of cell 5 (a committee seat since 2025-06-01).
  await page.goto(`/assessments/subjects/${subjects[1]}`);
  const card = page.getByTestId('additional');
  await expect.poll(() => card.innerText()).toContain('Đánh giá bổ sung của Ban Thường vụ');
  await card.getByLabel('Mức đánh giá bổ sung').click();
  await pickOption(page, 'Hoàn thành tốt nhiệm vụ');
  await card.getByLabel('Nhận xét của Ban Thường vụ').fill('Đồng chí cần sâu sát hơn với cơ sở.');
  await card.getByTestId('additional-submit').click();
  const result = page.getByTestId('additional-result');
  await expect.poll(() => result.innerText()).toContain('Đồng chí cần sâu sát hơn với cơ sở.');
  expect(await result.innerText()).toContain('Hoàn thành tốt nhiệm vụ');
  const row = await h.db.db
    .selectFrom('assessment_subject')
    .select(['additional', 'step'])
    .where('id', '=', subjects[1]!)
    .executeTakeFirstOrThrow();
  expect(row.additional).toMatchObject({ level: 'good', note: 'Đồng chí cần sâu sát hơn với cơ sở.' });
  expect(row.step).toBe('self_assessment');
  await expect.poll(() => page.getByRole('listitem').filter({ hasText: 'Đánh giá bổ sung' }).count()).toBeGreaterThan(0);

  // The cell secretary reads the result but has no form.
  const cell = await h.newPage();
  await h.login(cell, 'secretary');
  await cell.goto(`/assessments/subjects/${subjects[1]}`);
  await expect.poll(() => cell.getByTestId('additional-result').innerText()).toContain('Hoàn thành tốt nhiệm vụ');
  expect(await cell.getByTestId('additional-form').count()).toBe(0);
  expect(await cell.getByTestId('additional-revise').count()).toBe(0);
});

test('a working-group member records attendance at the review meeting and comments; the cell sees both', async () => {
  const page = await h.newPage();
  await h.login(page, 'secretary8');
  await page.goto(`/assessments/subjects/${subjects[2]}`);
  await expect.poll(() => page.getByTestId('subject-name').innerText()).toBe('Trần Thị Bình');
  // Read-only for the review itself.
  expect(await page.getByTestId('self-form').count()).toBe(0);
  const form = page.getByTestId('attendance-form');
  // Keyboard only: the note, then the date; Enter in the date field records it.
  await form.getByLabel('Ghi chú').fill('Dự họp chi bộ thôn Đông, chi bộ họp đúng quy trình.');
  await typeDate(page, 'Ngày họp kiểm điểm', '25/11/2026');
  const list = page.getByTestId('attendance');
  await expect.poll(() => list.innerText()).toContain('Dự họp chi bộ thôn Đông, chi bộ họp đúng quy trình.');
  expect(await list.innerText()).toContain('25/11/2026');
  expect(await list.innerText()).toContain('Có mặt');
  // An absence needs its reason: the field says so before anything is sent.
  await form.getByRole('radio', { name: 'Vắng' }).check();
  await typeDate(page, 'Ngày họp kiểm điểm', '26/11/2026');
  await expect.poll(() => form.innerText()).toContain('Hãy ghi lý do vắng mặt.');
  await form.getByLabel('Lý do vắng').fill('Đi công tác huyện');
  await form.getByTestId('attendance-submit').click();
  await expect.poll(() => list.innerText()).toContain('Đi công tác huyện');
  expect(await list.innerText()).toContain('Vắng');
  await page.getByLabel('Ý kiến góp ý…').fill('Đề nghị làm rõ chỉ tiêu vận động quần chúng.');
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect.poll(() => page.getByTestId('remarks').innerText()).toContain('Đề nghị làm rõ chỉ tiêu vận động quần chúng.');
  const rows = await h.db.db
    .selectFrom('assessment_remark')
    .select(['kind', 'attended_on', 'present', 'absence_reason', 'working_group_id'])
    .where('subject_id', '=', subjects[2]!)
    .orderBy('id')
    .execute();
  expect(rows).toEqual([
    { kind: 'attendance', attended_on: '2026-11-25', present: true, absence_reason: null, working_group_id: groupId },
    { kind: 'attendance', attended_on: '2026-11-26', present: false, absence_reason: 'Đi công tác huyện', working_group_id: groupId },
    { kind: 'comment', attended_on: null, present: null, absence_reason: null, working_group_id: groupId },
  ]);

  const cell = await h.newPage();
  await h.login(cell, 'secretary');
  await cell.goto(`/assessments/subjects/${subjects[2]}`);
  await expect.poll(() => cell.getByTestId('attendance').innerText()).toContain('25/11/2026');
  expect(await cell.getByTestId('attendance-form').count()).toBe(0);
  expect(await cell.getByTestId('remarks').innerText()).toContain('Đề nghị làm rõ chỉ tiêu vận động quần chúng.');
});

test('the observer of a district comments on a review there and records its attendance, and takes no step', async () => {
  const page = await h.newPage();
  await h.login(page, 'observer');
  await page.goto(`/assessments/subjects/${subjects[11]}`);
  await expect.poll(() => page.getByTestId('subject-name').innerText()).toBe('Dương Văn Nam');
  expect(await page.getByTestId('self-form').count()).toBe(0);
  await page.getByLabel('Ý kiến góp ý…').fill('Tổ công tác đề nghị bổ sung minh chứng.');
  await page.getByRole('button', { name: 'Gửi ý kiến' }).click();
  await expect.poll(() => page.getByTestId('remarks').innerText()).toContain('Tổ công tác đề nghị bổ sung minh chứng.');
  const form = page.getByTestId('attendance-form');
  await form.getByLabel('Ghi chú').fill('Dự họp chi bộ xóm 1.');
  await typeDate(page, 'Ngày họp kiểm điểm', '24/11/2026');
  await expect.poll(() => page.getByTestId('attendance').innerText()).toContain('Dự họp chi bộ xóm 1.');
  // Recorded again for the same day: still one row.
  await form.getByLabel('Ghi chú').fill('Dự họp chi bộ xóm 1, đủ thành phần.');
  await typeDate(page, 'Ngày họp kiểm điểm', '24/11/2026');
  await expect.poll(() => page.getByTestId('attendance').innerText()).toContain('đủ thành phần');
  const rows = await h.db.db
    .selectFrom('assessment_remark')
    .select(['kind', 'attended_on'])
    .where('subject_id', '=', subjects[11]!)
    .orderBy('id')
    .execute();
  expect(rows).toEqual([
    { kind: 'comment', attended_on: null },
    { kind: 'attendance', attended_on: '2026-11-24' },
  ]);
});

test('a cell secretary gives a task to a member found by citizen ID', async () => {
  const page = await h.newPage();
  await h.login(page, 'secretary');
  await page.goto('/tasks');
  await page.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Nhiệm vụ', { exact: true }).fill('Vận động hộ gia đình tham gia bảo hiểm y tế');
  await dialog.getByLabel('Chỉ tiêu', { exact: true }).fill('Số hộ tham gia');
  await dialog.getByLabel('Giá trị chỉ tiêu').fill('20');
  await dialog.getByLabel('Đảng viên được giao').fill('036100000002');
  // The option tells same-name members apart by date of birth and cell.
  const option = page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Trần Thị Bình' });
  await expect.poll(() => option.innerText()).toContain('Sinh 20/07/1985 · Chi bộ thôn Đông');
  await pickOption(page, 'Trần Thị Bình');
  await expect.poll(() => dialog.innerText()).toContain('Thuộc Chi bộ thôn Đông');
  const range = dialog.locator('.ant-picker-range input');
  await range.nth(0).click();
  await range.nth(0).fill('01/01/2026');
  await range.nth(0).press('Enter');
  await range.nth(1).fill('31/12/2026');
  await range.nth(1).press('Enter');
  await typeDate(page, 'Hạn hoàn thành', '15/12/2026');
  await dialog.getByRole('button', { name: 'Giao nhiệm vụ' }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  const task = await h.db.db
    .selectFrom('assigned_task')
    .select(['holder_member_id', 'holder_unit_id', 'assigner_unit_id', 'due_on'])
    .where('title', '=', 'Vận động hộ gia đình tham gia bảo hiểm y tế')
    .executeTakeFirstOrThrow();
  expect(task).toEqual({ holder_member_id: 2, holder_unit_id: 5, assigner_unit_id: 5, due_on: '2026-12-15' });
  await page.getByRole('tab', { name: 'Nhiệm vụ trong phạm vi' }).click();
  await expect.poll(() => page.getByRole('row', { name: /bảo hiểm y tế/ }).innerText()).toContain('Trần Thị Bình');
});

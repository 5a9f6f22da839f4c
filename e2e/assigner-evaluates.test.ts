// Whoever assigns a task evaluates its result: the member reports with evidence, the cell that gave the task sees
// the evidence and evaluates it, and the member's self-assessment takes its task figures from that evaluation.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, PASSWORD, type Harness } from './harness.js';

let h: Harness;
let subjectId: number;
const TITLE = 'Vận động hộ gia đình tham gia bảo hiểm y tế';
const EVIDENCE = 'Danh sách 12 hộ đã tham gia: https://example.org/ds-bhyt.pdf';

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
  subjectId = board.items.find((s) => s.memberId === 2)!.id;
  // The cell gives member 2 (user "member") a task with a target of 10 households.
  await (await apiSession('secretary'))('POST', '/api/tasks', {
    title: TITLE,
    indicator: 'Số hộ tham gia',
    targetValue: 10,
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    dueOn: '2026-11-30',
    keyTarget: true,
    holderUnitId: 5,
    holderMemberId: 2,
  });
});
afterAll(async () => {
  await h?.close();
});

/** Console errors and uncaught page errors, watched from after the login (whose "who am I?" answers 401 by design). */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return errors;
}

test('the member reports with evidence, the assigning cell evaluates it, and the self-assessment counts that evaluation', async () => {
  // 1. The member reports the result with its evidence.
  const member = await h.newPage();
  await h.login(member, 'member');
  const errors = watchErrors(member);
  await member.goto('/tasks');
  await member
    .getByRole('row', { name: new RegExp(TITLE) })
    .getByTestId('task-report')
    .click();
  const report = member.getByRole('dialog');
  await report.getByLabel('Kết quả đạt được').fill('12');
  await report.getByLabel('Minh chứng').fill(EVIDENCE);
  await report.getByText('Đã hoàn thành').click();
  await report.locator('.ant-modal-footer .ant-btn-primary').click();
  await expect.poll(() => member.getByRole('row', { name: new RegExp(TITLE) }).innerText()).toContain('Chờ đánh giá');
  // The member sees the evidence as stored, its address a link.
  await member.getByTestId('task-open').click();
  const drawer = member.getByTestId('task-drawer');
  await expect.poll(() => drawer.getByTestId('task-evidence').innerText()).toBe(EVIDENCE);
  expect(await drawer.getByRole('link', { name: 'https://example.org/ds-bhyt.pdf' }).getAttribute('href')).toBe(
    'https://example.org/ds-bhyt.pdf',
  );
  // The holder is offered no evaluation of their own task.
  expect(await drawer.getByTestId('task-evaluate').count()).toBe(0);

  // 2. The cell secretary (the assigning body) sees the evidence and evaluates the result.
  const secretary = await h.newPage();
  await h.login(secretary, 'secretary');
  const secretaryErrors = watchErrors(secretary);
  await secretary.goto('/tasks');
  await secretary.getByRole('tab', { name: 'Nhiệm vụ trong phạm vi' }).click();
  await secretary
    .getByRole('row', { name: new RegExp(TITLE) })
    .getByTestId('task-open')
    .click();
  const sd = secretary.getByTestId('task-drawer');
  await expect.poll(() => sd.getByTestId('task-evidence').innerText()).toBe(EVIDENCE);
  await sd.getByTestId('task-evaluate').click();
  const judge = secretary.getByRole('dialog', { name: /Đánh giá kết quả/ });
  await judge.getByText('Hoàn thành vượt mức').click();
  await judge.getByLabel('Nhận xét').fill('Vượt chỉ tiêu, minh chứng đầy đủ.');
  await judge.getByTestId('judge-submit').click();
  await expect.poll(() => sd.getByTestId('task-verdict').innerText()).toBe('Hoàn thành vượt mức');
  await expect.poll(() => sd.getByTestId('task-evaluation').innerText()).toContain('Vượt chỉ tiêu, minh chứng đầy đủ.');
  const row = await h.db.db
    .selectFrom('assigned_task')
    .select(['evaluation', 'evaluation_comment'])
    .where('title', '=', TITLE)
    .executeTakeFirstOrThrow();
  expect(row).toEqual({ evaluation: 'exceeded', evaluation_comment: 'Vượt chỉ tiêu, minh chứng đầy đủ.' });

  // 3. The member's self-assessment shows the task figures from that evaluation, and needs none typed in.
  await member.goto(`/assessments/subjects/${subjectId}`);
  const recorded = member.getByTestId('recorded-tasks');
  await expect
    .poll(() => recorded.getByTestId('recorded-task-figures').innerText())
    .toBe('Tổng 1 nhiệm vụ: 0 đúng hạn, 1 vượt mức, 0 trễ hạn, 0 không hoàn thành (0 chỉ tiêu trọng tâm).');
  expect(await recorded.getByTestId('recorded-task').innerText()).toContain('theo đánh giá của cấp giao: Hoàn thành vượt mức');
  expect(await member.getByTestId('task-total').count()).toBe(0);
  await member.getByLabel('Bản tự kiểm điểm').fill('Tôi hoàn thành vượt mức nhiệm vụ được giao.');
  await member.getByLabel('Điểm tiêu chí chung (tối đa 30)', { exact: true }).fill('25');
  await member.getByLabel('Điểm kết quả nhiệm vụ (tối đa 70)', { exact: true }).fill('60');
  await member.getByTestId('self-submit').click();
  await expect.poll(() => member.getByTestId('subject-step').innerText()).toContain('Họp kiểm điểm');
  const s = await h.db.db.selectFrom('assessment_subject').select('step').where('id', '=', subjectId).executeTakeFirstOrThrow();
  expect(s.step).toBe('collective_review');
  // The cell meeting that reviews the member sees the same figures and where they came from.
  await secretary.goto(`/assessments/subjects/${subjectId}`);
  await expect.poll(() => secretary.getByTestId('recorded-task-figures').innerText()).toContain('1 vượt mức');
  expect(await secretary.getByTestId('review-form').count()).toBe(1);
  expect([...errors, ...secretaryErrors]).toEqual([]);
});

test('the assigning cell records that a key task was missed for force majeure, with its reason', async () => {
  const title = 'Trọng tâm: hoàn thành giải phóng mặt bằng cầu';
  await (await apiSession('secretary'))('POST', '/api/tasks', {
    title,
    indicator: 'Số hộ bàn giao mặt bằng',
    targetValue: 39,
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    dueOn: '2026-10-31',
    keyTarget: true,
    holderUnitId: 5,
    holderMemberId: 3,
  });
  const page = await h.newPage();
  await h.login(page, 'secretary');
  const errors = watchErrors(page);
  await page.goto('/tasks');
  await page.getByRole('tab', { name: 'Nhiệm vụ trong phạm vi' }).click();
  await page
    .getByRole('row', { name: new RegExp(title) })
    .getByTestId('task-open')
    .click();
  const drawer = page.getByTestId('task-drawer');
  await drawer.getByTestId('task-force-majeure').click();
  const dialog = page.getByRole('dialog', { name: /bất khả kháng/ });
  // Without a reason nothing is sent.
  await dialog.getByTestId('judge-submit').click();
  await expect.poll(() => dialog.innerText()).toContain('Bắt buộc nhập.');
  await dialog.getByTestId('judge-reason').fill('Lũ lớn tháng 9, công trình tạm dừng theo quyết định của tỉnh.');
  await dialog.getByTestId('judge-submit').click();
  await expect.poll(() => drawer.getByTestId('task-verdict').innerText()).toBe('Bất khả kháng');
  await expect.poll(() => drawer.getByTestId('task-exclusion').innerText()).toContain('Lũ lớn tháng 9');
  // Closed: no more evaluation, withdrawal or force majeure offered.
  expect(await drawer.getByRole('button', { name: /Thu hồi|bất khả kháng|Đánh giá/ }).count()).toBe(0);
  const row = await h.db.db
    .selectFrom('assigned_task')
    .select(['exclusion', 'exclusion_reason'])
    .where('title', '=', title)
    .executeTakeFirstOrThrow();
  expect(row).toEqual({ exclusion: 'force_majeure', exclusion_reason: 'Lũ lớn tháng 9, công trình tạm dừng theo quyết định của tỉnh.' });
  expect(errors).toEqual([]);
});

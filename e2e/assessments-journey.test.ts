// Assessment journeys: a member writes a self-assessment; the cell secretary records the meeting and the quota
// meter blocks one excellent too many; the grassroots committee decides; the province sees the statistics change.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { pickOption, startHarness, PASSWORD, type Harness } from './harness.js';

let h: Harness;
let cycleId: number;
const subjects: Record<number, number> = {};

async function apiSession(username: string) {
  const r = await fetch(`${h.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  const cookie = r.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${h.baseUrl}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<{ version: number; [k: string]: unknown }>;
  };
}

const SELF = {
  summary: 'Hoàn thành nhiệm vụ.',
  generalPoints: 25,
  taskPoints: 60,
  tasks: { total: 4, onTime: 4, late: 0, exceeded: 0, notDone: 0, keyMissed: 0 },
};
const SELF_EXCELLENT = {
  summary: 'Xuất sắc.',
  generalPoints: 29,
  taskPoints: 66.5,
  concreteProducts: true,
  tasks: { total: 4, onTime: 2, late: 0, exceeded: 2, notDone: 0, keyMissed: 0 },
};
const VOTES = { present: 5, for: 5, against: 0, abstain: 0 };

beforeAll(async () => {
  h = await startHarness();
  const admin = await apiSession('admin');
  const office = await apiSession('office');
  const cycle = await admin('POST', '/api/assessment-cycles', {
    title: 'Kiểm điểm năm 2026',
    kind: 'annual',
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    ruleSet: 'reg366-2025',
    rootUnitId: 1,
    subjectKinds: ['member'],
    deadlines: { self_assessment: '2026-12-05' },
  });
  cycleId = cycle.id as number;
  const board = (await admin('GET', `/api/assessment-cycles/${cycleId}/subjects?pageSize=100`)) as unknown as {
    items: { id: number; memberId: number }[];
  };
  for (const s of board.items) subjects[s.memberId] = s.id;
  // Cell 6 (members 5, 6, 7) and member 3 are proposed good: 4 good in the grassroots organization's group.
  for (const m of [3, 5, 6, 7]) {
    const s = await office('POST', `/api/assessment-subjects/${subjects[m]}/self-assessment`, { version: 1, ...SELF });
    await office('POST', `/api/assessment-subjects/${subjects[m]}/review`, {
      version: s.version,
      comments: '',
      proposedLevel: 'good',
      votes: VOTES,
    });
  }
  await office('POST', `/api/assessment-subjects/${subjects[1]}/self-assessment`, { version: 1, ...SELF_EXCELLENT });
});
afterAll(async () => {
  await h?.close();
});

const number = (page: Page, label: string) => page.getByLabel(label, { exact: true });

test('a member writes a self-assessment and sees the level the rules allow', async () => {
  const page = await h.newPage();
  await h.login(page, 'member');
  await page.goto('/assessments');
  await page.getByTestId('my-assessments').getByRole('link', { name: 'Kiểm điểm năm 2026' }).click();
  await page.waitForURL(`**/assessments/subjects/${subjects[2]}`);
  await page.getByLabel('Bản tự kiểm điểm').fill('Tôi hoàn thành tốt các nhiệm vụ được giao.');
  await number(page, 'Điểm tiêu chí chung (tối đa 30)').fill('25');
  await number(page, 'Điểm kết quả nhiệm vụ (tối đa 70)').fill('60');
  for (const [label, v] of [
    ['Tổng số nhiệm vụ', '4'],
    ['Đúng hạn', '4'],
    ['Trễ hạn', '0'],
    ['Vượt mức', '0'],
    ['Không hoàn thành', '0'],
    ['Chỉ tiêu trọng tâm không đạt', '0'],
  ]) {
    await number(page, label!).fill(v!);
  }
  await page.getByTestId('self-submit').click();
  await expect.poll(() => page.getByTestId('subject-step').innerText()).toContain('Họp kiểm điểm');
  await expect.poll(() => page.getByTestId('allowed-level').innerText()).toContain('Hoàn thành tốt nhiệm vụ');
});

test('the cell secretary records the meeting, and the quota meter blocks one excellent too many', async () => {
  const page = await h.newPage();
  await h.login(page, 'secretary');
  const review = async (subjectId: number, level: string) => {
    await page.goto(`/assessments/subjects/${subjectId}`);
    const form = page.getByTestId('review-form');
    await form.waitFor();
    await page.getByLabel('Ý kiến góp ý của chi bộ').fill('Chi bộ thống nhất.');
    await form.getByRole('combobox').first().click();
    await pickOption(page, level);
    for (const [label, v] of [
      ['Số có mặt', '4'],
      ['Tán thành', '4'],
      ['Không tán thành', '0'],
      ['Không biểu quyết', '0'],
    ])
      await number(page, label!).fill(v!);
    await page.getByTestId('review-submit').click();
  };
  // 4 good in the grassroots organization allow ⌊0.8⌋ = 0 excellent: proposing member 1 as excellent is refused.
  await review(subjects[1]!, 'Hoàn thành xuất sắc nhiệm vụ');
  await expect.poll(() => page.getByTestId('step-error').innerText()).toContain('Vượt tỷ lệ');
  expect(await page.getByTestId('subject-step').innerText()).toContain('Họp kiểm điểm');
  // Member 2 proposed good makes 5 good: one excellent now fits.
  await review(subjects[2]!, 'Hoàn thành tốt nhiệm vụ');
  await expect.poll(() => page.getByTestId('subject-step').innerText()).toContain('Thẩm định');
  await review(subjects[1]!, 'Hoàn thành xuất sắc nhiệm vụ');
  await expect.poll(() => page.getByTestId('subject-step').innerText()).toContain('Thẩm định');
  await page.goto(`/assessments/cycles/${cycleId}`);
  await expect.poll(() => page.getByTestId('quota-meter').innerText()).toContain('Xuất sắc: 1 / tối đa 1');
});

test('the committee verifies and decides, and the province sees the statistics change', async () => {
  const admin = await h.newPage();
  await h.login(admin, 'admin');
  await admin.goto(`/assessments/cycles/${cycleId}/results`);
  await expect.poll(() => admin.getByTestId('members-counts').innerText()).toContain('Hoàn thành tốt nhiệm vụ: 0');

  const page = await h.newPage();
  await h.login(page, 'office');
  await page.goto(`/assessments/subjects/${subjects[3]}`);
  await page.getByTestId('verify-form').waitFor();
  await page.getByTestId('verify-form').getByRole('combobox').click();
  await pickOption(page, 'Hoàn thành xuất sắc nhiệm vụ');
  await page.getByTestId('verify-submit').click();
  // Member 3's facts only allow good: the rules refuse excellent before the quota is even counted.
  await expect.poll(() => page.getByTestId('step-error').innerText()).toContain('mức cao nhất được phép');
  await page.getByTestId('verify-form').getByRole('combobox').click();
  await pickOption(page, 'Hoàn thành tốt nhiệm vụ');
  await page.getByTestId('verify-submit').click();
  await page.getByTestId('decide-form').waitFor();
  await page.getByLabel('Số quyết định').fill('15-QĐ/ĐU');
  await page.getByTestId('decide-submit').click();
  await expect.poll(() => page.getByTestId('subject-step').innerText()).toContain('Đã quyết định');
  await expect.poll(() => page.getByTestId('subject-level').innerText()).toContain('Hoàn thành tốt nhiệm vụ');

  await admin.reload();
  await expect.poll(() => admin.getByTestId('members-counts').innerText()).toContain('Hoàn thành tốt nhiệm vụ: 1');
  // The office verifying member 1 reads what the cell's meeting recorded: its comments and its vote.
  await page.goto(`/assessments/subjects/${subjects[1]}`);
  await expect.poll(() => page.getByTestId('review-comments').innerText()).toContain('Chi bộ thống nhất.');
  expect(await page.getByTestId('review-votes').innerText()).toContain('Có mặt 4: tán thành 4');
});

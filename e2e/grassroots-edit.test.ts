// Journeys of editing grassroots-work records and reading a household's history: a campaign is edited from its
// board (and a stale edit is reloaded, not lost silently), a working group's composition is changed, a
// residential group is renamed, and a household's
// history shows who was in charge, the problem found on a visit and the campaign status it reached.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { pickOption, startHarness, type Harness } from './harness.js';
import { PASSWORD } from '../test/fixture.js';

let h: Harness;
let call: (method: string, url: string, body?: unknown) => Promise<{ id: number; version: number }>;
let campaignId: number;
let workingGroupId: number;

beforeAll(async () => {
  h = await startHarness();
  const login = await h.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: PASSWORD } });
  const cookie = `gr_session=${login.cookies.find((c) => c.name === 'gr_session')!.value}`;
  const csrf = login.json().csrfToken as string;
  call = async (method, url, body) => {
    const res = await h.app.inject({ method: method as 'POST', url, payload: body as object, headers: { cookie, 'x-csrf-token': csrf } });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const east = await call('POST', '/api/residential-groups', { unitId: 4, name: 'Thôn Đông', kind: 'village', cellId: 5 });
  await call('POST', '/api/residential-groups', { unitId: 4, name: 'Thôn Tây', kind: 'village' });
  const home = await call('POST', '/api/households', {
    residentialGroupId: east.id,
    address: 'Số 5, bờ sông Đào',
    headName: 'Phạm Văn Lịch',
    people: 4,
  });
  await call('POST', '/api/household-assignments', { householdId: home.id, memberId: 3, validFrom: '2026-01-01' });
  await call('POST', '/api/visits', {
    unitId: 5,
    visitedOn: '2026-11-10',
    visitorMemberId: 1,
    kind: 'visit',
    householdIds: [home.id],
    problems: [{ category: 'site_clearance', description: 'Hộ chưa đồng ý mức bồi thường', householdId: home.id }],
  });
  campaignId = (
    await call('POST', '/api/campaigns', {
      unitId: 4,
      name: 'Giải phóng mặt bằng cầu qua sông Đào',
      goal: 'Bàn giao mặt bằng',
      place: 'Bờ sông Đào',
      startsOn: '2026-11-01',
      deadline: '2026-12-31',
    })
  ).id;
  await call('POST', `/api/campaigns/${campaignId}/households`, { householdIds: [home.id] });
  const board = (await call('GET', `/api/campaigns/${campaignId}/board`)) as unknown as { columns: { cards: { id: number }[] }[] };
  workingGroupId = (
    await call('POST', '/api/working-groups', {
      unitId: 4,
      name: 'Tổ công tác cầu sông Đào',
      validFrom: '2026-10-01',
      members: [
        { memberId: 1, role: 'leader' },
        { memberId: 2, role: 'member' },
      ],
      unitIds: [5],
    })
  ).id;
  await call('POST', `/api/campaign-households/${board.columns[0]!.cards[0]!.id}/move`, { version: 1, status: 'visited' });
});
afterAll(async () => {
  await h?.close();
});

test('a campaign is edited from its board, and an edit someone else overtook is reloaded', async () => {
  const page = await h.newPage();
  await h.login(page, 'admin');
  await page.goto(`/grassroots/campaigns/${campaignId}`);
  await page.getByRole('button', { name: 'Sửa đợt vận động' }).click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.getByLabel('Địa điểm').inputValue()).toBe('Bờ sông Đào');
  await dialog.getByLabel('Địa điểm').fill('Bờ bắc sông Đào, thôn Đông');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect.poll(() => page.locator('.ant-descriptions').innerText()).toContain('Bờ bắc sông Đào, thôn Đông');

  // Someone else changes the goal while this user has the form open: the save is refused and the form reloads.
  await page.getByRole('button', { name: 'Sửa đợt vận động' }).click();
  await expect.poll(() => dialog.getByLabel('Mục tiêu').inputValue()).toBe('Bàn giao mặt bằng');
  await call('PATCH', `/api/campaigns/${campaignId}`, { version: 2, goal: 'Bàn giao toàn bộ mặt bằng trước Tết' });
  await dialog.getByLabel('Mục tiêu').fill('Mục tiêu của tôi');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect.poll(() => dialog.getByTestId('stale-reloaded').innerText()).toContain('Người khác vừa sửa');
  await expect.poll(() => dialog.getByLabel('Mục tiêu').inputValue()).toBe('Bàn giao toàn bộ mặt bằng trước Tết');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  expect(await page.locator('.ant-descriptions').innerText()).toContain('Bàn giao toàn bộ mặt bằng trước Tết');
});

test('a residential group is renamed, and a household’s history shows its member, visit and campaign', async () => {
  const page = await h.newPage();
  await h.login(page, 'office');
  await page.goto('/grassroots/households');
  await page
    .getByRole('row', { name: /Thôn Đông/ })
    .getByRole('button', { name: 'Sửa' })
    .click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.getByLabel('Tên').inputValue()).toBe('Thôn Đông');
  // The server refuses a name the commune already has; the sentence appears under the name.
  await dialog.getByLabel('Tên').fill('thôn tây');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect.poll(() => dialog.locator('.ant-form-item-explain').innerText()).toContain('đã có tổ dân phố/thôn tên');
  await dialog.getByLabel('Tên').fill('Thôn Đông Bắc');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect.poll(() => page.getByRole('row', { name: /Thôn Đông Bắc/ }).count()).toBeGreaterThan(0);

  await page
    .getByRole('row', { name: /Phạm Văn Lịch/ })
    .getByRole('button', { name: 'Lịch sử' })
    .click();
  const history = page.getByTestId('household-history');
  await expect.poll(() => history.count()).toBe(1);
  await expect.poll(() => page.getByTestId('history-assignments').innerText()).toContain('Lê Văn An');
  expect(await page.getByTestId('history-visits').innerText()).toContain('Hộ chưa đồng ý mức bồi thường');
  expect(await page.getByTestId('history-visits').innerText()).toContain('Mới phát hiện');
  const campaign = await page.getByTestId(`history-campaign-${campaignId}`).innerText();
  expect(campaign).toContain('Giải phóng mặt bằng cầu qua sông Đào');
  expect(campaign).toContain('Chưa tiếp cận → Đã đến nhà');
  expect(await history.innerText()).toContain('Thôn Đông Bắc');
});

test('a working group gets a new name, a deputy and one more member', async () => {
  const page = await h.newPage();
  await h.login(page, 'office');
  await page.goto('/grassroots/working-groups');
  await page.getByRole('row', { name: /Tổ công tác cầu sông Đào/ }).click();
  await page.getByRole('button', { name: 'Sửa tổ công tác' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sửa tổ công tác' });
  await expect.poll(() => dialog.innerText()).toContain('Trần Thị Bình');
  await dialog.getByLabel('Tên').fill('Tổ công tác mặt bằng cầu sông Đào');
  await dialog.getByRole('combobox', { name: 'Vai trò' }).nth(1).click();
  await pickOption(page, 'Tổ phó');
  await page.locator('#working-group-add-member').click();
  await page.keyboard.type('le van an');
  await pickOption(page, 'Lê Văn An');
  await expect.poll(() => dialog.innerText()).toContain('Lê Văn An');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect.poll(() => page.getByRole('dialog', { name: 'Sửa tổ công tác' }).count()).toBe(0);
  const drawer = page.getByRole('dialog').filter({ has: page.getByTestId('working-group-detail') });
  await expect.poll(() => drawer.innerText()).toContain('Tổ công tác mặt bằng cầu sông Đào');
  expect(await drawer.innerText()).toMatch(/Trần Thị Bình\s*Tổ phó/);
  expect(await drawer.innerText()).toContain('Lê Văn An');
  const saved = (await call('GET', `/api/working-groups/${workingGroupId}`)) as unknown as {
    members: { memberId: number; role: string }[];
  };
  expect(saved.members.map((m) => [m.memberId, m.role])).toEqual([
    [1, 'leader'],
    [2, 'deputy'],
    [3, 'member'],
  ]);
});

test('a working group is formed with a leader and a member', async () => {
  const page = await h.newPage();
  await h.login(page, 'office');
  await page.goto('/grassroots/working-groups');
  await page.getByRole('button', { name: 'Lập tổ công tác' }).click();
  const dialog = page.getByRole('dialog', { name: 'Lập tổ công tác' });
  await dialog.getByLabel('Tổ chức đảng').fill('Đảng ủy xã A1');
  await pickOption(page, 'Đảng ủy xã A1');
  await dialog.getByLabel('Tên').fill('Tổ công tác hộ nghèo');
  await dialog.getByLabel('Từ ngày').fill('01/11/2026');
  await dialog.getByLabel('Từ ngày').press('Enter');
  for (const [typed, name] of [
    ['hoang van cuong', 'Hoàng Văn Cường'],
    ['vu thi hoa', 'Vũ Thị Hoa'],
  ]) {
    await page.locator('#working-group-add-member').click();
    await page.keyboard.type(typed!);
    await pickOption(page, name!);
    await expect.poll(() => dialog.innerText()).toContain(name);
  }
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect.poll(() => page.getByRole('row', { name: /Tổ công tác hộ nghèo/ }).count()).toBe(1);
  const list = ((await call('GET', '/api/working-groups?unitId=4')) as unknown as { items: { id: number; name: string }[] }).items;
  const made = (await call('GET', `/api/working-groups/${list.find((w) => w.name === 'Tổ công tác hộ nghèo')!.id}`)) as unknown as {
    members: { memberId: number; role: string }[];
  };
  expect(made.members.map((m) => [m.memberId, m.role])).toEqual([
    [5, 'leader'],
    [6, 'member'],
  ]);
});

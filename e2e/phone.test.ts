// The phone: each role's three most-used screens at 390×844 (an ordinary phone) fit the screen width,
// the menu is a drawer opened from the header, the user menu keeps logout reachable, and lists are cards.
// The same screens at 1366×768 (a common laptop) keep the side menu and tables and do not scroll sideways.
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, PASSWORD, type Harness } from './harness.js';

// PHONE_SCREENSHOTS=/some/dir keeps a full-page picture of each phone screen, to look at.
const SHOTS = process.env.PHONE_SCREENSHOTS;
let h: Harness;
let cycleId: number;
let memberSubjectId: number;

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
    return res.json() as Promise<Record<string, unknown>>;
  };
}

beforeAll(async () => {
  h = await startHarness();
  const admin = await apiSession('admin');
  const secretary = await apiSession('secretary');
  const cycle = await admin('POST', '/api/assessment-cycles', {
    title: 'Kiểm điểm, đánh giá, xếp loại chất lượng năm 2026',
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
  memberSubjectId = board.items.find((s) => s.memberId === 2)!.id;
  await secretary('POST', '/api/tasks', {
    title: 'Vận động hộ gia đình tham gia bảo hiểm y tế toàn dân',
    indicator: 'Số hộ tham gia',
    targetValue: 10,
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    dueOn: '2026-12-30',
    keyTarget: true,
    holderUnitId: 5,
    holderMemberId: 2,
  });
  await admin('POST', '/api/campaigns', {
    unitId: 7,
    name: 'Giải phóng mặt bằng đường liên xã B1',
    goal: 'Bàn giao mặt bằng đúng hạn',
    place: 'Xã B1',
    startsOn: '2026-11-01',
    deadline: '2026-12-31',
  });
});
afterAll(async () => {
  await h?.close();
});

interface Screen {
  path: () => string;
  ready: (p: Page) => Promise<unknown>;
  cards?: string;
}
interface Role {
  user: string;
  name: string;
  screens: Screen[];
  drawer: { area?: string; item: string; url: RegExp };
}

const heading = (text: string | RegExp) => (p: Page) => p.getByRole('heading', { name: text }).first().waitFor();
const testId = (id: string) => (p: Page) => p.getByTestId(id).first().waitFor();

// The screens each role opens most, from the menu each sees and the user guide's daily work.
const ROLES: Role[] = [
  {
    user: 'admin',
    name: 'Người dùng admin',
    screens: [
      { path: () => '/dashboard', ready: (p) => p.locator('.ant-statistic').first().waitFor() },
      { path: () => '/units/5', ready: heading('Chi bộ thôn Đông') },
      { path: () => '/members', ready: testId('member-table'), cards: 'member-table' },
    ],
    drawer: { item: 'Đảng viên', url: /\/members$/ },
  },
  {
    user: 'office',
    name: 'Người dùng office',
    screens: [
      { path: () => '/members', ready: testId('member-table'), cards: 'member-table' },
      { path: () => '/transfers', ready: (p) => p.locator('.app-content .ant-tabs').first().waitFor() },
      { path: () => '/assessments', ready: testId('cycle-table'), cards: 'cycle-table' },
    ],
    drawer: { area: 'Quản lý đảng viên', item: 'Chuyển sinh hoạt đảng', url: /\/transfers$/ },
  },
  {
    user: 'secretary',
    name: 'Người dùng secretary',
    screens: [
      { path: () => '/members', ready: testId('member-table'), cards: 'member-table' },
      { path: () => '/meetings', ready: (p) => p.locator('.app-content .ant-tabs').first().waitFor() },
      { path: () => `/assessments/cycles/${cycleId}`, ready: heading(/Kiểm điểm, đánh giá, xếp loại/) },
    ],
    drawer: { area: 'Kiểm điểm, đánh giá', item: 'Kiểm điểm, xếp loại', url: /\/assessments$/ },
  },
  {
    user: 'member',
    name: 'Người dùng member',
    screens: [
      { path: () => '/members/2', ready: heading('Trần Thị Bình') },
      { path: () => `/assessments/subjects/${memberSubjectId}`, ready: testId('self-submit') },
      { path: () => '/tasks', ready: testId('task-table'), cards: 'task-table' },
    ],
    drawer: { area: 'Kiểm điểm, đánh giá', item: 'Nhiệm vụ', url: /\/tasks$/ },
  },
  {
    user: 'observer',
    name: 'Người dùng observer',
    screens: [
      { path: () => '/assessments', ready: testId('cycle-table'), cards: 'cycle-table' },
      { path: () => '/grassroots/campaigns', ready: (p) => p.getByText('Giải phóng mặt bằng đường liên xã B1').first().waitFor() },
      { path: () => '/dashboard', ready: (p) => p.locator('.ant-statistic').first().waitFor() },
    ],
    drawer: { area: 'Công tác cơ sở', item: 'Đợt vận động', url: /\/grassroots\/campaigns$/ },
  },
];

/** The page's width beyond the window, with the elements that stick out (to name the culprit when it fails). */
async function sideways(page: Page) {
  // Let late layout (charts, fonts, images) settle.
  await page.waitForTimeout(300);
  return page.evaluate(() => {
    const width = window.innerWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width) {
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && r.right > width + 1 && !Array.from(el.children).some((c) => c.getBoundingClientRect().right > width + 1)) {
          out.push(
            `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)} right=${Math.round(r.right)} "${(el.textContent ?? '').slice(0, 30)}"`,
          );
        }
        if (out.length >= 6) break;
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: width, offenders: out };
  });
}

/** A menu entry's accessible name is its icon's name, then its label. */
const menuName = (label: string) => new RegExp(`(^|\\s)${label}$`);

async function open(page: Page, screen: Screen) {
  await page.goto(screen.path());
  await screen.ready(page);
  await page
    .locator('.app-content .ant-spin-spinning')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => {});
}

for (const role of ROLES) {
  test(`phone 390×844: ${role.user}'s screens fit, the drawer menu navigates, lists are cards, logout works`, async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await h.login(page, role.user);

    for (const screen of role.screens) {
      await open(page, screen);
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/phone-${role.user}-${screen.path().replace(/\W+/g, '_')}.png`, fullPage: true });
      const s = await sideways(page);
      expect({ path: screen.path(), sideways: s.scrollWidth > s.innerWidth, innerWidth: s.innerWidth, offenders: s.offenders }).toEqual({
        path: screen.path(),
        sideways: false,
        innerWidth: 390,
        offenders: [],
      });
      // The user's name stays in the header, not squeezed to nothing.
      const name = page.getByTestId('current-user');
      expect((await name.boundingBox())!.width).toBeGreaterThan(40);
      expect(await name.innerText()).toContain(role.name);
      if (screen.cards) {
        const list = page.getByTestId(screen.cards).first();
        expect(await list.getAttribute('data-layout')).toBe('cards');
        expect(await list.locator('table').count()).toBe(0);
        expect(await list.locator('.rt-card').count()).toBeGreaterThan(0);
      }
    }
    // No side bar on a phone: the menu is a drawer, opened from the header by keyboard as well.
    expect(await page.locator('.ant-layout-sider').count()).toBe(0);
    await page.goto(role.screens[0]!.path());
    await role.screens[0]!.ready(page);
    const button = page.getByRole('button', { name: 'Mở menu' });
    await button.focus();
    await page.keyboard.press('Enter');
    const drawer = page.locator('.app-menu-drawer .ant-drawer-body').getByRole('menu', { name: 'Menu chính' });
    await drawer.waitFor();
    if (SHOTS) await page.waitForTimeout(600).then(() => page.screenshot({ path: `${SHOTS}/phone-${role.user}-drawer.png` }));
    if (role.drawer.area) {
      const entry = drawer.getByRole('menuitem', { name: menuName(role.drawer.item) });
      if (!(await entry.isVisible())) await drawer.getByRole('menuitem', { name: menuName(role.drawer.area) }).click();
    }
    await drawer.getByRole('menuitem', { name: menuName(role.drawer.item) }).click();
    await page.waitForURL(role.drawer.url);
    await page.locator('.app-menu-drawer .ant-drawer-body').waitFor({ state: 'hidden' });
    expect((await sideways(page)).offenders).toEqual([]);

    // Logout through the user menu in the header.
    await page.getByTestId('user-menu-button').click();
    if (SHOTS) await page.waitForTimeout(600).then(() => page.screenshot({ path: `${SHOTS}/phone-${role.user}-user-menu.png` }));
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/login/);
    await page.goto('/members');
    await page.waitForURL(/\/login/);
  });
}

for (const role of ROLES) {
  test(`laptop 1366×768: ${role.user}'s screens keep the side menu and tables and do not scroll sideways`, async () => {
    const page = await h.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    await h.login(page, role.user);
    for (const screen of role.screens) {
      await open(page, screen);
      const s = await sideways(page);
      expect({ user: role.user, path: screen.path(), sideways: s.scrollWidth > s.innerWidth, offenders: s.offenders }).toEqual({
        user: role.user,
        path: screen.path(),
        sideways: false,
        offenders: [],
      });
      if (screen.cards) expect(await page.getByTestId(screen.cards).first().locator('table').count()).toBe(1);
    }
    await page.getByRole('menu', { name: 'Menu chính' }).waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.close();
  });
}

// Walks every page of the web app as every role of the test fixture, at a laptop width (1366×768) and a phone
// width (390×844), and fails naming page and role on: a console error or uncaught error, a raw translation key or a
// snake_case code in the visible text, an ISO date in the visible text, or a page wider than the window.
// A page a role may not open must show the not-found / not-allowed page, with the same checks.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { PASSWORD, startHarness, type Harness } from './harness.js';

const ROLES = [
  { name: 'admin', username: 'admin' },
  { name: 'office', username: 'office' },
  { name: 'secretary', username: 'secretary' },
  { name: 'member', username: 'member' },
  { name: 'observer', username: 'observer' },
] as const;
const WIDTHS = [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
] as const;

// Every key of the web catalogs, and their top-level areas: a dotted word under one of those areas on screen is a
// key that was shown instead of its text (a missing key shows as itself).
const I18N_DIR = fileURLToPath(new URL('../web/src/i18n/', import.meta.url));
const AREAS = new Set<string>();
for (const file of readdirSync(I18N_DIR).filter((f) => f.endsWith('.json'))) {
  for (const key of Object.keys(JSON.parse(readFileSync(I18N_DIR + file, 'utf8')) as object)) AREAS.add(key);
}

// Not defects, so allowed in visible text: none yet. Add an entry only with a reason (e.g. a user's e-mail address).
const ALLOWED_CODES = new Set<string>();

// WALK_SHOTS=1 keeps full-page pictures of the busiest pages at 1366 px in /tmp, to look at the layout.
const shots = !!process.env.WALK_SHOTS;

let h: Harness;
const ids = { cycle: 0, subject: 0, campaign: 0 };

beforeAll(async () => {
  h = await startHarness();
  const r = await fetch(`${h.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  const cookie = r.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${h.baseUrl}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return res.json() as Promise<{ id: number; [k: string]: unknown }>;
  };
  // Something on every detail page: a cycle with a written self-assessment, a campaign with households on its board.
  const cycle = await call('POST', '/api/assessment-cycles', {
    title: 'Kiểm điểm năm 2026',
    kind: 'annual',
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    ruleSet: 'reg366-2025',
    rootUnitId: 1,
    subjectKinds: ['member'],
    deadlines: { self_assessment: '2026-12-05' },
  });
  ids.cycle = cycle.id;
  const board = (await call('GET', `/api/assessment-cycles/${cycle.id}/subjects?pageSize=100`)) as unknown as {
    items: { id: number; memberId: number }[];
  };
  ids.subject = board.items.find((s) => s.memberId === 2)!.id; // the `member` login's own record, seen by all roles above it
  const east = await call('POST', '/api/residential-groups', { unitId: 4, name: 'Thôn Đông', kind: 'village', cellId: 5 });
  for (let i = 1; i <= 3; i++) {
    const home = await call('POST', '/api/households', {
      residentialGroupId: east.id,
      address: `Số ${i}, bờ sông Đào`,
      headName: `Phạm Văn Hộ${i}`,
      people: 4,
    });
    await call('POST', '/api/household-assignments', { householdId: home.id, memberId: 3, validFrom: '2026-01-01' });
  }
  const campaign = await call('POST', '/api/campaigns', {
    unitId: 4,
    name: 'Giải phóng mặt bằng cầu qua sông Đào',
    goal: 'Bàn giao mặt bằng',
    place: 'Bờ sông Đào',
    startsOn: '2026-11-01',
    deadline: '2026-12-31',
  });
  ids.campaign = campaign.id;
  const homes = (await call('GET', '/api/households?unitId=4')) as unknown as { items: { id: number }[] };
  await call('POST', `/api/campaigns/${campaign.id}/households`, { householdIds: homes.items.map((x) => x.id), memberIds: [3] });
}, 60_000);

const contexts = new Map<string, Promise<Walker>>();
afterAll(async () => {
  for (const w of contexts.values()) await (await w).context.close().catch(() => {});
  await h?.close();
});

/** The app's pages: the shell's own (App.tsx) and every module's routes.tsx, with real ids from the fixture. */
function pages(): string[] {
  return [
    '/units',
    '/units/5',
    '/units/reorganization',
    '/members',
    '/members/new',
    '/members/2',
    '/members/2/edit',
    '/audit',
    '/users',
    '/account',
    '/assessments',
    `/assessments/cycles/${ids.cycle}`,
    `/assessments/cycles/${ids.cycle}/results`,
    `/assessments/subjects/${ids.subject}`,
    '/tasks',
    '/remediation',
    '/recruitment',
    '/probation',
    '/transfers',
    '/meetings',
    '/meetings/check-in',
    '/handbook',
    '/messages',
    '/discipline',
    '/screening',
    '/lifecycle/calendar',
    '/grassroots/assignments',
    '/grassroots/households',
    '/grassroots/coverage',
    '/grassroots/visits',
    '/grassroots/campaigns',
    `/grassroots/campaigns/${ids.campaign}`,
    '/grassroots/working-groups',
    '/grassroots/cadres',
    '/dashboard',
    '/data/import',
    '/data/quality',
    '/data/reconcile',
    '/reports',
    '/no-such-page',
  ];
}

interface Walker {
  context: BrowserContext;
  page: Page;
  errors: string[];
  inflight: Set<unknown>;
}

/** One browser context per role, logged in once and reused for both widths. */
function walker(username: string): Promise<Walker> {
  let w = contexts.get(username);
  if (!w) {
    w = (async () => {
      const page = await h.newPage();
      const errors: string[] = [];
      const inflight = new Set<unknown>();
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
      });
      page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      page.on('request', (q) => inflight.add(q));
      page.on('requestfinished', (q) => inflight.delete(q));
      page.on('requestfailed', (q) => inflight.delete(q));
      await h.login(page, username);
      return { context: page.context(), page, errors, inflight };
    })();
    contexts.set(username, w);
  }
  return w;
}

/** Waits until no request is in flight and no spinner or skeleton shows, twice in a row. */
async function settle(w: Walker) {
  const until = Date.now() + 15_000;
  let quiet = 0;
  while (quiet < 2 && Date.now() < until) {
    await w.page.waitForTimeout(60);
    const busy = w.inflight.size > 0 || (await w.page.locator('.ant-spin-spinning:visible, .ant-skeleton-active:visible').count()) > 0;
    quiet = busy ? 0 : quiet + 1;
  }
}

/** What is wrong on the page shown, as "check: detail" lines. */
async function problems(page: Page, errors: string[]): Promise<string[]> {
  const found = await page.evaluate(() => ({
    text: document.body.innerText,
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    refused: !!document.querySelector('[data-testid="not-found"], .ant-result-403'),
    // The innermost elements that stick out on the right, to name the culprit.
    offenders: Array.from(document.querySelectorAll('body *'))
      .filter((el) => {
        const right = (e: Element) => e.getBoundingClientRect().right;
        return (
          el.getBoundingClientRect().width > 0 &&
          right(el) > window.innerWidth + 1 &&
          !Array.from(el.children).some((c) => right(c) > window.innerWidth + 1)
        );
      })
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 50)}`),
  }));
  // The browser itself logs every refused request ("Failed to load resource: … 404"); on a page the role may not
  // open, which then shows the not-found page, that line is the expected answer, not a defect of the app.
  const out = errors.filter((e) => !(found.refused && /Failed to load resource: the server responded with a status of 40[34]/.test(e)));
  for (const m of new Set(found.text.match(/\b[a-z]+(\.[a-zA-Z_]+)+\b/g) ?? [])) {
    if (AREAS.has(m.split('.')[0]!)) out.push(`raw key: ${m}`);
  }
  for (const m of new Set(found.text.match(/\b[a-z]+_[a-z_]+\b/g) ?? [])) {
    if (!ALLOWED_CODES.has(m)) out.push(`code: ${m}`);
  }
  for (const m of new Set(found.text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? [])) out.push(`ISO date: ${m}`);
  if (found.scrollWidth > found.innerWidth)
    out.push(`sideways scroll: ${found.scrollWidth} px wide in ${found.innerWidth} (${found.offenders.join(', ')})`);
  return out;
}

for (const role of ROLES) {
  for (const size of WIDTHS) {
    it(`${role.name} at ${size.width} px`, async () => {
      const w = await walker(role.username);
      await w.page.setViewportSize(size);
      const failures: string[] = [];
      let first = true;
      for (const path of pages()) {
        w.errors.length = 0;
        // The first page loads the app; the others are opened as a click on a link would, without reloading it.
        if (first) await w.page.goto(path);
        else
          await w.page.evaluate((to) => {
            window.history.pushState({}, '', to);
            window.dispatchEvent(new PopStateEvent('popstate'));
          }, path);
        first = false;
        const shown = await w.page
          .locator('.ant-layout-content')
          .first()
          .waitFor()
          .then(
            () => true,
            () => false,
          );
        if (!shown) failures.push(`${role.name} ${size.width} px ${path}: the app's layout never showed`);
        await settle(w);
        if (
          shots &&
          size.width === 1366 &&
          role.name === 'admin' &&
          /^\/(dashboard|grassroots\/campaigns\/\d+|assessments\/cycles\/\d+|data\/quality)$/.test(path)
        ) {
          await w.page.screenshot({ path: `/tmp/walk-${path.slice(1).replace(/\//g, '-')}.png`, fullPage: true });
        }
        const found = await problems(w.page, w.errors);
        for (const p of found) failures.push(`${role.name} ${size.width} px ${path}: ${p}`);
      }
      expect(failures).toEqual([]);
    }, 240_000);
  }
}

it('the walk covers every route of the app', () => {
  // A new module page must join the walk: compare with the paths the routers declare.
  const web = fileURLToPath(new URL('../web/src/', import.meta.url));
  const declared = [...readFileSync(`${web}App.tsx`, 'utf8').matchAll(/path="([^"*]+)"/g)]
    .map((m) => m[1]!)
    .concat(
      readdirSync(`${web}pages`, { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('routes.tsx'))
        .flatMap((file) => [...readFileSync(`${web}pages/${file}`, 'utf8').matchAll(/path: '([^']+)'/g)].map((m) => m[1]!)),
    )
    .map((p) => p.replace(/^\//, ''))
    .filter((p) => p !== 'login');
  const walked = pages().map((p) => p.slice(1).replace(/\/\d+/g, '/:id'));
  const missing = declared.filter((p) => !walked.includes(p.replace(/:[a-zA-Z]+/g, ':id')));
  expect(declared.length, 'the routers declare pages (a moved folder must not empty this list)').toBeGreaterThan(30);
  expect(missing).toEqual([]);
});

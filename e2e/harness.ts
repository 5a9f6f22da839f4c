// End-to-end harness: a fresh database with the test fixture, the real server (serving web/dist) on a
// random port, and headless Chromium with the browser clock fixed to the fixture's "today".
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildServer } from '../src/server.js';
import type { App } from '../src/shared/http.js';
import { freshDb, type TestDb } from '../test/db.js';
import { loadFixture, PASSWORD, TODAY } from '../test/fixture.js';

export { PASSWORD, TODAY };

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Harness {
  baseUrl: string;
  db: TestDb;
  app: App;
  browser: Browser;
  /** A new browser context (own cookies) with one page, in Vietnamese, on Vietnam time, clock fixed at today. */
  newPage(opts?: { locale?: string }): Promise<Page>;
  login(page: Page, username: string, password?: string): Promise<void>;
  close(): Promise<void>;
}

const distIndex = fileURLToPath(new URL('../web/dist/index.html', import.meta.url));

export interface HarnessOptions {
  /** Loads the data; default: the tiny test province of test/fixture.ts. */
  load?: (db: TestDb) => Promise<void>;
  /** The server's today; default the fixture's TODAY. */
  today?: string;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const today = opts.today ?? TODAY;
  if (!existsSync(distIndex)) {
    throw new Error('web/dist is missing: run `npx vite build --config web/vite.config.ts` (npm test builds it first)');
  }
  const db = await freshDb();
  const contexts: BrowserContext[] = [];
  let app: App | null = null;
  let browser: Browser | null = null;
  try {
    await (opts.load ? opts.load(db) : loadFixture(db.db));
    app = await buildServer({ db: db.db, pool: db.pool, serveWeb: true, today: () => today, loginRateLimit: 1000 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  } catch (e) {
    await browser?.close().catch(() => {});
    await app?.close().catch(() => {});
    await db.drop().catch(() => {});
    throw e;
  }
  const baseUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const b = browser;
  const server = app;

  return {
    baseUrl,
    db,
    app: server,
    browser: b,
    async newPage(opts = {}) {
      const context = await b.newContext({
        baseURL: baseUrl,
        viewport: { width: 1280, height: 800 },
        locale: opts.locale ?? 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
      });
      contexts.push(context);
      // The app's "today" (default effective dates, date limits) must be the server's fixed TODAY.
      await context.clock.setFixedTime(new Date(`${today}T09:00:00+07:00`));
      context.setDefaultTimeout(10_000);
      return context.newPage();
    },
    async login(page, username, password = PASSWORD) {
      await page.goto('/login');
      await page.getByLabel('Tên đăng nhập').fill(username);
      await page.getByLabel('Mật khẩu').fill(password);
      await page.getByLabel('Mật khẩu').press('Enter');
      try {
        await page.waitForURL((u) => !u.pathname.startsWith('/login'));
      } catch (e) {
        const shown = await page
          .getByTestId('login-error')
          .innerText()
          .catch(() => '(no error shown)');
        throw new Error(`login as ${username} failed: ${shown}`, { cause: e });
      }
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => {});
      await b.close().catch(() => {});
      await server.close().catch(() => {});
      await db.drop();
    },
  };
}

/**
 * Lets clicks pass through antd's "saved" notices on this page: with the browser clock fixed they never
 * time out, and stacked at the top of the page they would take the clicks meant for the fields below.
 */
export async function letNoticesThrough(page: Page): Promise<Page> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = '.ant-message, .ant-message * { pointer-events: none !important; }';
      document.head.appendChild(style);
    });
  });
  return page;
}

/** Picks an option in an open antd Select dropdown by its visible text. */
export async function pickOption(page: Page, text: string | RegExp) {
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

/** Opens a page from the left menu; `area` is the sub-menu that holds it, opened first when closed. */
export async function openFromMenu(page: Page, area: string, item: string) {
  const entry = page.getByRole('menuitem', { name: item });
  if (!(await entry.isVisible())) await page.getByRole('menuitem', { name: area }).click();
  await entry.click();
}

// Drives the real Fastify app (inject, no network) against a real test database.
import type { LightMyRequestResponse } from 'fastify';
import { buildServer } from '../src/server.js';
import type { App } from '../src/shared/http.js';
import { freshDb, type TestDb } from './db.js';
import { loadFixture, PASSWORD, TODAY } from './fixture.js';

export interface Session {
  cookie: string;
  csrf: string;
}

export interface TestApp extends TestDb {
  app: App;
  login(username: string, password?: string): Promise<Session>;
  call(
    session: Session | null,
    method: string,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startTestApp(opts: { fixture?: boolean; loginRateLimit?: number; uploadsPerMinute?: number } = {}): Promise<TestApp> {
  const tdb = await freshDb();
  if (opts.fixture !== false) await loadFixture(tdb.db);
  const app = await buildServer({
    db: tdb.db,
    pool: tdb.pool,
    today: () => TODAY,
    loginRateLimit: opts.loginRateLimit ?? 1000,
    uploadsPerMinute: opts.uploadsPerMinute ?? 1000,
  });
  await app.ready();
  const call: TestApp['call'] = (session, method, url, body, headers = {}) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(session ? { cookie: session.cookie, 'x-csrf-token': session.csrf } : {}),
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
  return {
    ...tdb,
    app,
    call,
    async login(username, password = PASSWORD) {
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
      if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === 'gr_session')!;
      return { cookie: `gr_session=${cookie.value}`, csrf: res.json().csrfToken };
    },
    async close() {
      await app.close();
      await tdb.drop();
    },
  };
}

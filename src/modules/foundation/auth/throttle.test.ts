// Failed logins slow down per (username, address) instead of locking the account: the same answers for
// known and unknown usernames, and nobody can lock the province admin out from another machine.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/http.js';
import { PASSWORD, TODAY } from '../../../../test/fixture.js';
import { buildServer } from '../../../server.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string, address: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: address });

/** Makes the current hold-back of (username, address) run out, as if its delay had passed. */
const waitOut = (username: string, address: string) =>
  t.db
    .updateTable('login_throttle')
    .set({ blocked_until: new Date(Date.now() - 1000) })
    .where('username', '=', username)
    .where('address', '=', address)
    .execute();

describe('login throttling', () => {
  it('after five failures answers 429 with Retry-After, then doubles the delay', async () => {
    const address = '10.1.0.1';
    for (let i = 0; i < 4; i++) expect((await login('observer', 'wrong', address)).statusCode).toBe(401);
    expect((await login('observer', 'wrong', address)).statusCode).toBe(401); // the fifth failure starts the wait
    const held = await login('observer', PASSWORD, address);
    expect(held.statusCode).toBe(429);
    expect(held.json().code).toBe('login_throttled');
    expect(Number(held.headers['retry-after'])).toBe(1);
    await waitOut('observer', address);
    expect((await login('observer', 'wrong', address)).statusCode).toBe(401);
    const next = await login('observer', 'wrong', address);
    expect(next.statusCode).toBe(429);
    expect(Number(next.headers['retry-after'])).toBe(2);
    const row = await t.db
      .selectFrom('login_throttle')
      .select(['failures', 'blocked_until', 'updated_at'])
      .where('username', '=', 'observer')
      .executeTakeFirstOrThrow();
    expect(row.failures).toBe(6);
    expect((row.blocked_until.getTime() - row.updated_at.getTime()) / 1000).toBeCloseTo(2, 0);
    // Once the wait is over, the right password opens a session and the count starts again.
    await waitOut('observer', address);
    expect((await login('observer', PASSWORD, address)).statusCode).toBe(200);
    expect(
      await t.db.selectFrom('login_throttle').select('failures').where('username', '=', 'observer').executeTakeFirst(),
    ).toBeUndefined();
  });

  it('gives an unknown username exactly the answers a known one gets', async () => {
    const address = '10.1.0.2';
    // One name after the other: each follow-up comes right after the failure that started the wait.
    const attempts = async (username: string) => {
      const out: unknown[] = [];
      for (let i = 0; i < 7; i++) {
        const r = await login(username, 'wrong', address);
        out.push([r.statusCode, r.json(), r.headers['retry-after']]);
      }
      return out;
    };
    const known = await attempts('secretary8');
    const unknown = await attempts('khongcoai');
    expect(unknown).toEqual(known);
    expect(known.map((k) => (k as number[])[0])).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // Nowhere the old lock's 423, which was given only for real usernames.
    expect(JSON.stringify(known)).not.toContain('account_locked');
  });

  it('spends the argon2 time for an unknown username too', async () => {
    const time = async (username: string, address: string) => {
      const start = process.hrtime.bigint();
      await login(username, 'wrong-password', address);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    await time('member', '10.1.0.30'); // warm-up
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      // interleaved, so a busy moment of the machine falls on both
      known.push(await time('member', `10.1.0.4${i}`));
      unknown.push(await time('khongtontai', `10.1.0.5${i}`));
    }
    // Both pay a full argon2 verification: the unknown case is not a fraction of the known one.
    expect(Math.min(...unknown)).toBeGreaterThan(Math.min(...known) * 0.5);
  });

  it('cannot be used to lock the admin out: many failures from A, the right password from B still works', async () => {
    for (let i = 0; i < 12; i++) {
      await t.db
        .updateTable('login_throttle')
        .set({ blocked_until: new Date(0) })
        .where('username', '=', 'admin')
        .execute();
      await login('admin', 'guessing', '10.1.0.66');
    }
    expect((await login('admin', PASSWORD, '10.1.0.66')).statusCode).toBe(429);
    const fromB = await login('admin', PASSWORD, '10.1.0.77');
    expect(fromB.statusCode).toBe(200);
    expect(fromB.cookies.some((c) => c.name === 'gr_session')).toBe(true);
  });

  it('behind a trusted proxy (TRUST_PROXY), counts the client address the proxy forwards', async () => {
    const proxied = await buildServer({ db: t.db, today: () => TODAY, trustProxy: '127.0.0.1' });
    await proxied.ready();
    try {
      const via = (client: string, password: string) =>
        proxied.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username: 'office', password },
          remoteAddress: '127.0.0.1',
          headers: { 'x-forwarded-for': client },
        });
      for (let i = 0; i < 6; i++) await via('203.0.113.9', 'guessing');
      expect((await via('203.0.113.9', PASSWORD)).statusCode).toBe(429);
      expect((await via('198.51.100.4', PASSWORD)).statusCode).toBe(200);
      expect(await t.db.selectFrom('login_throttle').select('address').where('username', '=', 'office').execute()).toEqual([
        { address: '203.0.113.9' },
      ]);
    } finally {
      await proxied.close();
    }
  });
});

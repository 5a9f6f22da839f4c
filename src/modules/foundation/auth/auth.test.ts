import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/http.js';
import { PASSWORD } from '../../../../test/fixture.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ loginRateLimit: 8 });
});
afterAll(() => t.close());

const login = (username: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress: `10.0.0.${username.length}` });

describe('login', () => {
  it('sets an HttpOnly, SameSite session cookie and returns a CSRF token', async () => {
    const res = await login('admin', PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'gr_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(res.json().csrfToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const me = await t.call({ cookie: `gr_session=${cookie.value}`, csrf: '' }, 'GET', '/api/auth/me');
    expect(me.json()).toMatchObject({ username: 'admin', grants: [{ role: 'province_admin', unitId: 1, unitPath: '1' }] });
    const row = await t.db.selectFrom('user_session').select('token_hash').executeTakeFirstOrThrow();
    expect(row.token_hash).not.toBe(cookie.value); // only a hash of the token is stored
  });

  it('says the same thing for an unknown user and a wrong password', async () => {
    const a = await login('nobody', 'x');
    const b = await login('observer', 'wrong');
    expect(a.statusCode).toBe(401);
    expect(b.json()).toEqual(a.json());
    expect(a.json().message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
  });

  it('answers the login and says whether the password must be changed', async () => {
    const res = await login('office', PASSWORD);
    expect(res.json()).toMatchObject({ mustChangePassword: false });
  });
  it('rate-limits login attempts from one address', async () => {
    const codes = [];
    for (let i = 0; i < 10; i++) codes.push((await login('secretary8', 'wrong')).statusCode);
    expect(codes).toContain(429);
  });

  it('logs out: the cookie no longer opens a session', async () => {
    const s = await t.login('office');
    expect((await t.call(s, 'POST', '/api/auth/logout')).statusCode).toBe(200);
    expect((await t.call(s, 'GET', '/api/auth/me')).statusCode).toBe(401);
  });

  it('sets security headers', async () => {
    const res = await t.call(null, 'GET', '/api/auth/me');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });
});

describe('bad input never gives a 500', () => {
  it('answers malformed JSON, wrong types, unknown fields and unknown ids with a 4xx and a message', async () => {
    const s = await t.login('admin');
    const cases: [string, string, unknown, number, string][] = [
      ['POST', '/api/members', '{"fullName": "Nguy', 400, 'malformed_json'],
      ['POST', '/api/members', { fullName: 42 }, 400, 'validation'],
      ['PATCH', '/api/members/1', { version: 1, shoeSize: 42 }, 400, 'validation'],
      ['PATCH', '/api/members/999999', { version: 1, phone: '0900000000' }, 404, 'not_found'],
      ['GET', '/api/members/abc', undefined, 400, 'validation'],
      ['GET', '/api/units/99999999999999999999', undefined, 400, 'validation'],
      ['POST', '/api/units/merge', { sources: [{ id: 5, version: 1 }], into: { unitId: 5 }, effectiveOn: '2026-01-01' }, 400, 'validation'],
      ['POST', '/api/units/5/rename', { name: '', version: 1, effectiveOn: '2026-02-30' }, 400, 'validation'],
      ['GET', '/api/nothing-here', undefined, 404, 'route_not_found'],
    ];
    for (const [method, url, body, status, code] of cases) {
      const res = await t.call(s, method, url, body);
      expect(res.statusCode, `${method} ${url} ${res.body}`).toBe(status);
      expect(res.json().code, url).toBe(code);
      expect(res.json().message.length, url).toBeGreaterThan(5);
    }
    const text = await t.call(s, 'POST', '/api/members', 'fullName=x', { 'content-type': 'text/plain' });
    expect(text.statusCode).toBe(415);
  });
});

// A user's own account: password change, forced change after a reset, idle sessions, the second factor.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { PASSWORD, TODAY } from '../../../../test/fixture.js';
import { buildServer } from '../../../server.js';
import { base32Decode, totp } from '../../../domain/access/totp.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const me = (s: Session) => t.call(s, 'GET', '/api/auth/me');
const idleFor = (s: Session, minutes: number) =>
  sql`UPDATE user_session SET last_seen_at = now() - make_interval(mins => ${minutes})
  WHERE token_hash = encode(sha256(convert_to(${s.cookie.replace('gr_session=', '')}, 'UTF8')), 'hex')`.execute(t.db);

describe('changing one’s own password', () => {
  it('needs the current password, applies the rule, and ends every other session', async () => {
    const a = await t.login('secretary8');
    const b = await t.login('secretary8');
    const wrong = await t.call(a, 'POST', '/api/auth/password', { currentPassword: 'not-it', newPassword: 'Trăng rằm tháng Tám 2026' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'current_password_wrong', details: [{ field: 'currentPassword' }] });
    for (const [newPassword, code] of [
      ['Ngan@2026', 'password_too_short'],
      ['Matkhau@2026', 'password_common'],
      ['PASSWORD1234', 'password_common'],
      ['secretary8-is-me', 'password_has_username'],
    ] as const) {
      const res = await t.call(a, 'POST', '/api/auth/password', { currentPassword: PASSWORD, newPassword });
      expect(res.statusCode, newPassword).toBe(400);
      expect(res.json().code, newPassword).toBe(code);
      expect(res.json().details[0].field).toBe('newPassword');
    }
    const english = await t.call(
      a,
      'POST',
      '/api/auth/password',
      { currentPassword: PASSWORD, newPassword: 'short' },
      { 'accept-language': 'en' },
    );
    expect(english.json()).toMatchObject({
      message: 'The password must have at least 12 characters.',
      details: [{ field: 'newPassword', message: 'The password must have at least 12 characters.' }],
    });
    expect(
      (await t.call(a, 'POST', '/api/auth/password', { currentPassword: PASSWORD, newPassword: 'Trăng rằm tháng Tám 2026' })).statusCode,
    ).toBe(200);
    expect((await me(a)).statusCode).toBe(200); // the session that changed it goes on
    expect((await me(b)).statusCode).toBe(401); // any other is over
    await expect(t.login('secretary8')).rejects.toThrow(/401/);
    await t.login('secretary8', 'Trăng rằm tháng Tám 2026');
    const entry = await t.db
      .selectFrom('audit_entry')
      .select(['action', 'entity_id', 'after'])
      .where('action', '=', 'user.password_change')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ entity_id: '6', after: { username: 'secretary8', forced: false } });
    expect(JSON.stringify(entry.after)).not.toContain('Trăng');
  });
});

describe('reset by a manager and the forced change', () => {
  it('sets a temporary password that opens only the change screen until it is replaced', async () => {
    const office = await t.login('office');
    const old = await t.login('member');
    const res = await t.call(office, 'POST', '/api/users/4/password-reset', {});
    expect(res.statusCode).toBe(200);
    const temporary = res.json().temporaryPassword as string;
    expect(temporary).toMatch(/^[A-Za-z2-9]{16}$/);
    expect((await me(old)).statusCode).toBe(401); // the reset ends the user's sessions
    await expect(t.login('member')).rejects.toThrow(/401/);

    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'member', password: temporary } });
    expect(login.json()).toMatchObject({ mustChangePassword: true });
    const s = await t.login('member', temporary);
    expect((await me(s)).json()).toMatchObject({ username: 'member', mustChangePassword: true });
    const blocked = await t.call(s, 'GET', '/api/members/2');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('password_change_required');
    expect(
      (await t.call(s, 'POST', '/api/auth/password', { currentPassword: temporary, newPassword: 'Hoa phượng đỏ sân trường' })).statusCode,
    ).toBe(200);
    expect((await me(s)).json().mustChangePassword).toBe(false);
    expect((await t.call(s, 'GET', '/api/members/2')).statusCode).toBe(200);
    const entry = await t.db
      .selectFrom('audit_entry')
      .select(['actor_user_id', 'entity_id', 'after'])
      .where('action', '=', 'user.password_reset')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_user_id: 2, entity_id: '4', after: { username: 'member' } });
    expect(JSON.stringify(entry.after)).not.toContain(temporary);
  });

  it('is refused for accounts the manager does not cover, and for one’s own', async () => {
    const office = await t.login('office');
    for (const id of [6, 1, 5, 999]) {
      // secretary of cell 8, the province admin, an observer of district B, nobody
      const res = await t.call(office, 'POST', `/api/users/${id}/password-reset`, {});
      expect(res.statusCode, String(id)).toBe(404);
      expect(res.body).not.toContain('secretary8');
    }
    expect((await t.call(office, 'POST', '/api/users/2/password-reset', {})).statusCode).toBe(404); // a committee office account (its own) is above its reach
    const admin = await t.login('admin');
    expect((await t.call(admin, 'POST', '/api/users/1/password-reset', {})).json().code).toBe('reset_own_password');
    expect(
      await t.db.selectFrom('audit_entry').select('id').where('action', '=', 'user.password_reset').where('entity_id', '<>', '4').execute(),
    ).toEqual([]);
  });
});

describe('idle sessions', () => {
  it('ends a session idle for longer than the setting, and slides it on activity', async () => {
    const s = await t.login('observer');
    await idleFor(s, 29);
    expect((await me(s)).statusCode).toBe(200);
    const seen = await t.db
      .selectFrom('user_session')
      .select(sql<number>`extract(epoch from now() - last_seen_at)`.as('ago'))
      .where('user_id', '=', 5)
      .execute();
    expect(Math.min(...seen.map((r) => Number(r.ago)))).toBeLessThan(5); // the request moved it on
    await idleFor(s, 31);
    expect((await me(s)).statusCode).toBe(401);
  });

  it('follows SESSION_IDLE_MINUTES (sessionIdleMinutes) when it is set', async () => {
    const short = await buildServer({ db: t.db, today: () => TODAY, sessionIdleMinutes: 5 });
    await short.ready();
    try {
      const s = await t.login('observer');
      await idleFor(s, 6);
      const inject = () => short.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: s.cookie } });
      expect((await inject()).statusCode).toBe(401);
      expect((await me(s)).statusCode).toBe(200); // the default 30 minutes still lets it in
      await idleFor(s, 4);
      expect((await inject()).statusCode).toBe(200);
    } finally {
      await short.close();
    }
  });
});

describe('second factor (TOTP)', () => {
  const secondStep = (challenge: string, code: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/login/code', payload: { challenge, code } });
  const passwordStep = () => t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: PASSWORD } });

  it('is for province and committee scopes only', async () => {
    const s = await t.login('observer');
    expect((await t.call(s, 'POST', '/api/auth/totp/enroll')).statusCode).toBe(403);
    expect((await me(s)).json().secondFactorAvailable).toBe(false);
  });

  it('enrolls with a confirmed code, asks for a code at login, takes each recovery code once, and turns off with a code', async () => {
    const s = await t.login('admin');
    const enroll = await t.call(s, 'POST', '/api/auth/totp/enroll');
    expect(enroll.statusCode).toBe(200);
    const { secret, otpauthUri } = enroll.json();
    expect(otpauthUri).toBe(`otpauth://totp/Grassroots:admin?secret=${secret}&issuer=Grassroots&algorithm=SHA1&digits=6&period=30`);
    const key = base32Decode(secret)!;
    const now = () => Date.now() / 1000;
    expect((await t.call(s, 'POST', '/api/auth/totp/confirm', { code: totp(key, now() - 120) })).json().code).toBe('bad_code');
    const confirmed = await t.call(s, 'POST', '/api/auth/totp/confirm', { code: totp(key, now()) });
    expect(confirmed.statusCode).toBe(200);
    const codes = confirmed.json().recoveryCodes as string[];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    expect((await me(s)).json()).toMatchObject({ totpEnabled: true });
    expect((await t.call(s, 'GET', '/api/auth/totp')).json()).toEqual({ enabled: true, recoveryCodesLeft: 10 });
    const stored = await t.db.selectFrom('totp_recovery_code').select('code_hash').where('user_id', '=', 1).execute();
    expect(stored.every((r) => r.code_hash.startsWith('$argon2'))).toBe(true);

    // The password alone opens no session any more.
    const first = await passwordStep();
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ secondFactor: 'totp', challenge: expect.any(String) });
    expect(first.cookies.find((c) => c.name === 'gr_session')).toBeUndefined();
    expect((await secondStep(first.json().challenge, '000000')).statusCode).toBe(401);
    // The code of the next step (clock drift allowed) is accepted once; the confirm used the current one.
    const code = totp(key, now() + 30);
    const ok = await secondStep(first.json().challenge, code);
    expect(ok.statusCode).toBe(200);
    expect(ok.cookies.find((c) => c.name === 'gr_session')).toBeDefined();
    const again = await passwordStep();
    expect((await secondStep(again.json().challenge, code)).json().code).toBe('bad_code'); // no replay
    expect((await secondStep(again.json().challenge, 'x')).statusCode).toBe(400);

    // A recovery code works once, typed in any case and without its dash.
    const viaRecovery = await secondStep(again.json().challenge, codes[0]!.toLowerCase().replace('-', ''));
    expect(viaRecovery.statusCode).toBe(200);
    const third = await passwordStep();
    expect((await secondStep(third.json().challenge, codes[0]!)).json().code).toBe('bad_code');
    expect((await secondStep(third.json().challenge, codes[1]!)).statusCode).toBe(200);
    expect((await t.call(s, 'GET', '/api/auth/totp')).json().recoveryCodesLeft).toBe(8);

    // Turning it off needs a code too.
    expect((await t.call(s, 'POST', '/api/auth/totp/disable', { code: '123456' })).json().code).toBe('bad_code');
    expect((await t.call(s, 'POST', '/api/auth/totp/disable', { code: codes[2]! })).statusCode).toBe(200);
    expect((await passwordStep()).json()).toMatchObject({ csrfToken: expect.any(String) });
    const actions = await t.db
      .selectFrom('audit_entry')
      .select('action')
      .where('action', 'like', 'user.second_factor%')
      .orderBy('seq')
      .execute();
    expect(actions.map((a) => a.action)).toEqual(['user.second_factor_on', 'user.second_factor_off']);
  });

  it('voids a second-step ticket after five wrong codes and throttles the guesses', async () => {
    const s = await t.login('office');
    const { secret } = (await t.call(s, 'POST', '/api/auth/totp/enroll')).json();
    const key = base32Decode(secret)!;
    expect((await t.call(s, 'POST', '/api/auth/totp/confirm', { code: totp(key, Date.now() / 1000) })).statusCode).toBe(200);
    const first = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'office', password: PASSWORD },
      remoteAddress: '10.2.0.1',
    });
    const challenge = first.json().challenge as string;
    const guess = (code: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login/code', payload: { challenge, code }, remoteAddress: '10.2.0.1' });
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push((await guess(String(100000 + i))).json().code);
    expect(answers.slice(0, 5)).toEqual(['bad_code', 'bad_code', 'bad_code', 'bad_code', 'bad_code']);
    expect(answers[5]).toBe('login_challenge_expired');
    // Five wrong codes count as five failed logins: the next try from that address must wait.
    const next = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'office', password: PASSWORD },
      remoteAddress: '10.2.0.1',
    });
    expect(next.statusCode).toBe(429);
  });
});

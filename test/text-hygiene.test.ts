// Text typed by users is cleaned once for every route: control characters refused per field (never a 500),
// NFC stored, blanks are empty, names without invisible characters. And API answers are never cached.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Type } from 'typebox';
import { startTestApp, type Session, type TestApp } from './http.js';
import { validatorCompiler } from '../src/shared/validation.js';

let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(async () => {
  await t.close();
});

const member = (over: Record<string, unknown> = {}) => ({
  fullName: 'Lê Thị Sạch',
  gender: 'female',
  birthDate: '1988-08-08',
  ethnicity: 'Kinh',
  hometown: 'Nam Định',
  residence: 'thôn Đông',
  citizenId: '036188000111',
  admittedOn: '2012-03-04',
  officialOn: '2013-03-04',
  education: '12/12',
  theoryLevel: 'Sơ cấp',
  status: 'official',
  unitId: 5,
  ...over,
});

describe('query strings', () => {
  it('refuses a NUL in a declared parameter with a sentence naming it', async () => {
    const res = await t.call(admin, 'GET', '/api/members?q=%00');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation');
    expect(res.json().details).toEqual([expect.objectContaining({ field: 'q' })]);
    expect(res.json().message).toMatch(/ký tự điều khiển/);
  });

  it('refuses control characters in any parameter, C1 too, and in English when asked', async () => {
    const res = await t.call(admin, 'GET', '/api/members?q=abc%C2%85', undefined, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].message).toMatch(/control character/);
    expect((await t.call(admin, 'GET', '/api/audit?entityType=%0Amember')).statusCode).toBe(400);
    // A parameter no schema declares is refused too.
    const undeclared = await t.call(admin, 'GET', '/api/members/1?x=%00');
    expect(undeclared.statusCode).toBe(400);
    expect(undeclared.json().details[0].field).toBe('x');
  });

  it('still answers ordinary searches', async () => {
    const res = await t.call(admin, 'GET', `/api/members?q=${encodeURIComponent('  Nguyễn ')}`);
    expect(res.statusCode).toBe(200);
  });
});

describe('JSON bodies', () => {
  it('refuses a NUL in a name, per field, with 400 not 500', async () => {
    const res = await t.call(admin, 'POST', '/api/members', member({ fullName: 'Lê\u0000Thị', residence: 'thôn\u0000Đông' }));
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['fullName', 'residence']);
  });

  it('refuses a NUL in long free text but keeps its line breaks', async () => {
    const position = { post: 'Ủy viên', unitId: 2, fromDate: '2024-01-01' };
    const bad = await t.call(admin, 'POST', '/api/cadres', { memberId: 8, note: 'dòng 1\u0000', position });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details).toEqual([expect.objectContaining({ field: 'note' })]);
    const good = await t.call(admin, 'POST', '/api/cadres', { memberId: 8, note: 'dòng 1\n\tdòng 2', position });
    expect(good.statusCode, good.body).toBe(201);
    expect((await t.call(admin, 'GET', `/api/cadres/${good.json().id}`)).json().note).toBe('dòng 1\n\tdòng 2');
  });

  it('counts a blank name as missing', async () => {
    const res = await t.call(admin, 'POST', '/api/members', member({ fullName: '   ' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([{ field: 'fullName', message: 'Họ và tên: bắt buộc nhập.' }]);
  });

  it('refuses direction-override and zero-width characters in names', async () => {
    const rlo = await t.call(admin, 'POST', '/api/members', member({ fullName: 'Lê Thị \u202ESạch' }));
    expect(rlo.statusCode).toBe(400);
    expect(rlo.json().details[0]).toMatchObject({ field: 'fullName' });
    expect(rlo.json().details[0].message).toMatch(/ký tự ẩn/);
    const zw = await t.call(admin, 'POST', '/api/users', {
      username: 'sach02',
      displayName: 'Sạch\u200B',
      password: 'LongPassword1',
      grant: { role: 'observer', unitId: 3, validFrom: '2026-01-01' },
    });
    expect(zw.statusCode).toBe(400);
  });

  it('stores decomposed (NFD) input in NFC, trimmed', async () => {
    const nfd = '  Lê Thị Sạch Đẹp '.normalize('NFD');
    expect(nfd).not.toBe(nfd.normalize('NFC'));
    const res = await t.call(admin, 'POST', '/api/members', member({ fullName: nfd, hometown: 'Ý Yên'.normalize('NFD') }));
    expect(res.statusCode, res.body).toBe(201);
    const profile = (await t.call(admin, 'GET', `/api/members/${res.json().id}`)).json();
    expect(profile.fullName).toBe('Lê Thị Sạch Đẹp'.normalize('NFC'));
    expect(profile.hometown).toBe('Ý Yên'.normalize('NFC'));
    // Found by the NFC spelling.
    const found = (await t.call(admin, 'GET', `/api/members?q=${encodeURIComponent('Sạch Đẹp')}`)).json();
    expect(found.items.map((m: { id: number }) => m.id)).toContain(res.json().id);
  });

  it("walks values a schema leaves open (a transfer package's member record)", () => {
    const schema = Type.Object({ member: Type.Record(Type.String(), Type.Unknown()) });
    const validate = validatorCompiler({ schema, httpPart: 'body', method: 'POST', url: '/x' }) as unknown as ((d: unknown) => boolean) & {
      errors: { instancePath: string }[];
    };
    const ok = { member: { fullName: ' Lê Thị Sạch '.normalize('NFD'), note: 'a\nb' } };
    expect(validate(ok)).toBe(true);
    expect(ok.member.fullName).toBe('Lê Thị Sạch');
    expect(validate({ member: { fullName: 'Lê\u202E' } })).toBe(false);
    expect(validate({ member: { nested: ['x\u0000'] } })).toBe(false);
    expect(validate.errors[0]!.instancePath).toBe('/member/nested/0');
  });
});

describe('caching', () => {
  it('marks every API answer no-store, errors and refusals included', async () => {
    for (const [session, url] of [
      [admin, '/api/members'],
      [admin, '/api/members/1'],
      [null, '/api/members'],
      [admin, '/api/nope'],
    ] as const) {
      const res = await t.call(session, 'GET', url);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: 'wrong-password' },
    });
    expect(login.headers['cache-control']).toBe('no-store');
  });

  it('leaves answers outside /api alone', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs/json' });
    expect(res.headers['cache-control']).not.toBe('no-store');
  });
});

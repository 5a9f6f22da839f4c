// Accounts are scoped like records: the member an account acts as, and every grant, stay inside the
// granter's reach; the audit entry says who was bound and what was granted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';

let t: TestApp;
let office: Session;
let admin: Session;
beforeAll(async () => {
  t = await startTestApp();
  office = await t.login('office'); // committee office of unit 4 (cells 5 and 6)
  admin = await t.login('admin');
});
afterAll(() => t.close());

const PW = 'Cây đa đầu làng 2026';
const newUser = (username: string, extra: Record<string, unknown> = {}, grant: Record<string, unknown> = {}) => ({
  username,
  displayName: `Tài khoản ${username}`,
  password: PW,
  ...extra,
  grant: { role: 'member', unitId: 5, validFrom: '2026-01-01', ...grant },
});
const audits = (action: string) =>
  t.db.selectFrom('audit_entry').select(['entity_id', 'actor_user_id', 'after']).where('action', '=', action).orderBy('seq').execute();

describe('binding an account to a Party member', () => {
  it('answers 404 without a name for a member outside the granter’s scope, writing nothing', async () => {
    const before = (await audits('user.create')).length;
    for (const memberId of [10, 999]) {
      // Ngô Thị Mai of cell 8 (district B), and no one
      const res = await t.call(office, 'POST', '/api/users', newUser(`ngoai${memberId}`, { memberId }));
      expect(res.statusCode, String(memberId)).toBe(404);
      expect(res.json().code).toBe('not_found');
      expect(res.body).not.toContain('Ngô Thị Mai');
      expect(res.body).not.toContain('036100000010');
    }
    expect(await t.db.selectFrom('app_user').select('id').where('username', 'like', 'ngoai%').execute()).toEqual([]);
    expect((await audits('user.create')).length).toBe(before);
  });

  it('binds a member inside the scope, and the audit entry names the member and the grant', async () => {
    const res = await t.call(office, 'POST', '/api/users', newUser('levanan', { memberId: 3 }));
    expect(res.statusCode).toBe(201);
    const id = res.json().id as number;
    const [created] = (await audits('user.create')).filter((e) => e.entity_id === String(id));
    expect(created).toMatchObject({
      actor_user_id: 2,
      after: { username: 'levanan', memberId: 3, grant: { role: 'member', unitId: 5, validFrom: '2026-01-01', validTo: null } },
    });
    const [granted] = (await audits('user.grant')).filter((e) => (e.after as { userId: number }).userId === id);
    expect(granted?.after).toMatchObject({ userId: id, role: 'member', unitId: 5 });
    // The account reads its own record, as a member reads theirs.
    const s = await t.login('levanan', PW);
    expect((await t.call(s, 'GET', '/api/members/3')).statusCode).toBe(200);
  });

  it('applies the password rule to new accounts', async () => {
    const short = await t.call(office, 'POST', '/api/users', { ...newUser('ngan'), password: 'Ngan@2026' });
    expect(short.json()).toMatchObject({ code: 'password_too_short', details: [{ field: 'password' }] });
    const common = await t.call(office, 'POST', '/api/users', { ...newUser('thuong'), password: 'Dangvien@2026' });
    expect(common.json().code).toBe('password_common');
    const named = await t.call(office, 'POST', '/api/users', { ...newUser('thuong'), password: 'thuong-xuyen-2026' });
    expect(named.json().code).toBe('password_has_username');
  });
});

describe('the grant ceiling', () => {
  it('never lets an office grant above its rank or outside its subtree', async () => {
    // Above its rank in its own subtree: forbidden.
    for (const grant of [
      { role: 'committee_office', unitId: 5 },
      { role: 'province_admin', unitId: 4 },
    ]) {
      const res = await t.call(office, 'POST', '/api/users', newUser('vuot', {}, grant));
      expect(res.statusCode, JSON.stringify(grant)).toBe(403);
    }
    // Outside its subtree: the unit answers as missing, with no name.
    for (const grant of [
      { role: 'cell_secretary', unitId: 8 },
      { role: 'observer', unitId: 2 },
    ]) {
      const res = await t.call(office, 'POST', '/api/users', newUser('vuot', {}, grant));
      expect(res.statusCode, JSON.stringify(grant)).toBe(404);
      expect(res.body).not.toContain('Chi bộ xóm 1');
    }
    expect(await t.db.selectFrom('app_user').select('id').where('username', '=', 'vuot').execute()).toEqual([]);
  });

  it('adds grants only to accounts the granter covers entirely', async () => {
    // secretary8 (cell 8, member 10) is another district's account: missing, whatever the grant.
    const other = await t.call(office, 'POST', '/api/users/6/grants', { role: 'observer', unitId: 5, validFrom: '2026-01-01' });
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain('secretary8');
    // An account bound to an out-of-scope member but holding a grant here is not the office's either.
    const mixed = await t.call(admin, 'POST', '/api/users', newUser('hongon', { memberId: 11 }, { role: 'observer', unitId: 6 }));
    expect(mixed.statusCode).toBe(201);
    expect(
      (await t.call(office, 'POST', `/api/users/${mixed.json().id}/grants`, { role: 'member', unitId: 5, validFrom: '2026-01-01' }))
        .statusCode,
    ).toBe(404);
    expect((await t.call(office, 'POST', `/api/users/${mixed.json().id}/password-reset`, {})).statusCode).toBe(404);
    // The office's own account is a committee office: above what it may grant.
    expect(
      (await t.call(office, 'POST', '/api/users/2/grants', { role: 'cell_secretary', unitId: 5, validFrom: '2026-01-01' })).statusCode,
    ).toBe(404);
    // An account wholly inside: a grant within the ceiling is added, one above it refused.
    const inside = await t.call(office, 'POST', '/api/users', newUser('trongpham', { memberId: 4 }));
    const id = inside.json().id as number;
    expect(
      (await t.call(office, 'POST', `/api/users/${id}/grants`, { role: 'cell_secretary', unitId: 6, validFrom: '2026-01-01' })).statusCode,
    ).toBe(201);
    expect(
      (await t.call(office, 'POST', `/api/users/${id}/grants`, { role: 'committee_office', unitId: 5, validFrom: '2026-01-01' }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.call(admin, 'POST', `/api/users/${id}/grants`, { role: 'committee_office', unitId: 5, validFrom: '2026-01-01' })).statusCode,
    ).toBe(201);
    // Now above the office: it may no longer act on the account.
    expect((await t.call(office, 'POST', `/api/users/${id}/password-reset`, {})).statusCode).toBe(404);
  });

  it('lists each account with its security state', async () => {
    const list = (await t.call(office, 'GET', '/api/users')).json() as {
      username: string;
      mustChangePassword: boolean;
      secondFactor: boolean;
    }[];
    expect(list.find((u) => u.username === 'member')).toMatchObject({ mustChangePassword: false, secondFactor: false });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';

let t: TestApp;
let admin: Session;
let secretary: Session;
let member: Session;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  secretary = await t.login('secretary');
  member = await t.login('member');
});
afterAll(() => t.close());

const newMember = {
  fullName: 'Nguyễn Thị Thu Hà',
  gender: 'female',
  birthDate: '1990-04-12',
  ethnicity: 'Kinh',
  hometown: 'xã Yên Khánh, huyện Ý Yên',
  residence: 'thôn Đông',
  citizenId: '036190001234',
  partyCardNo: '93009999',
  admittedOn: '2015-02-03',
  officialOn: '2016-02-03',
  education: '12/12',
  theoryLevel: 'Trung cấp',
  occupation: 'Giáo viên',
  position: '',
  phone: '0987654321',
  status: 'official',
  unitId: 5,
};

describe('member list', () => {
  it('finds a member by an unaccented, lower-case name', async () => {
    const res = await t.call(admin, 'GET', '/api/members?q=nguyen%20van%20ngoan');
    expect(res.statusCode).toBe(200);
    const names = res.json().items.map((i: { fullName: string }) => i.fullName);
    expect(names).toEqual(expect.arrayContaining(['Nguyễn Văn Ngoan', 'Nguyễn Văn Ngoạn']));
    expect(res.json().total).toBe(2);
  });

  it('sorts the Vietnamese way: given name first', async () => {
    const res = await t.call(admin, 'GET', '/api/members?unitId=5&pageSize=10');
    expect(res.json().items.map((i: { fullName: string }) => i.fullName)).toEqual([
      'Lê Văn An',
      'Trần Thị Bình',
      'Phạm Thị Đào',
      'Nguyễn Văn Ngoan',
    ]);
  });

  it('filters by subtree, status, gender, age band and admission year, with paging', async () => {
    const sub = await t.call(admin, 'GET', '/api/members?unitId=4');
    expect(sub.json().total).toBe(7);
    const women = await t.call(admin, 'GET', '/api/members?unitId=4&gender=female&status=official');
    expect(
      women
        .json()
        .items.map((i: { fullName: string }) => i.fullName)
        .sort(),
    ).toEqual(['Trần Thị Bình', 'Vũ Thị Hoa']);
    const band = await t.call(admin, 'GET', '/api/members?ageBand=61-70');
    expect(band.json().items.map((i: { fullName: string }) => i.fullName)).toEqual(['Phạm Thị Đào']);
    const year = await t.call(admin, 'GET', '/api/members?admittedYear=2011');
    expect(year.json().total).toBe(0);
    const page2 = await t.call(admin, 'GET', '/api/members?pageSize=5&page=3');
    expect(page2.json()).toMatchObject({ total: 12, page: 3 });
    expect(page2.json().items).toHaveLength(2);
  });

  it('keeps a cell secretary inside the cell', async () => {
    const own = await t.call(secretary, 'GET', '/api/members');
    expect(own.json().total).toBe(4);
    const other = await t.call(secretary, 'GET', '/api/members?unitId=6');
    expect(other.statusCode).toBe(404);
    expect(other.json().items).toBeUndefined();
  });
});

describe('member records', () => {
  it('creates a member with a cell period, a timeline and an audit entry', async () => {
    const res = await t.call(secretary, 'POST', '/api/members', newMember);
    expect(res.statusCode).toBe(201);
    const id = res.json().id;
    const profile = await t.call(secretary, 'GET', `/api/members/${id}`);
    expect(profile.json()).toMatchObject({ fullName: 'Nguyễn Thị Thu Hà', unitName: 'Chi bộ thôn Đông', version: 1 });
    expect(profile.json().periods).toHaveLength(1);
    const timeline = await t.call(secretary, 'GET', `/api/members/${id}/timeline`);
    expect(timeline.json().map((e: { kind: string }) => e.kind)).toEqual(['record_created', 'official', 'admitted']);
    const audit = await t.call(admin, 'GET', `/api/audit?entityType=member&entityId=${id}`);
    expect(audit.json().items[0]).toMatchObject({ action: 'member.create', actorName: 'Người dùng secretary' });
  });

  it('refuses a duplicate citizen ID with a clear message, writing nothing', async () => {
    const before = (await t.call(admin, 'GET', '/api/members')).json().total;
    const res = await t.call(admin, 'POST', '/api/members', { ...newMember, partyCardNo: null, citizenId: '036100000001' });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'duplicate_citizen_id', message: 'Số CCCD 036100000001 đã có trong sổ đảng viên.' });
    expect((await t.call(admin, 'GET', '/api/members')).json().total).toBe(before);
  });

  it('gives one message per bad field, in the user language', async () => {
    const res = await t.call(
      admin,
      'POST',
      '/api/members',
      { ...newMember, citizenId: '12345', phone: '123', birthDate: '1990-13-45', gender: 3 },
      { 'accept-language': 'en' },
    );
    expect(res.statusCode).toBe(400);
    const fields = res
      .json()
      .details.map((d: { field: string }) => d.field)
      .sort();
    expect(fields).toEqual(['birthDate', 'citizenId', 'gender', 'phone']);
    expect(res.json().details.find((d: { field: string }) => d.field === 'citizenId').message).toBe(
      'Citizen ID: must be exactly 12 digits.',
    );
  });

  it('refuses an admission before the age of 18', async () => {
    const res = await t.call(admin, 'POST', '/api/members', {
      ...newMember,
      citizenId: '036190009999',
      partyCardNo: null,
      birthDate: '2000-01-01',
      admittedOn: '2017-06-01',
      officialOn: null,
      status: 'probationary',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([{ field: 'admittedOn', message: 'Đảng viên phải đủ 18 tuổi khi kết nạp.' }]);
  });

  it('refuses an official date before the twelve months of probation are over, under the field', async () => {
    const early = { ...newMember, citizenId: '036190009998', partyCardNo: null, admittedOn: '2024-03-15', officialOn: '2024-03-16' };
    const res = await t.call(admin, 'POST', '/api/members', early);
    expect(res.statusCode).toBe(400);
    expect(res.json().details).toEqual([
      {
        field: 'officialOn',
        message: 'Ngày chính thức phải từ 15/03/2025 trở đi: thời gian dự bị là 12 tháng kể từ ngày kết nạp (Điều lệ Đảng, Điều 5).',
      },
    ]);
    const dayShort = await t.call(admin, 'POST', '/api/members', { ...early, officialOn: '2025-03-14' }, { 'accept-language': 'en' });
    expect(dayShort.json().details[0].message).toBe(
      'The official date must be on or after 15/03/2025: probation lasts 12 months from admission (Party Charter, Article 5).',
    );
    const patch = await t.call(admin, 'PATCH', '/api/members/3', { version: 1, admittedOn: '2024-03-15', officialOn: '2024-09-01' });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().details.map((d: { field: string }) => d.field)).toEqual(['officialOn']);
  });

  it('sets the member category (Form 2A/2B/2C) by hand, and refuses an unknown one', async () => {
    const created = await t.call(admin, 'POST', '/api/members', {
      ...newMember,
      citizenId: '036190009997',
      partyCardNo: null,
      memberCategory: 'in_political_system',
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().memberCategory).toBe('in_political_system');
    const id = created.json().id as number;
    const changed = await t.call(admin, 'PATCH', `/api/members/${id}`, {
      version: created.json().version,
      memberCategory: 'leader_manager',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().memberCategory).toBe('leader_manager');
    const cleared = await t.call(admin, 'PATCH', `/api/members/${id}`, { version: changed.json().version, memberCategory: null });
    expect(cleared.json().memberCategory).toBeNull();
    const bad = await t.call(admin, 'PATCH', `/api/members/${id}`, { version: cleared.json().version, memberCategory: 'boss' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().details[0].field).toBe('memberCategory');
    const audit = await t.call(admin, 'GET', `/api/audit?entityType=member&entityId=${id}`);
    expect(
      audit
        .json()
        .items.some(
          (e: { before?: Record<string, unknown>; after?: Record<string, unknown> }) => e.after?.memberCategory === 'leader_manager',
        ),
    ).toBe(true);
  });

  it('edits a phone number with optimistic concurrency', async () => {
    const ok = await t.call(secretary, 'PATCH', '/api/members/3', { version: 1, phone: '0901112233' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ phone: '0901112233', version: 2 });
    const stale = await t.call(admin, 'PATCH', '/api/members/3', { version: 1, phone: '0900000000' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('stale_version');
    const audit = await t.call(secretary, 'GET', '/api/audit?entityType=member&entityId=3');
    expect(audit.json().items[0]).toMatchObject({
      action: 'member.update',
      before: { phone: '0912345678' },
      after: { phone: '0901112233' },
    });
  });

  it('lets a member read only their own record', async () => {
    expect((await t.call(member, 'GET', '/api/members/2')).statusCode).toBe(200);
    expect((await t.call(member, 'GET', '/api/members/1')).statusCode).toBe(404);
    expect((await t.call(member, 'GET', '/api/members')).statusCode).toBe(404);
    expect((await t.call(member, 'PATCH', '/api/members/2', { version: 1, phone: '0900000001' })).statusCode).toBe(403);
  });

  it('moves a member to another cell only for a manager over both cells', async () => {
    const bySecretary = await t.call(secretary, 'PATCH', '/api/members/1', { version: 1, unitId: 6 });
    expect(bySecretary.statusCode).toBe(403);
    const byAdmin = await t.call(admin, 'PATCH', '/api/members/1', { version: 1, unitId: 6 });
    expect(byAdmin.statusCode).toBe(200);
    const profile = await t.call(admin, 'GET', '/api/members/1');
    expect(profile.json().periods.map((p: { unit_id: number; valid_to: string | null }) => [p.unit_id, p.valid_to])).toEqual([
      [6, null],
      [5, '2026-11-26'],
    ]);
  });
});

describe('accounts', () => {
  it('refuses a taken username with a sentence naming it', async () => {
    const res = await t.call(admin, 'POST', '/api/users', {
      username: 'office',
      displayName: 'Trùng',
      password: 'LongPassword1',
      grant: { role: 'observer', unitId: 3, validFrom: '2026-01-01' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'duplicate_username', message: 'Tên đăng nhập office đã được dùng.' });
  });

  it('creates an account with its first grant, and the account can log in within its scope', async () => {
    const res = await t.call(admin, 'POST', '/api/users', {
      username: 'thuky6',
      displayName: 'Thư ký chi bộ thôn Tây',
      password: 'LongPassword1',
      grant: { role: 'cell_secretary', unitId: 6, validFrom: '2026-01-01' },
    });
    expect(res.statusCode).toBe(201);
    const s = await t.login('thuky6', 'LongPassword1');
    expect((await t.call(s, 'GET', '/api/members')).json().total).toBe(4); // 3 in the fixture + member 1, moved here above
    const overlap = await t.call(admin, 'POST', `/api/users/${res.json().id}/grants`, {
      role: 'cell_secretary',
      unitId: 6,
      validFrom: '2026-06-01',
    });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().code).toBe('grant_overlap');
  });
});

// QR check-in: the secretary opens it on the meeting's day and shows a rotating code; a member of the cell checks
// in with it; stale codes, closed check-ins and members of other cells are refused with a sentence, writing nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { TODAY } from '../../../../test/fixture.js';
import { checkinCode, checkinWindow } from '../../../domain/lifecycle/checkin.js';
import * as checkin from './checkin.js';
import * as service from './service.js';

let t: TestApp;
let secretary: Session;
let member: Session;
let secretary8: Session;
let meetingId: number;

beforeAll(async () => {
  t = await startTestApp();
  [secretary, member, secretary8] = await Promise.all([t.login('secretary'), t.login('member'), t.login('secretary8')]);
  const r = await t.call(secretary, 'POST', '/api/meetings', {
    unitId: 5,
    heldOn: TODAY,
    kind: 'regular',
    topic: 'Sinh hoạt thường kỳ tháng 11',
  });
  expect(r.statusCode, r.body).toBe(201);
  meetingId = r.json().id;
});
afterAll(async () => {
  await t?.close();
});

const attendanceOf = async (memberId: number) =>
  t.db
    .selectFrom('meeting_attendance')
    .selectAll()
    .where('meeting_id', '=', meetingId)
    .where('member_id', '=', memberId)
    .executeTakeFirst();
const secret = async () =>
  (await t.db.selectFrom('cell_meeting').select('checkin_secret').where('id', '=', meetingId).executeTakeFirstOrThrow()).checkin_secret!;

describe('QR check-in', () => {
  it('refuses a code before the check-in is opened, with a sentence', async () => {
    const r = await t.call(member, 'POST', `/api/meetings/${meetingId}/check-in`, { code: 'AAAAAAAAAAAAAAAAAAAAAA' });
    expect(r.statusCode).toBe(400);
    expect(r.json()).toMatchObject({ code: 'checkin_code_invalid', message: expect.stringContaining('quét lại mã') });
  });

  it('opens on the meeting day, shows a code that rotates, and counts the cell', async () => {
    const opened = await t.call(secretary, 'POST', `/api/meetings/${meetingId}/check-in/open`);
    expect(opened.statusCode, opened.body).toBe(200);
    const screen = opened.json();
    expect(screen).toMatchObject({ available: true, open: true, periodSeconds: 20, present: 0, checkedIn: 0 });
    expect(screen.code).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(screen.members).toBeGreaterThan(1);
    expect(screen.code).toBe(checkinCode(await secret(), meetingId, checkinWindow(Date.now())));
    // Opening again keeps the same secret (the code on screen stays valid).
    const again = (await t.call(secretary, 'POST', `/api/meetings/${meetingId}/check-in/open`)).json();
    expect([screen.code, checkinCode(await secret(), meetingId, checkinWindow(Date.now()))]).toContain(again.code);
  });

  it('marks the member present once, moving the meeting version on, and a second scan changes nothing', async () => {
    const before = await service.loadMeeting(t.db, meetingId);
    const { code } = (await t.call(secretary, 'GET', `/api/meetings/${meetingId}/check-in`)).json();
    const r = await t.call(member, 'POST', `/api/meetings/${meetingId}/check-in`, { code });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ meetingId, heldOn: TODAY, alreadyRecorded: false });
    const row = await attendanceOf(2);
    expect(row?.presence).toBe('present');
    expect(row?.checked_in_at).not.toBeNull();
    expect((await service.loadMeeting(t.db, meetingId)).version).toBe(before.version + 1);
    const twice = await t.call(member, 'POST', `/api/meetings/${meetingId}/check-in`, { code });
    expect(twice.json().alreadyRecorded).toBe(true);
    expect((await service.loadMeeting(t.db, meetingId)).version).toBe(before.version + 1);
    expect((await t.call(secretary, 'GET', `/api/meetings/${meetingId}/check-in`)).json()).toMatchObject({ present: 1, checkedIn: 1 });
  });

  it('refuses a stale code and a member of another cell, writing nothing', async () => {
    const s = await secret();
    const stale = checkinCode(s, meetingId, checkinWindow(Date.now()) - 2);
    const r = await t.call(member, 'POST', `/api/meetings/${meetingId}/check-in`, { code: stale });
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('checkin_code_invalid');
    const { code } = (await t.call(secretary, 'GET', `/api/meetings/${meetingId}/check-in`)).json();
    const other = await t.call(secretary8, 'POST', `/api/meetings/${meetingId}/check-in`, { code });
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'checkin_other_cell' });
    expect(other.body).not.toContain('Sinh hoạt thường kỳ');
    expect(await attendanceOf(10)).toBeUndefined();
    // A malformed code is a validation error, in Vietnamese.
    const bad = await t.call(member, 'POST', `/api/meetings/${meetingId}/check-in`, { code: 'không hợp lệ' });
    expect(bad.statusCode).toBe(400);
  });

  it('lets 50 members check in within the same minute, every one landing', async () => {
    const unit = await t.db.selectFrom('org_unit').select(['id', 'path']).where('id', '=', 5).executeTakeFirstOrThrow();
    const ids: number[] = [];
    for (let i = 0; i < 50; i++) {
      const r = await sql<{
        id: number;
      }>`INSERT INTO member (full_name, search_name, sort_key, gender, birth_date, ethnicity, hometown, residence,
        citizen_id, admitted_on, official_on, education, theory_level, status, unit_id)
        VALUES (${`Đảng Viên ${i}`}, ${`dang vien ${i}`}, ${`vien ${i}`}, 'male', '1980-01-01', 'Kinh', 'Nam Định', 'Nam Định',
        ${String(800_000_000_000 + i)}, '2010-01-01', '2011-01-01', '12/12', 'Sơ cấp', 'official', ${unit.id}) RETURNING id::int AS id`.execute(
        t.db,
      );
      ids.push(r.rows[0]!.id);
    }
    const m = await service.loadMeeting(t.db, meetingId);
    const actorOf = (memberId: number) => ({
      userId: 4,
      username: `m${memberId}`,
      displayName: `m${memberId}`,
      memberId,
      locale: 'vi' as const,
      grants: [{ role: 'member' as const, unitId: 5, unitPath: unit.path as unknown as string }],
    });
    const results = await Promise.all(ids.map((id) => checkin.checkIn(t.db, actorOf(id), m)));
    expect(results.every((r) => !r.alreadyRecorded)).toBe(true);
    const landed = await t.db
      .selectFrom('meeting_attendance')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('meeting_id', '=', meetingId)
      .where('member_id', 'in', ids)
      .where('presence', '=', 'present')
      .executeTakeFirstOrThrow();
    expect(Number(landed.n)).toBe(50);
    expect((await service.loadMeeting(t.db, meetingId)).version).toBe(m.version + 50);
  });

  it('closes: the code stops working and the screen says closed', async () => {
    const { code } = (await t.call(secretary, 'GET', `/api/meetings/${meetingId}/check-in`)).json();
    const closed = await t.call(secretary, 'POST', `/api/meetings/${meetingId}/check-in/close`);
    expect(closed.json()).toMatchObject({ available: true, open: false, code: null });
    const r = await t.call(member, 'POST', `/api/meetings/${meetingId}/check-in`, { code });
    expect(r.statusCode).toBe(400);
  });

  it('opens only on the meeting day, and only for editors over the cell', async () => {
    const later = await t.call(secretary, 'POST', '/api/meetings', { unitId: 5, heldOn: '2026-12-20', kind: 'regular', topic: 'Tháng 12' });
    const r = await t.call(secretary, 'POST', `/api/meetings/${later.json().id}/check-in/open`);
    expect(r.statusCode).toBe(400);
    expect(r.json().code).toBe('checkin_not_today');
    expect((await t.call(secretary, 'GET', `/api/meetings/${later.json().id}/check-in`)).json()).toMatchObject({
      available: false,
      open: false,
    });
    expect((await t.call(member, 'POST', `/api/meetings/${meetingId}/check-in/open`)).statusCode).toBe(403);
    expect((await t.call(secretary8, 'GET', `/api/meetings/${meetingId}/check-in`)).statusCode).toBe(404);
  });
});

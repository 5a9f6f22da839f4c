// Working groups and reviews: members of a group assigned to a unit see its reviews read-only,
// comment on them and record attendance at the review meeting; nobody else outside the unit's scope can.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { CYCLE, openCycle, SELF_GOOD, subjectsOf } from './helpers.test-util.js';

let t: TestApp;
let admin: Session, secretary: Session, secretary8: Session, observer: Session;
let s2: number, s11: number;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  secretary = await t.login('secretary');
  secretary8 = await t.login('secretary8');
  observer = await t.login('observer');
  const c = await openCycle(t, admin, { ...CYCLE, subjectKinds: ['member'] });
  const all = await subjectsOf(t, admin, c.id);
  s2 = all.find((s) => s.memberId === 2)!.id;
  s11 = all.find((s) => s.memberId === 11)!.id; // cell 8, in the subtree the observer watches
});
afterAll(() => t.close());

describe('remarks and working groups', () => {
  it('keeps a member of another district out until a working group is assigned', async () => {
    expect((await t.call(secretary8, 'GET', `/api/assessment-subjects/${s2}`)).statusCode).toBe(404);
    expect((await t.call(secretary8, 'POST', `/api/assessment-subjects/${s2}/remarks`, { body: 'x' })).statusCode).toBe(404);
  });

  it('lets the working group read the review, comment and record attendance, but not take a step', async () => {
    // Member 10 (secretary8) joins a province working group assigned to the grassroots committee of cell 5.
    const wg = await t.call(admin, 'POST', '/api/working-groups', {
      unitId: 1,
      name: 'Tổ công tác số 1',
      validFrom: '2026-01-01',
      members: [{ memberId: 10, role: 'leader' }],
      unitIds: [4],
    });
    expect(wg.statusCode).toBe(201);
    const seen = await t.call(secretary8, 'GET', `/api/assessment-subjects/${s2}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().viewerWorkingGroupId).toBe(wg.json().id);
    expect((await t.call(admin, 'GET', `/api/assessment-subjects/${s2}`)).json().viewerWorkingGroupId).toBeNull();
    const c = await t.call(secretary8, 'POST', `/api/assessment-subjects/${s2}/remarks`, {
      body: 'Đề nghị chi bộ làm rõ chỉ tiêu vận động.',
    });
    expect(c.statusCode).toBe(201);
    const a = await t.call(secretary8, 'POST', `/api/assessment-subjects/${s2}/attendance`, {
      attendedOn: '2026-12-10',
      note: 'Dự họp chi bộ',
    });
    expect(a.json().map((r: { kind: string; workingGroupId: number | null }) => [r.kind, r.workingGroupId])).toEqual([
      ['comment', wg.json().id],
      ['attendance', wg.json().id],
    ]);
    expect(
      (await t.call(secretary8, 'POST', `/api/assessment-subjects/${s2}/self-assessment`, { version: 1, ...SELF_GOOD })).statusCode,
    ).toBe(404);
    const audit = (await t.call(admin, 'GET', `/api/audit?entityType=assessment_subject&entityId=${s2}`)).json();
    expect(audit.items.map((i: { action: string }) => i.action)).toEqual(['assessment.attendance', 'assessment.comment']);
  });

  it('lets the cell comment, refuses attendance from outside a group, and checks the input', async () => {
    expect((await t.call(secretary, 'POST', `/api/assessment-subjects/${s2}/remarks`, { body: 'Chi bộ tiếp thu.' })).statusCode).toBe(201);
    expect((await t.call(secretary, 'POST', `/api/assessment-subjects/${s2}/attendance`, { attendedOn: '2026-12-10' })).statusCode).toBe(
      403,
    );
    expect((await t.call(secretary, 'POST', `/api/assessment-subjects/${s2}/remarks`, { body: '' })).statusCode).toBe(400);
    expect(
      (await t.call(secretary8, 'POST', `/api/assessment-subjects/${s2}/attendance`, { attendedOn: '10/12/2026' })).json().details[0].field,
    ).toBe('attendedOn');
    expect((await t.call(observer, 'GET', `/api/assessment-subjects/${s2}/remarks`)).statusCode).toBe(404);
    expect((await t.call(secretary, 'GET', `/api/assessment-subjects/${s2}/remarks`)).json()).toHaveLength(3);
  });

  it('records attendance as present by default, or absent with its reason, and refuses an absence without one', async () => {
    const url = `/api/assessment-subjects/${s2}/attendance`;
    const blank = await t.call(secretary8, 'POST', url, { attendedOn: '2026-12-11', present: false, absenceReason: '  ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json()).toMatchObject({ code: 'validation', details: [{ field: 'absenceReason', message: 'Hãy ghi lý do vắng mặt.' }] });
    expect((await t.call(secretary8, 'POST', url, { attendedOn: '2026-12-11', present: false })).json().details[0].field).toBe(
      'absenceReason',
    );
    expect((await t.call(secretary8, 'POST', url, { attendedOn: '2026-12-11', present: 'no' })).json().details[0].field).toBe('present');
    const absent = await t.call(secretary8, 'POST', url, {
      attendedOn: '2026-12-11',
      present: false,
      absenceReason: ' Đi công tác huyện ',
    });
    expect(absent.statusCode).toBe(201);
    const attendance = absent
      .json()
      .filter((r: { kind: string }) => r.kind === 'attendance')
      .map((r: { attendedOn: string; present: boolean; absenceReason: string | null }) => [r.attendedOn, r.present, r.absenceReason]);
    expect(attendance).toEqual([
      ['2026-12-10', true, null],
      ['2026-12-11', false, 'Đi công tác huyện'],
    ]);
    expect(absent.json().find((r: { kind: string }) => r.kind === 'comment')).toMatchObject({ present: null, absenceReason: null });
    const audit = (await t.call(admin, 'GET', `/api/audit?entityType=assessment_subject&entityId=${s2}`)).json();
    expect(audit.items[0]).toMatchObject({
      action: 'assessment.attendance',
      after: { present: false, absenceReason: 'Đi công tác huyện' },
    });
  });

  it('keeps one attendance per person and meeting day: recording it again replaces it', async () => {
    const url = `/api/assessment-subjects/${s2}/attendance`;
    const count = async () =>
      Number(
        (
          await t.db
            .selectFrom('assessment_remark')
            .select((eb) => eb.fn.countAll<string>().as('n'))
            .where('subject_id', '=', s2)
            .where('kind', '=', 'attendance')
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    expect((await t.call(secretary8, 'POST', url, { attendedOn: '2026-12-11', present: true, note: 'Đã dự' })).statusCode).toBe(201);
    const again = await t.call(secretary8, 'POST', url, { attendedOn: '2026-12-11', present: true, note: 'Đã dự' });
    expect(again.statusCode).toBe(201);
    expect(await count()).toBe(before);
    const day = again.json().filter((r: { kind: string; attendedOn: string }) => r.kind === 'attendance' && r.attendedOn === '2026-12-11');
    expect(day).toHaveLength(1);
    expect(day[0]).toMatchObject({ present: true, absenceReason: null, body: 'Đã dự' });
    const audit = (await t.call(admin, 'GET', `/api/audit?entityType=assessment_subject&entityId=${s2}`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'assessment.attendance', before: { present: true } });
  });
});

describe('the observer of a subtree (a working group’s account)', () => {
  it('comments on the reviews it watches and records its attendance once, and nothing else', async () => {
    const seen = await t.call(observer, 'GET', `/api/assessment-subjects/${s11}`);
    expect(seen.statusCode).toBe(200);
    expect(
      (await t.call(observer, 'POST', `/api/assessment-subjects/${s11}/remarks`, { body: 'Tổ công tác đề nghị bổ sung minh chứng.' }))
        .statusCode,
    ).toBe(201);
    const url = `/api/assessment-subjects/${s11}/attendance`;
    expect((await t.call(observer, 'POST', url, { attendedOn: '2026-12-09' })).statusCode).toBe(201);
    const twice = await t.call(observer, 'POST', url, { attendedOn: '2026-12-09', present: false, absenceReason: 'Họp đột xuất' });
    expect(twice.statusCode).toBe(201);
    expect(twice.json().map((r: { kind: string; present: boolean | null }) => [r.kind, r.present])).toEqual([
      ['comment', null],
      ['attendance', false],
    ]);
    // Still read-only for everything else: no step of the review, and nothing outside the subtree it watches.
    const version = seen.json().version;
    expect((await t.call(observer, 'POST', `/api/assessment-subjects/${s11}/self-assessment`, { version, ...SELF_GOOD })).statusCode).toBe(
      403,
    );
    expect((await t.call(observer, 'POST', `/api/assessment-subjects/${s2}/remarks`, { body: 'x' })).statusCode).toBe(404);
    expect((await t.call(observer, 'POST', `/api/assessment-subjects/${s2}/attendance`, { attendedOn: '2026-12-09' })).statusCode).toBe(
      404,
    );
  });
});

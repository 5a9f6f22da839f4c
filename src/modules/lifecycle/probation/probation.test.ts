import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';

let t: TestApp;
let admin: Session;
let secretary: Session;
let office: Session;
const ids: Record<string, number> = {};

const person = (name: string, citizenId: string, admittedOn: string) => ({
  fullName: name,
  gender: 'female',
  birthDate: '1995-04-12',
  ethnicity: 'Kinh',
  hometown: 'x',
  residence: 'y',
  citizenId,
  admittedOn,
  education: '12/12',
  theoryLevel: '',
  status: 'probationary',
  unitId: 5,
});

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  secretary = await t.login('secretary');
  office = await t.login('office');
  for (const [key, name, cid, on] of [
    ['late', 'Mai Thị Lụa', '036195000001', '2025-11-01'],
    ['due', 'Hà Văn Sơn', '036195000002', '2025-12-10'],
    ['early', 'Lý Thị Thu', '036195000003', '2026-06-01'],
  ] as const) {
    ids[key] = (await t.call(admin, 'POST', '/api/members', person(name, cid, on))).json().id;
  }
});
afterAll(() => t.close());

describe('probation', () => {
  it('counts 12 months from admission and lists those due and overdue', async () => {
    const all = (await t.call(secretary, 'GET', '/api/probation?unitId=5')).json().items;
    expect(all.map((p: { fullName: string; dueOn: string; overdue: boolean }) => [p.fullName, p.dueOn, p.overdue])).toEqual([
      ['Mai Thị Lụa', '2026-11-01', true],
      ['Hà Văn Sơn', '2026-12-10', false],
      ['Lý Thị Thu', '2027-06-01', false],
    ]);
    const due = (await t.call(secretary, 'GET', '/api/probation?unitId=5&filter=due')).json().items;
    expect(due.map((p: { memberId: number }) => p.memberId)).toEqual([ids.late, ids.due]);
    const overdue = (await t.call(office, 'GET', '/api/probation?unitId=4&filter=overdue')).json().items;
    expect(overdue.map((p: { memberId: number; daysLeft: number }) => [p.memberId, p.daysLeft])).toEqual([[ids.late, -25]]);
    expect(due[0].checklist).toHaveLength(6);
    const paged = (await t.call(secretary, 'GET', '/api/probation?unitId=5&page=2&pageSize=2')).json();
    expect([paged.total, paged.items.map((p: { fullName: string }) => p.fullName)]).toEqual([3, ['Lý Thị Thu']]);
  });

  it('keeps the checklist of forms 10–15-KNĐ with optimistic concurrency', async () => {
    const ok = await t.call(secretary, 'PUT', `/api/probation/${ids.late}/forms`, { version: 0, forms: ['10-KNĐ', '11-KNĐ'] });
    expect(ok.json()).toMatchObject({ forms: ['10-KNĐ', '11-KNĐ'], version: 1 });
    expect((await t.call(secretary, 'PUT', `/api/probation/${ids.late}/forms`, { version: 0, forms: ['12-KNĐ'] })).statusCode).toBe(409);
    const bad = await t.call(secretary, 'PUT', `/api/probation/${ids.late}/forms`, { version: 1, forms: ['3-KNĐ'] });
    expect(bad.json()).toMatchObject({ code: 'probation_unknown_forms' });
    const list = (await t.call(secretary, 'GET', '/api/probation?unitId=5&filter=overdue')).json().items;
    expect(list[0].checklist.filter((c: { done: boolean }) => c.done).map((c: { form: string }) => c.form)).toEqual(['10-KNĐ', '11-KNĐ']);
  });

  it('lets the committee make a member official at the end of probation, not before', async () => {
    const body = { outcome: 'official', decisionNo: '40-QĐ/ĐU', decidedOn: '2026-11-20', authority: 'Đảng ủy xã A1' };
    expect((await t.call(secretary, 'POST', `/api/probation/${ids.late}/decision`, body)).statusCode).toBe(403);
    const early = await t.call(office, 'POST', `/api/probation/${ids.due}/decision`, body);
    expect(early.json()).toMatchObject({ code: 'probation_not_finished' });
    const res = await t.call(office, 'POST', `/api/probation/${ids.late}/decision`, body);
    expect(res.json()).toEqual({ memberId: ids.late, outcome: 'official', officialOn: '2026-11-01' });
    const m = (await t.call(admin, 'GET', `/api/members/${ids.late}`)).json();
    expect(m).toMatchObject({ status: 'official', officialOn: '2026-11-01' });
    const again = await t.call(office, 'POST', `/api/probation/${ids.late}/decision`, body);
    expect(again.statusCode).toBe(409);
  });

  it('ends a probation: the name is removed and the cell period closed', async () => {
    const res = await t.call(office, 'POST', `/api/probation/${ids.early}/decision`, {
      outcome: 'ended',
      decisionNo: '41-QĐ/ĐU',
      decidedOn: '2026-11-25',
      authority: 'Đảng ủy xã A1',
    });
    expect(res.statusCode).toBe(200);
    const m = (await t.call(admin, 'GET', `/api/members/${ids.early}`)).json();
    expect(m.status).toBe('removed');
    expect(m.periods[0].valid_to).toBe('2026-11-25');
    const kinds = (await t.call(admin, 'GET', `/api/members/${ids.early}/timeline`)).json().map((e: { kind: string }) => e.kind);
    expect(kinds.slice(0, 2)).toEqual(['record_created', 'probation_ended']);
  });
});

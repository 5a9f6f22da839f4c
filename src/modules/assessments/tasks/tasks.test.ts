// Targets and tasks on the real database: giving, reporting, scope, and the figures the assessment uses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { CYCLE, openCycle, subjectsOf } from '../reviews/helpers.test-util.js';

let t: TestApp;
let admin: Session, office: Session, secretary: Session, member: Session, secretary8: Session;
const task = {
  title: 'Vận động hộ gia đình tham gia bảo hiểm y tế',
  indicator: 'Số hộ tham gia',
  targetValue: 10,
  periodFrom: '2026-01-01',
  periodTo: '2026-12-31',
  dueOn: '2026-06-30',
  keyTarget: true,
  holderUnitId: 5,
  holderMemberId: 2,
};

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  office = await t.login('office');
  secretary = await t.login('secretary');
  member = await t.login('member');
  secretary8 = await t.login('secretary8');
});
afterAll(() => t.close());

describe('targets and tasks', () => {
  let id: number;

  it('lets the cell give a task to a member; the cell is the assessor', async () => {
    const res = await t.call(secretary, 'POST', '/api/tasks', task);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      assignerUnitId: 5,
      assessorUnitId: 5,
      holderMemberName: 'Trần Thị Bình',
      completion: null,
      version: 1,
    });
    id = res.json().id;
  });

  it('refuses bad input field by field, and a holder outside the assigning body', async () => {
    const bad = await t.call(secretary, 'POST', '/api/tasks', { ...task, dueOn: '2027-01-05' });
    expect(bad.json().details).toEqual([{ field: 'dueOn', message: 'Hạn hoàn thành phải nằm trong kỳ giao nhiệm vụ.' }]);
    const types = await t.call(secretary, 'POST', '/api/tasks', { ...task, targetValue: -1, keyTarget: 'yes' });
    expect(
      types
        .json()
        .details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['keyTarget', 'targetValue']);
    const wrong = await t.call(office, 'POST', '/api/tasks', { ...task, holderMemberId: 5 });
    expect(wrong.json().code).toBe('task_holder_unit');
    // A member the caller cannot read answers like a missing one, without a name.
    const hidden = await t.call(secretary, 'POST', '/api/tasks', { ...task, holderMemberId: 5 });
    const missing = await t.call(secretary, 'POST', '/api/tasks', { ...task, holderMemberId: 99999 });
    expect([hidden.statusCode, hidden.json().code]).toEqual([404, 'not_found']);
    expect(hidden.json().message).toBe(missing.json().message);
    expect(hidden.body).not.toContain('Hoàng Văn Cường');
    expect((await t.call(secretary, 'POST', '/api/tasks', { ...task, holderUnitId: 8, holderMemberId: 10 })).statusCode).toBe(404);
    expect((await t.call(secretary, 'POST', '/api/tasks', { ...task, holderUnitId: 5, assignerUnitId: 4 })).statusCode).toBe(404);
    expect((await t.call(office, 'POST', '/api/tasks', { ...task, holderUnitId: 5, assignerUnitId: 2 })).statusCode).toBe(404);
  });

  it('shows "my tasks" to the holder and the subtree’s tasks to those in scope', async () => {
    expect((await t.call(member, 'GET', '/api/tasks/mine')).json().map((x: { id: number }) => x.id)).toEqual([id]);
    expect((await t.call(office, 'GET', '/api/tasks?unitId=4')).json()).toHaveLength(1);
    expect((await t.call(secretary8, 'GET', '/api/tasks')).json()).toHaveLength(0);
    expect((await t.call(secretary8, 'GET', `/api/tasks/${id}`)).statusCode).toBe(404);
  });

  it('lets the holder report progress with evidence and completion, with optimistic concurrency', async () => {
    const half = await t.call(member, 'POST', `/api/tasks/${id}/progress`, {
      version: 1,
      value: 5,
      evidence: 'Đã vận động 5 hộ.',
      done: false,
      reportedOn: '2026-04-01',
    });
    expect(half.json()).toMatchObject({ progressValue: 5, completion: null, version: 2 });
    const stale = await t.call(secretary, 'POST', `/api/tasks/${id}/progress`, { version: 1, value: 6, evidence: 'x', done: false });
    expect(stale.statusCode).toBe(409);
    const done = await t.call(member, 'POST', `/api/tasks/${id}/progress`, {
      version: 2,
      value: 12,
      evidence: 'Vượt chỉ tiêu: 12 hộ.',
      done: true,
      reportedOn: '2026-06-20',
    });
    expect(done.json()).toMatchObject({ completion: 'exceeded', completedOn: '2026-06-20' });
    const detail = (await t.call(member, 'GET', `/api/tasks/${id}`)).json();
    expect(detail.progress.map((p: { evidence: string }) => p.evidence)).toEqual(['Đã vận động 5 hộ.', 'Vượt chỉ tiêu: 12 hộ.']);
    expect(
      (await t.call(secretary8, 'POST', `/api/tasks/${id}/progress`, { version: 3, value: 1, evidence: 'x', done: false })).statusCode,
    ).toBe(404);
  });

  it('feeds the task figures into the assessment facts', async () => {
    await t.call(secretary, 'POST', '/api/tasks', { ...task, title: 'Nhiệm vụ 2', keyTarget: true, dueOn: '2026-09-30' });
    const cycle = await openCycle(t, admin, { ...CYCLE, subjectKinds: ['member'] });
    const s2 = (await subjectsOf(t, admin, cycle.id)).find((s) => s.memberId === 2)!;
    const res = await t.call(member, 'POST', `/api/assessment-subjects/${s2.id}/self-assessment`, {
      version: 1,
      summary: 'x',
      generalPoints: 28,
      taskPoints: 65,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().evaluation.facts.tasks).toEqual({ total: 2, onTime: 0, late: 0, exceeded: 1, notDone: 1, keyMissed: 1 });
    expect(res.json().evaluation.allowed).not.toBe('excellent');
  });
});

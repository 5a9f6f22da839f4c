// Whoever assigns a task evaluates its result, on the real database: the evidence shown to those concerned,
// the evaluation, withdrawal and force majeure with their refusals, and the figures they give the self-assessment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { CYCLE, openCycle, subjectsOf } from '../reviews/helpers.test-util.js';

let t: TestApp;
let admin: Session, office: Session, secretary: Session, member: Session, secretary8: Session, observer: Session;
const base = {
  title: 'Vận động hộ tham gia bảo hiểm y tế',
  indicator: 'Số hộ',
  targetValue: 10,
  periodFrom: '2026-01-01',
  periodTo: '2026-12-31',
  dueOn: '2026-06-30',
  keyTarget: false,
  holderUnitId: 5,
  holderMemberId: 2,
};
type Task = { id: number; version: number; [k: string]: unknown };

async function give(extra: Record<string, unknown> = {}): Promise<Task> {
  const res = await t.call(secretary, 'POST', '/api/tasks', { ...base, ...extra });
  if (res.statusCode !== 201) throw new Error(`give: ${res.body}`);
  return res.json();
}
async function report(task: Task, value: number, on = '2026-06-20', evidence = 'Biên bản vận động, danh sách hộ.'): Promise<Task> {
  const res = await t.call(member, 'POST', `/api/tasks/${task.id}/progress`, {
    version: task.version,
    value,
    evidence,
    done: true,
    reportedOn: on,
  });
  if (res.statusCode !== 200) throw new Error(`report: ${res.body}`);
  return res.json();
}
const evaluate = (s: Session, task: Task, body: Record<string, unknown>) =>
  t.call(s, 'POST', `/api/tasks/${task.id}/evaluation`, { version: task.version, ...body });
const exclude = (s: Session, task: Task, kind: 'withdraw' | 'force-majeure', reason = 'Chủ trương thay đổi theo nghị quyết mới.') =>
  t.call(s, 'POST', `/api/tasks/${task.id}/${kind}`, { version: task.version, reason });

beforeAll(async () => {
  t = await startTestApp();
  [admin, office, secretary, member, secretary8, observer] = (await Promise.all(
    (['admin', 'office', 'secretary', 'member', 'secretary8', 'observer'] as const).map((u) => t.login(u)),
  )) as [Session, Session, Session, Session, Session, Session];
});
afterAll(() => t.close());

/** One review cycle of the year for the figures' tests, opened by whichever runs first. */
let cycle: Promise<number> | null = null;
function theCycle() {
  if (!cycle) cycle = openCycle(t, admin, { ...CYCLE, subjectKinds: ['member'] }).then((c) => c.id);
  return cycle;
}

describe('the reported result and its evidence', () => {
  it('shows the evidence to the holder, the assigning cell and the level above, and to nobody outside', async () => {
    const task = await report(await give(), 12, '2026-06-20', 'Danh sách 12 hộ: https://example.org/ds-ho.pdf');
    for (const s of [member, secretary, office]) {
      const d = (await t.call(s, 'GET', `/api/tasks/${task.id}`)).json();
      expect(d.progress.map((p: { evidence: string }) => p.evidence)).toEqual(['Danh sách 12 hộ: https://example.org/ds-ho.pdf']);
    }
    expect((await t.call(member, 'GET', `/api/tasks/${task.id}`)).json().can).toEqual({ report: true, evaluate: false, withdraw: false });
    expect((await t.call(secretary, 'GET', `/api/tasks/${task.id}`)).json().can).toMatchObject({ evaluate: true, withdraw: true });
    for (const s of [secretary8, observer]) expect((await t.call(s, 'GET', `/api/tasks/${task.id}`)).statusCode).toBe(404);
  });
});

describe('the assigning body evaluates the result', () => {
  it('refuses to evaluate a result not yet reported', async () => {
    const res = await evaluate(secretary, await give(), { rating: 'completed' });
    expect([res.statusCode, res.json().code]).toEqual([409, 'task_not_reported']);
    expect(res.json().message).toContain('chưa được báo cáo hoàn thành');
  });

  it('lets neither the holder nor someone outside evaluate, and says why to the one who reads the task', async () => {
    const task = await report(await give(), 10);
    const own = await evaluate(member, task, { rating: 'exceeded' });
    expect([own.statusCode, own.json().code]).toEqual([403, 'task_not_assigner']);
    expect(own.json().message).toContain('Chi bộ thôn Đông');
    const outside = await evaluate(secretary8, task, { rating: 'completed' });
    const missing = await t.call(secretary8, 'POST', '/api/tasks/999999/evaluation', { version: 1, rating: 'completed' });
    expect([outside.statusCode, outside.json().message]).toEqual([404, missing.json().message]);
    expect(outside.body).not.toContain('Trần Thị Bình');
  });

  it('refuses a level that reads the task but did not give it: the office of the commune cannot rate what the district gave', async () => {
    const given = await t.call(admin, 'POST', '/api/tasks', {
      ...base,
      title: 'Chỉ tiêu huyện giao chi bộ',
      holderMemberId: undefined,
      assignerUnitId: 2,
    });
    expect(given.json()).toMatchObject({ holderMemberId: null, assignerName: 'Huyện ủy A' });
    const done = await t.call(secretary, 'POST', `/api/tasks/${given.json().id}/progress`, {
      version: 1,
      value: 10,
      evidence: 'Báo cáo của chi bộ.',
      done: true,
      reportedOn: '2026-06-01',
    });
    for (const s of [office, secretary]) {
      const res = await evaluate(s, done.json(), { rating: 'completed' });
      expect([res.statusCode, res.json().code]).toEqual([403, 'task_not_assigner']);
      expect(res.json().message).toContain('Huyện ủy A');
    }
    expect((await evaluate(admin, done.json(), { rating: 'completed' })).statusCode).toBe(200);
  });

  it('refuses bad input field by field, and a not-completed rating without a comment', async () => {
    const task = await report(await give(), 10);
    const bad = await evaluate(secretary, task, { rating: 'great', comment: 5 });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['comment', 'rating']);
    const bare = await evaluate(secretary, task, { rating: 'not_completed', comment: '   ' });
    expect(bare.json().details).toEqual([
      { field: 'comment', message: 'Cần ghi nhận xét khi đánh giá không hoàn thành, để người được giao biết lý do.' },
    ]);
    expect((await evaluate(secretary, { ...task, version: task.version - 1 }, { rating: 'completed' })).json().code).toBe('stale_version');
  });

  it('records the evaluation once, with its audit entry, and refuses a second one', async () => {
    const task = await report(await give(), 12);
    const res = await evaluate(secretary, task, { rating: 'exceeded', comment: ' Vượt chỉ tiêu, minh chứng đầy đủ. ' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      evaluation: 'exceeded',
      evaluationComment: 'Vượt chỉ tiêu, minh chứng đầy đủ.',
      evaluatedByName: expect.any(String),
      version: task.version + 1,
    });
    const again = await evaluate(office, res.json(), { rating: 'completed' });
    expect([again.statusCode, again.json().code]).toEqual([409, 'task_already_evaluated']);
    const audit = await t.db
      .selectFrom('audit_entry')
      .select(['action', 'after'])
      .where('entity_type', '=', 'task')
      .where('entity_id', '=', String(task.id))
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['task.assign', 'task.progress', 'task.evaluate']);
    expect(audit[2]!.after).toMatchObject({ evaluation: 'exceeded' });
  });

  it('takes a revised result after a not-completed rating, and evaluates it again', async () => {
    const task = await report(await give(), 4);
    const no = await evaluate(secretary, task, { rating: 'not_completed', comment: 'Chưa đủ minh chứng.' });
    expect(no.json().evaluation).toBe('not_completed');
    const revised = await report(no.json(), 10, '2026-06-25', 'Bổ sung danh sách 10 hộ.');
    expect(revised).toMatchObject({ evaluation: null, completion: 'on_time' });
    expect((await evaluate(secretary, revised, { rating: 'completed' })).json().evaluation).toBe('completed');
    // Accepted as done, the result is closed.
    const more = await t.call(member, 'POST', `/api/tasks/${task.id}/progress`, {
      version: revised.version + 1,
      value: 11,
      evidence: 'x',
      done: true,
    });
    expect(more.json().code).toBe('task_completed');
  });
});

describe('withdrawing a task and force majeure', () => {
  it('withdraws with a reason; the task is then closed to reports and evaluations', async () => {
    const task = await give();
    expect((await exclude(secretary, task, 'withdraw', ' ')).json().details[0]).toMatchObject({
      field: 'reason',
      message: 'Cần ghi lý do.',
    });
    expect((await exclude(member, task, 'withdraw')).statusCode).toBe(403);
    expect((await exclude(secretary8, task, 'withdraw')).statusCode).toBe(404);
    const res = await exclude(secretary, task, 'withdraw');
    expect(res.json()).toMatchObject({ exclusion: 'withdrawn', exclusionReason: 'Chủ trương thay đổi theo nghị quyết mới.' });
    const w = res.json();
    const rep = await t.call(member, 'POST', `/api/tasks/${task.id}/progress`, { version: w.version, value: 1, evidence: 'x', done: true });
    expect([rep.statusCode, rep.json().code]).toEqual([409, 'task_withdrawn']);
    expect((await exclude(office, w, 'force-majeure')).json().code).toBe('task_withdrawn');
    expect((await t.call(secretary, 'GET', '/api/tasks?unitId=5&open=true')).json().map((x: { id: number }) => x.id)).not.toContain(
      task.id,
    );
  });

  it('records force majeure only for a task left undone', async () => {
    const reported = await report(await give(), 10);
    expect((await exclude(secretary, reported, 'force-majeure')).json().code).toBe('task_force_majeure_reported');
    const accepted = (await evaluate(secretary, reported, { rating: 'completed' })).json();
    expect((await exclude(secretary, accepted, 'force-majeure')).json().code).toBe('task_already_evaluated');
    expect((await exclude(secretary, accepted, 'withdraw')).json().code).toBe('task_already_evaluated');
    const rejected = (await evaluate(secretary, await report(await give(), 2), { rating: 'not_completed', comment: 'Không đạt.' })).json();
    expect((await exclude(secretary, rejected, 'force-majeure', 'Bão số 3 làm ngập toàn thôn.')).json().exclusion).toBe('force_majeure');
    const open = await give();
    const fm = await exclude(office, open, 'force-majeure', 'Bão số 3 làm ngập toàn thôn.');
    expect(fm.json()).toMatchObject({ exclusion: 'force_majeure', excludedByName: expect.any(String) });
    const audit = await t.db
      .selectFrom('audit_entry')
      .select('action')
      .where('entity_type', '=', 'task')
      .where('entity_id', '=', String(open.id))
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['task.assign', 'task.force_majeure']);
  });
});

describe('the figures the self-assessment takes from evaluated tasks', () => {
  it('counts the evaluations, leaves withdrawn and force-majeure tasks out, and says which tasks they came from', async () => {
    // Member 3 holds five tasks of the cell: one key task missed for force majeure, one withdrawn, one reported
    // exceeded but rated merely completed, one rated exceeded, one reported on time and not yet evaluated.
    const of3 = { holderMemberId: 3 };
    const fm = await give({ ...of3, title: 'Trọng tâm: giải phóng mặt bằng', keyTarget: true });
    await exclude(secretary, fm, 'force-majeure', 'Lũ lớn, công trình tạm dừng theo quyết định của tỉnh.');
    await exclude(secretary, await give({ ...of3, title: 'Nhiệm vụ thu hồi' }), 'withdraw');
    const asked = await give({ ...of3, title: 'Báo cáo vượt, đánh giá hoàn thành' });
    const p1 = (
      await t.call(secretary, 'POST', `/api/tasks/${asked.id}/progress`, {
        version: 1,
        value: 15,
        evidence: 'x',
        done: true,
        reportedOn: '2026-06-01',
      })
    ).json();
    expect(p1.completion).toBe('exceeded');
    await evaluate(secretary, p1, { rating: 'completed' });
    const ex = await give({ ...of3, title: 'Đánh giá vượt mức' });
    const p2 = (
      await t.call(secretary, 'POST', `/api/tasks/${ex.id}/progress`, {
        version: 1,
        value: 10,
        evidence: 'x',
        done: true,
        reportedOn: '2026-06-01',
      })
    ).json();
    await evaluate(office, p2, { rating: 'exceeded' });
    const pending = await give({ ...of3, title: 'Chờ đánh giá' });
    await t.call(secretary, 'POST', `/api/tasks/${pending.id}/progress`, {
      version: 1,
      value: 10,
      evidence: 'x',
      done: true,
      reportedOn: '2026-06-01',
    });

    const s3 = (await subjectsOf(t, admin, await theCycle())).find((s) => s.memberId === 3)!;
    // Typed-in figures are replaced by the recorded ones.
    const res = await t.call(secretary, 'POST', `/api/assessment-subjects/${s3.id}/self-assessment`, {
      version: 1,
      summary: 'x',
      generalPoints: 28,
      taskPoints: 65,
      tasks: { total: 9, onTime: 0, late: 0, exceeded: 0, notDone: 9, keyMissed: 9 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().evaluation.facts.tasks).toEqual({ total: 3, onTime: 2, late: 0, exceeded: 1, notDone: 0, keyMissed: 0 });
    // The missed key task does not cap the member at not completed.
    expect(res.json().evaluation.reasons.map((r: { ruleId: string }) => r.ruleId)).not.toContain('reg366.completed_done');
    const seen = (await t.call(secretary, 'GET', `/api/assessment-subjects/${s3.id}`)).json();
    expect(
      seen.recordedTasks.map((x: { title: string; outcome: string | null; evaluation: string | null }) => [
        x.title,
        x.outcome,
        x.evaluation,
      ]),
    ).toEqual([
      ['Trọng tâm: giải phóng mặt bằng', null, null],
      ['Nhiệm vụ thu hồi', null, null],
      ['Báo cáo vượt, đánh giá hoàn thành', 'on_time', 'completed'],
      ['Đánh giá vượt mức', 'exceeded', 'exceeded'],
      ['Chờ đánh giá', 'on_time', null],
    ]);
  });

  it('counts a result rated not completed as not done, and a late one as late whatever the rating', async () => {
    const of8 = { holderUnitId: 8, holderMemberId: 11 };
    const give8 = async (title: string, keyTarget = false) => {
      const r = await t.call(secretary8, 'POST', '/api/tasks', { ...base, ...of8, title, keyTarget });
      return r.json() as Task;
    };
    const rep8 = async (task: Task, on: string) =>
      (
        await t.call(secretary8, 'POST', `/api/tasks/${task.id}/progress`, {
          version: 1,
          value: 10,
          evidence: 'x',
          done: true,
          reportedOn: on,
        })
      ).json() as Task;
    await t.call(secretary8, 'POST', `/api/tasks/${(await rep8(await give8('Trễ', false), '2026-07-15')).id}/evaluation`, {
      version: 2,
      rating: 'exceeded',
    });
    await t.call(secretary8, 'POST', `/api/tasks/${(await rep8(await give8('Không đạt', true), '2026-06-01')).id}/evaluation`, {
      version: 2,
      rating: 'not_completed',
      comment: 'Minh chứng không khớp.',
    });
    const s11 = (await subjectsOf(t, admin, await theCycle())).find((s) => s.memberId === 11)!;
    const res = await t.call(secretary8, 'POST', `/api/assessment-subjects/${s11.id}/self-assessment`, {
      version: 1,
      summary: 'x',
      generalPoints: 28,
      taskPoints: 65,
    });
    expect(res.json().evaluation.facts.tasks).toEqual({ total: 2, onTime: 0, late: 1, exceeded: 0, notDone: 1, keyMissed: 1 });
    expect(res.json().evaluation.allowed).toBe('not_completed');
  });
});

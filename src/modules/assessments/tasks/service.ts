// Use cases of targets and tasks: give one, report progress and completion, list "my tasks" and a subtree's.
import type { Db } from '../../../db/connection.js';
import { isWithin, type Actor } from '../../../domain/access/scope.js';
import { AppError, conflict, invalid, notFound, staleVersion } from '../../../shared/errors.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { requireOneInScope } from '../../../shared/scope.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { getUnit } from '../../foundation/orgs/queries.js';
import { completionOf } from './completion.js';
import * as q from './queries.js';
import type { CreateTask, Progress } from './schemas.js';
import type { TaskRef } from './policy.js';

export async function loadTask(db: Db, id: number) {
  const t = await q.getTask(db, id);
  if (!t) throw notFound('task');
  return t;
}

export const taskRef = (t: q.TaskRow): TaskRef => ({
  holderPath: t.holder_path,
  holderMemberId: t.holder_member_id,
  assignerPath: t.assigner_path,
});

export function taskDto(t: q.TaskRow) {
  return {
    id: t.id,
    title: t.title,
    indicator: t.indicator,
    targetValue: Number(t.target_value),
    periodFrom: t.period_from,
    periodTo: t.period_to,
    dueOn: t.due_on,
    keyTarget: t.key_target,
    holderMemberId: t.holder_member_id,
    holderMemberName: t.holder_member_name,
    holderUnitId: t.holder_unit_id,
    holderUnitName: t.holder_unit_name,
    assignerUnitId: t.assigner_unit_id,
    assignerName: t.assigner_name,
    assessorUnitId: t.assessor_unit_id,
    progressValue: Number(t.progress_value),
    completion: t.completion,
    completedOn: t.completed_on,
    version: t.version,
    evaluation: t.evaluation,
    evaluationComment: t.evaluation_comment,
    evaluatedByName: t.evaluated_by_name,
    evaluatedAt: t.evaluated_at,
    exclusion: t.exclusion,
    exclusionReason: t.exclusion_reason,
    excludedByName: t.excluded_by_name,
    excludedAt: t.excluded_at,
  };
}

/** The assigning body: given, else the holder's own unit for an individual, else the collective's parent. */
export async function resolveAssigner(db: Db, input: CreateTask) {
  const holder = await getUnit(db, input.holderUnitId);
  if (!holder) throw notFound('unit');
  const assignerId = input.assignerUnitId ?? (input.holderMemberId ? holder.id : (holder.parent_id ?? holder.id));
  const assigner = assignerId === holder.id ? holder : await getUnit(db, assignerId);
  if (!assigner) throw notFound('unit');
  return { holder, assigner };
}

export async function create(db: Db, actor: Actor, input: CreateTask, locale: Locale) {
  const details: { field: string; message: string }[] = [];
  if (input.periodTo < input.periodFrom) details.push({ field: 'periodTo', message: translate(locale, 'errors.period_reversed') });
  else if (input.dueOn < input.periodFrom || input.dueOn > input.periodTo)
    details.push({ field: 'dueOn', message: translate(locale, 'errors.due_outside_period') });
  if (details.length) throw new AppError('validation', 400, {}, details);
  return inTransaction(db, false, async (trx) => {
    const { holder, assigner } = await resolveAssigner(trx, input);
    if (!isWithin(holder.path, assigner.path)) throw invalid('task_holder_unit');
    if (input.holderMemberId !== undefined) {
      const m = await q.memberWithPath(trx, input.holderMemberId);
      if (requireOneInScope(actor, m, 'member').unit_id !== holder.id) throw invalid('task_holder_unit');
    }
    const id = await q.insertTask(trx, {
      title: input.title.trim(),
      indicator: input.indicator.trim(),
      target_value: input.targetValue,
      period_from: input.periodFrom,
      period_to: input.periodTo,
      due_on: input.dueOn,
      key_target: input.keyTarget,
      holder_member_id: input.holderMemberId ?? null,
      holder_unit_id: holder.id,
      holder_path: holder.path,
      assigner_unit_id: assigner.id,
      assessor_unit_id: assigner.id,
      created_by: actor.userId,
    });
    const task = taskDto((await q.getTask(trx, id))!);
    await appendAudit(trx, actor, { action: 'task.assign', entityType: 'task', entityId: id, scopePath: holder.path, after: task });
    return task;
  });
}

export async function report(db: Db, actor: Actor, id: number, input: Progress, today: string) {
  return inTransaction(db, false, async (trx) => {
    const t = await q.getTask(trx, id, true);
    if (!t) throw notFound('task');
    if (t.version !== input.version) throw staleVersion();
    if (t.exclusion) throw conflict(t.exclusion === 'withdrawn' ? 'task_withdrawn' : 'task_force_majeure');
    // A result rated not completed may be revised: the new report goes back to the assigning body for evaluation.
    if (t.completion && t.evaluation !== 'not_completed') throw conflict('task_completed');
    const on = input.reportedOn ?? today;
    const completion = input.done
      ? completionOf({ dueOn: t.due_on, targetValue: Number(t.target_value) }, { completedOn: on, value: input.value })
      : null;
    await q.addProgress(trx, { taskId: id, on, value: input.value, evidence: input.evidence.trim(), actorUserId: actor.userId });
    const values = {
      progress_value: input.value,
      completion,
      completed_on: input.done ? on : null,
      evaluation: null,
      evaluation_comment: null,
      evaluated_by: null,
      evaluated_at: null,
    };
    if (!(await q.recordProgress(trx, id, input.version, values))) throw staleVersion();
    const after = taskDto((await q.getTask(trx, id))!);
    await appendAudit(trx, actor, {
      action: 'task.progress',
      entityType: 'task',
      entityId: id,
      scopePath: t.holder_path,
      before: { progressValue: Number(t.progress_value), completion: t.completion, evaluation: t.evaluation },
      after: { progressValue: after.progressValue, completion, evidence: input.evidence.trim() },
    });
    return after;
  });
}

/** `can`: what the caller may do with it, so that the page offers only those actions. */
export async function detail(db: Db, t: q.TaskRow, can: { report: boolean; evaluate: boolean; withdraw: boolean }) {
  const progress = await q.progressOf(db, t.id);
  return {
    ...taskDto(t),
    can,
    progress: progress.map((p) => ({
      id: p.id,
      reportedOn: p.reported_on,
      value: Number(p.value),
      evidence: p.evidence,
      actorName: p.actor_name,
      at: p.created_at,
    })),
  };
}

export async function mine(db: Db, memberId: number | null) {
  return memberId === null ? [] : (await q.tasksOfMember(db, memberId)).map(taskDto);
}

export async function inSubtree(db: Db, path: string, openOnly: boolean) {
  return (await q.tasksIn(db, path, openOnly)).map(taskDto);
}

/**
 * The recorded tasks behind a subject's task figures, each with how it counts (`outcome` null: withdrawn or missed
 * for force majeure, left out), so that the self-assessment form says which figures came from them.
 */
export async function recordedTasks(db: Db, holder: { memberId: number | null; unitId: number }, from: string, to: string) {
  return (await q.tasksForFigures(db, holder, from, to)).map((r) => ({
    id: r.id,
    title: r.title,
    keyTarget: r.key_target,
    dueOn: r.due_on,
    completion: r.completion,
    evaluation: r.evaluation,
    exclusion: r.exclusion,
    outcome: r.outcome,
  }));
}

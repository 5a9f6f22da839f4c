// The assigning body's part once a task is given: it evaluates the reported result (the basis of the holder's
// assessment), and it may take the task out of the figures, withdrawn or missed for force majeure.
import type { Transaction } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { Database } from '../../../db/schema.js';
import type { Actor } from '../../../domain/access/scope.js';
import { AppError, conflict, notFound, staleVersion } from '../../../shared/errors.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import * as q from './queries.js';
import type { Evaluate, Exclude } from './schemas.js';
import { taskDto } from './service.js';

const fieldError = (locale: Locale, field: string, key: string) =>
  new AppError('validation', 400, {}, [{ field, message: translate(locale, `errors.${key}`) }]);

async function lockCurrent(trx: Transaction<Database>, id: number, version: number) {
  const t = await q.getTask(trx, id, true);
  if (!t) throw notFound('task');
  if (t.version !== version) throw staleVersion();
  if (t.exclusion) throw conflict(t.exclusion === 'withdrawn' ? 'task_withdrawn' : 'task_force_majeure');
  return t;
}

/** Rates a reported result once; a result rated not completed is rated again after the holder revises it. */
export async function evaluate(db: Db, actor: Actor, id: number, input: Evaluate, locale: Locale) {
  const comment = input.comment?.trim() ?? '';
  // The holder must learn why a result was not accepted.
  if (input.rating === 'not_completed' && !comment) throw fieldError(locale, 'comment', 'task_evaluation_comment_required');
  return inTransaction(db, false, async (trx) => {
    const t = await lockCurrent(trx, id, input.version);
    if (!t.completion) throw conflict('task_not_reported');
    if (t.evaluation) throw conflict('task_already_evaluated');
    const values = { evaluation: input.rating, evaluation_comment: comment || null, evaluated_by: actor.userId, evaluated_at: new Date() };
    if (!(await q.recordProgress(trx, id, input.version, values))) throw staleVersion();
    const after = taskDto((await q.getTask(trx, id))!);
    await appendAudit(trx, actor, {
      action: 'task.evaluate',
      entityType: 'task',
      entityId: id,
      scopePath: t.holder_path,
      before: { completion: t.completion, evaluation: null },
      after: { completion: t.completion, evaluation: input.rating, comment: comment || null },
    });
    return after;
  });
}

/**
 * Takes a task out of the figures. Withdrawn: any task not yet accepted as done. Force majeure: only a task
 * left undone (not reported done, or rated not completed), which is what the rule is for.
 */
export async function exclude(db: Db, actor: Actor, id: number, input: Exclude & { kind: 'withdrawn' | 'force_majeure' }, locale: Locale) {
  const { kind } = input;
  const reason = input.reason.trim();
  if (!reason) throw fieldError(locale, 'reason', 'task_exclusion_reason_required');
  return inTransaction(db, false, async (trx) => {
    const t = await lockCurrent(trx, id, input.version);
    if (t.evaluation === 'completed' || t.evaluation === 'exceeded') throw conflict('task_already_evaluated');
    if (kind === 'force_majeure' && t.completion && !t.evaluation) throw conflict('task_force_majeure_reported');
    const values = { exclusion: kind, exclusion_reason: reason, excluded_by: actor.userId, excluded_at: new Date() };
    if (!(await q.recordProgress(trx, id, input.version, values))) throw staleVersion();
    const after = taskDto((await q.getTask(trx, id))!);
    const audit = {
      entityType: 'task',
      entityId: id,
      scopePath: t.holder_path,
      before: { exclusion: null },
      after: { exclusion: kind, reason },
    };
    if (kind === 'withdrawn') await appendAudit(trx, actor, { action: 'task.withdraw', ...audit });
    else await appendAudit(trx, actor, { action: 'task.force_majeure', ...audit });
    return after;
  });
}

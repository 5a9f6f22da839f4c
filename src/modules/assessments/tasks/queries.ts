// SQL of targets and tasks.
import { sql, type Insertable, type Kysely, type RawBuilder, type Transaction, type Updateable } from 'kysely';
import type { Database } from '../../../db/schema.js';

type Q = Kysely<Database>;

const columns = [
  't.id',
  't.title',
  't.indicator',
  't.target_value',
  't.period_from',
  't.period_to',
  't.due_on',
  't.key_target',
  't.holder_member_id',
  't.holder_unit_id',
  't.assigner_unit_id',
  't.assessor_unit_id',
  't.progress_value',
  't.completion',
  't.completed_on',
  't.version',
  't.created_at',
  't.evaluation',
  't.evaluation_comment',
  't.evaluated_at',
  't.exclusion',
  't.exclusion_reason',
  't.excluded_at',
] as const;

function base(db: Q) {
  return db
    .selectFrom('assigned_task as t')
    .innerJoin('org_unit as hu', 'hu.id', 't.holder_unit_id')
    .innerJoin('org_unit as au', 'au.id', 't.assigner_unit_id')
    .leftJoin('member as m', 'm.id', 't.holder_member_id')
    .leftJoin('app_user as eu', 'eu.id', 't.evaluated_by')
    .leftJoin('app_user as xu', 'xu.id', 't.excluded_by')
    .select([
      ...columns,
      'hu.name as holder_unit_name',
      'au.name as assigner_name',
      'm.full_name as holder_member_name',
      'eu.display_name as evaluated_by_name',
      'xu.display_name as excluded_by_name',
      sql<string>`t.holder_path::text`.as('holder_path'),
      sql<string>`au.path::text`.as('assigner_path'),
    ]);
}

export function getTask(db: Q, id: number, forUpdate = false) {
  let q = base(db).where('t.id', '=', id);
  if (forUpdate) q = q.forUpdate('t');
  return q.executeTakeFirst();
}
export type TaskRow = NonNullable<Awaited<ReturnType<typeof getTask>>>;

export function tasksOfMember(db: Q, memberId: number) {
  return base(db).where('t.holder_member_id', '=', memberId).orderBy('t.due_on').orderBy('t.id').limit(500).execute();
}

export function tasksIn(db: Q, path: string, openOnly: boolean) {
  let q = base(db).where(sql<boolean>`t.holder_path <@ ${path}::ltree`);
  if (openOnly) q = q.where('t.completion', 'is', null).where('t.exclusion', 'is', null);
  return q.orderBy('t.due_on').orderBy('t.id').limit(1000).execute();
}

/** A member's cell and its path, to check a named holder against the caller's scope. */
export function memberWithPath(db: Q, memberId: number) {
  return db
    .selectFrom('member as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .select(['m.unit_id', sql<string>`u.path::text`.as('path')])
    .where('m.id', '=', memberId)
    .executeTakeFirst();
}

export async function insertTask(trx: Transaction<Database>, values: Insertable<Database['assigned_task']>) {
  const r = await trx.insertInto('assigned_task').values(values).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

/** Writes a task's progress, evaluation or exclusion against the version it was read at. */
export async function recordProgress(
  trx: Transaction<Database>,
  id: number,
  version: number,
  values: Updateable<Database['assigned_task']>,
) {
  const r = await trx
    .updateTable('assigned_task')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function addProgress(
  trx: Transaction<Database>,
  p: { taskId: number; on: string; value: number; evidence: string; actorUserId: number },
) {
  await trx
    .insertInto('task_progress')
    .values({ task_id: p.taskId, reported_on: p.on, value: p.value, evidence: p.evidence, actor_user_id: p.actorUserId })
    .execute();
}

export function progressOf(db: Q, taskId: number) {
  return db
    .selectFrom('task_progress as p')
    .leftJoin('app_user as u', 'u.id', 'p.actor_user_id')
    .select(['p.id', 'p.reported_on', 'p.value', 'p.evidence', 'u.display_name as actor_name', 'p.created_at'])
    .where('p.task_id', '=', taskId)
    .orderBy('p.id')
    .execute();
}

/**
 * How a recorded task counts in the assessment's task figures. The assigning body's evaluation decides whether
 * it was done and whether it exceeded; the dates decide whether it was late. A result reported but not yet
 * evaluated counts as reported. Withdrawn and force-majeure tasks are left out by countedTasks.
 */
export const TASK_OUTCOME = sql<string>`CASE
  WHEN completion IS NULL OR evaluation = 'not_completed' THEN 'not_done'
  WHEN completed_on > due_on THEN 'late'
  WHEN evaluation = 'exceeded' THEN 'exceeded'
  WHEN evaluation = 'completed' THEN 'on_time'
  ELSE completion END`;

/** The tasks that count in the figures (not withdrawn, not missed for force majeure), each with its `outcome`. */
export const countedTasks = (where: RawBuilder<unknown>) =>
  sql`(SELECT assigned_task.*, ${TASK_OUTCOME} AS outcome FROM assigned_task WHERE exclusion IS NULL AND ${where})`;

/** The recorded tasks of one holder due in a period, each with how it counts (null: left out of the figures). */
export function tasksForFigures(db: Q, holder: { memberId: number | null; unitId: number }, from: string, to: string) {
  let q = db
    .selectFrom('assigned_task as t')
    .select([
      't.id',
      't.title',
      't.key_target',
      't.due_on',
      't.completion',
      't.evaluation',
      't.exclusion',
      sql<string | null>`CASE WHEN t.exclusion IS NULL THEN ${TASK_OUTCOME} END`.as('outcome'),
    ])
    .where('t.due_on', '>=', from)
    .where('t.due_on', '<=', to);
  q =
    holder.memberId !== null
      ? q.where('t.holder_member_id', '=', holder.memberId)
      : q.where('t.holder_unit_id', '=', holder.unitId).where('t.holder_member_id', 'is', null);
  return q.orderBy('t.due_on').orderBy('t.id').limit(500).execute();
}

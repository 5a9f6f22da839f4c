// SQL of remediation plans, their items and progress reports.
import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { Database } from '../../../db/schema.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

function plans(db: Q) {
  return db
    .selectFrom('remediation_plan as p')
    .innerJoin('assessment_subject as s', 's.id', 'p.subject_id')
    .innerJoin('review_cycle as c', 'c.id', 's.cycle_id')
    .select([
      'p.id',
      'p.subject_id',
      'p.member_id',
      'p.unit_id',
      'p.reason',
      'p.status',
      'p.version',
      'p.created_at',
      's.display_name',
      's.subject_kind',
      's.level',
      'c.id as cycle_id',
      'c.title as cycle_title',
      sql<string>`p.unit_path::text`.as('unit_path'),
    ]);
}

export function getPlan(db: Q, id: number, forUpdate = false) {
  let q = plans(db).where('p.id', '=', id);
  if (forUpdate) q = q.forUpdate('p');
  return q.executeTakeFirst();
}
export type PlanRow = NonNullable<Awaited<ReturnType<typeof getPlan>>>;

export function plansIn(db: Q, path: string) {
  return plans(db)
    .where(sql<boolean>`p.unit_path <@ ${path}::ltree`)
    .orderBy('p.status', 'desc')
    .orderBy('p.id', 'desc')
    .limit(1000)
    .execute();
}

export function itemsOf(db: Q, planIds: number[]) {
  if (planIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('remediation_item').selectAll().where('plan_id', 'in', planIds).orderBy('id').execute();
}

export function overdueIn(db: Q, path: string, today: string) {
  return db
    .selectFrom('remediation_item as i')
    .innerJoin('remediation_plan as p', 'p.id', 'i.plan_id')
    .innerJoin('assessment_subject as s', 's.id', 'p.subject_id')
    .select(['i.id', 'i.plan_id', 'i.shortcoming', 'i.action', 'i.owner', 'i.deadline', 'i.status', 's.display_name'])
    .where(sql<boolean>`p.unit_path <@ ${path}::ltree`)
    .where('p.status', '=', 'open')
    .where('i.status', '!=', 'done')
    .where('i.deadline', '<', today)
    .orderBy('i.deadline')
    .limit(1000)
    .execute();
}

/** Subjects rated not_completed in a subtree that still have no plan: the plan is required. */
export function missingPlans(db: Q, path: string) {
  return db
    .selectFrom('assessment_subject as s')
    .innerJoin('review_cycle as c', 'c.id', 's.cycle_id')
    .select(['s.id', 's.display_name', 's.subject_kind', 'c.title as cycle_title'])
    .where(sql<boolean>`s.unit_path <@ ${path}::ltree`)
    .where('s.level', '=', 'not_completed')
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('remediation_plan as p').select('p.id').whereRef('p.subject_id', '=', 's.id'))),
    )
    .orderBy('s.id')
    .limit(1000)
    .execute();
}

export function reportsOf(db: Q, planId: number) {
  return db
    .selectFrom('remediation_report as r')
    .leftJoin('app_user as u', 'u.id', 'r.actor_user_id')
    .select(['r.id', 'r.item_id', 'r.reported_on', 'r.note', 'u.display_name as actor_name'])
    .where('r.plan_id', '=', planId)
    .orderBy('r.id')
    .execute();
}

export async function insertPlan(
  trx: Transaction<Database>,
  v: Insertable<Database['remediation_plan']>,
  items: Omit<Insertable<Database['remediation_item']>, 'plan_id'>[],
) {
  const { id } = await trx.insertInto('remediation_plan').values(v).returning('id').executeTakeFirstOrThrow();
  await trx
    .insertInto('remediation_item')
    .values(items.map((i) => ({ ...i, plan_id: id })))
    .execute();
  return id;
}

export async function bumpPlan(trx: Transaction<Database>, id: number, version: number, set: Updateable<Database['remediation_plan']>) {
  const r = await trx
    .updateTable('remediation_plan')
    .set((eb) => ({ ...set, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function bumpItem(trx: Transaction<Database>, id: number, version: number, set: Updateable<Database['remediation_item']>) {
  const r = await trx
    .updateTable('remediation_item')
    .set((eb) => ({ ...set, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Annual levels of a member (or unit) over the years, for the removal-review flag. */
export function annualLevels(db: Q, who: { memberId: number | null; unitId: number }) {
  let q = db
    .selectFrom('assessment_subject as s')
    .innerJoin('review_cycle as c', 'c.id', 's.cycle_id')
    .select([sql<number>`extract(year from c.period_to)::int`.as('year'), 's.level'])
    .where('c.kind', '=', 'annual');
  q =
    who.memberId !== null
      ? q.where('s.member_id', '=', who.memberId).where('s.subject_kind', '=', 'member')
      : q.where('s.unit_id', '=', who.unitId).where('s.member_id', 'is', null);
  return q.execute();
}

/** The subject's plan still open, if any (a subject has one open plan at a time). */
export function openPlanOf(trx: Trx, subjectId: number) {
  return trx
    .selectFrom('remediation_plan')
    .select('id')
    .where('subject_id', '=', subjectId)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

/** An item of the plan, locked for the change of its status. */
export function lockItem(trx: Trx, planId: number, itemId: number) {
  return trx
    .selectFrom('remediation_item')
    .selectAll()
    .where('id', '=', itemId)
    .where('plan_id', '=', planId)
    .forUpdate()
    .executeTakeFirst();
}

/** Whether the item belongs to the plan. */
export function itemOfPlan(trx: Trx, planId: number, itemId: number) {
  return trx.selectFrom('remediation_item').select('id').where('id', '=', itemId).where('plan_id', '=', planId).executeTakeFirst();
}

/** Items of the plan not done yet. */
export function openItemsOf(trx: Trx, planId: number) {
  return trx.selectFrom('remediation_item').select('id').where('plan_id', '=', planId).where('status', '!=', 'done').execute();
}

export function insertReport(trx: Trx, row: Insertable<Database['remediation_report']>) {
  return trx.insertInto('remediation_report').values(row).execute();
}

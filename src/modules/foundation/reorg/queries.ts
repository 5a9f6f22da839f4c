// SQL of reorganization plans: the plans, their operations, the snapshot taken for undo, and the
// preview's reads (tree, counts, members whose cell changes, things in flight).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { ACTIVE_STATUSES } from '../../../domain/orgs/tree.js';
import type { ReorgPlanStatus } from '../../../db/tables/reorg.js';

type Q = Kysely<Database> | Transaction<Database>;
type Trx = Transaction<Database>;

/** `column = ANY(ids)`: one array parameter, however many ids (an IN list stops at 65,535 parameters). */
export const anyOf = (column: string, ids: readonly (number | string)[]) =>
  sql<boolean>`${sql.ref(column)} = ANY(${ids.map(String)}::bigint[])`;

export function getPlan(db: Q, id: number) {
  return db
    .selectFrom('reorg_plan as p')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .select([
      'p.id',
      'p.unit_id',
      'p.title',
      'p.effective_on',
      'p.decision_no',
      'p.status',
      'p.touched',
      'p.progress',
      'p.failure',
      'p.snapshot',
      'p.restructuring_ids',
      'p.applied_state',
      'p.created_at',
      'p.applied_at',
      'p.undone_at',
      'p.version',
      sql<string>`u.path::text`.as('unit_path'),
      'u.name as unit_name',
    ])
    .where('p.id', '=', id)
    .executeTakeFirst();
}
export type PlanRow = NonNullable<Awaited<ReturnType<typeof getPlan>>>;

export function listPlans(db: Q, roots: string[]) {
  if (roots.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('reorg_plan as p')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .select([
      'p.id',
      'p.unit_id',
      'p.title',
      'p.effective_on',
      'p.status',
      'p.progress',
      'p.version',
      'p.created_at',
      'u.name as unit_name',
    ])
    .where(sql<boolean>`u.path <@ ANY(${roots}::ltree[])`)
    .where('p.status', '!=', 'discarded')
    .orderBy('p.created_at', 'desc')
    .limit(200)
    .execute();
}

export async function insertPlan(
  trx: Trx,
  p: { unitId: number; title: string; effectiveOn: string; decisionNo: string | null; touched: string[]; createdBy: number },
) {
  const row = await trx
    .insertInto('reorg_plan')
    .values({
      unit_id: p.unitId,
      title: p.title,
      effective_on: p.effectiveOn,
      decision_no: p.decisionNo,
      touched: p.touched,
      created_by: p.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateDraft(
  trx: Trx,
  id: number,
  version: number,
  p: { title: string; effectiveOn: string; decisionNo: string | null; touched: string[] },
) {
  const r = await trx
    .updateTable('reorg_plan')
    .set((eb) => ({
      title: p.title,
      effective_on: p.effectiveOn,
      decision_no: p.decisionNo,
      touched: p.touched,
      failure: null,
      version: eb('version', '+', 1),
    }))
    .where('id', '=', id)
    .where('version', '=', version)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Moves a plan from one status to another; false when it was not in `from` (someone else got there first). */
export async function setStatus(db: Q, id: number, from: ReorgPlanStatus, to: ReorgPlanStatus, extra: Record<string, unknown> = {}) {
  const r = await db
    .updateTable('reorg_plan')
    .set((eb) => ({ status: to, version: eb('version', '+', 1), ...extra }))
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setProgress(db: Q, id: number, progress: number) {
  await db.updateTable('reorg_plan').set({ progress }).where('id', '=', id).execute();
}

export async function replaceOperations(trx: Trx, planId: number, ops: { row: number; kind: string }[]) {
  await trx.deleteFrom('reorg_operation').where('plan_id', '=', planId).execute();
  if (ops.length === 0) return;
  await trx
    .insertInto('reorg_operation')
    .values(ops.map((o) => ({ plan_id: planId, row_no: o.row, kind: o.kind, spec: JSON.stringify(o) })))
    .execute();
}

export async function operations(db: Q, planId: number) {
  const rows = await db.selectFrom('reorg_operation').select(['spec']).where('plan_id', '=', planId).orderBy('row_no').execute();
  return rows.map((r) => r.spec);
}

/** Other plans still open (drafts, or being applied), for the overlap rule. */
export function openPlans(db: Q, exceptId: number) {
  return db
    .selectFrom('reorg_plan as p')
    .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.title', 'p.effective_on', 'p.touched', sql<string>`u.path::text`.as('root_path')])
    .where('p.status', 'in', ['draft', 'applying'])
    .where('p.id', '!=', exceptId)
    .execute();
}

export function unitByCode(db: Q, code: string) {
  return db
    .selectFrom('org_unit')
    .select(['id', 'code', 'name', 'kind', 'parent_id', 'founded_on', 'dissolved_on', 'version', sql<string>`path::text`.as('path')])
    .where('code', '=', code)
    .executeTakeFirst();
}

// ---- Snapshot for undo: the unit rows, open versions, members and open cell periods as they stood.
export async function snapshotUnits(trx: Trx, selfIds: number[], subtreePaths: string[]) {
  const units = await trx
    .selectFrom('org_unit')
    .select(['id', 'name', 'kind', 'parent_id', sql<string>`path::text`.as('path'), 'dissolved_on', 'version'])
    .where((eb) => eb.or([eb('id', '=', sql<number>`ANY(${selfIds}::bigint[])`), sql<boolean>`path <@ ANY(${subtreePaths}::ltree[])`]))
    .forUpdate()
    .execute();
  const ids = units.map((u) => u.id);
  const versions =
    ids.length === 0
      ? []
      : await trx
          .selectFrom('org_unit_version')
          .selectAll()
          .select(sql<string>`path::text`.as('path'))
          .where(anyOf('unit_id', ids))
          .where('valid_to', 'is', null)
          .execute();
  const members =
    subtreePaths.length === 0
      ? []
      : await trx
          .selectFrom('member')
          .select(['id', 'unit_id'])
          .where(anyOf('unit_id', ids))
          .where('status', 'in', [...ACTIVE_STATUSES])
          .execute();
  const periods =
    members.length === 0
      ? []
      : await trx
          .selectFrom('member_cell_period')
          .selectAll()
          .where(
            anyOf(
              'member_id',
              members.map((m) => m.id),
            ),
          )
          .where('valid_to', 'is', null)
          .execute();
  return { units, versions, members, periods };
}
export type Snapshot = Awaited<ReturnType<typeof snapshotUnits>>;

export async function unitVersions(db: Q, ids: number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('org_unit').select(['id', 'version']).where(anyOf('id', ids)).execute();
}
export async function memberVersions(db: Q, ids: number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('member').select(['id', 'version']).where(anyOf('id', ids)).execute();
}
export async function membersMovedBy(db: Q, rIds: number[]) {
  if (rIds.length === 0) return [];
  const rows = await db.selectFrom('member_cell_period').select('member_id').distinct().where(anyOf('restructuring_id', rIds)).execute();
  return rows.map((r) => r.member_id);
}

/**
 * Ends the account grants held on units the plan ended (dissolved, merged away, split) on the effective day, and
 * returns each grant's end as it stood, for undo. The preview listed them for the administrator to reassign.
 */
export async function endGrantsOnEndedUnits(trx: Trx, unitIds: number[], effective: string) {
  if (unitIds.length === 0) return [];
  const r = await sql<{ id: number; valid_to: string | null }>`
    WITH ended AS (
      SELECT g.id, g.valid_to FROM role_grant g JOIN org_unit u ON u.id = g.unit_id
      WHERE g.unit_id = ANY(${unitIds}::bigint[]) AND u.dissolved_on = ${effective}::date
        AND (g.valid_to IS NULL OR g.valid_to > ${effective}::date)
      FOR UPDATE OF g)
    UPDATE role_grant g SET valid_to = ${effective}::date FROM ended WHERE g.id = ended.id
    RETURNING g.id::int AS id, ended.valid_to::text AS valid_to`.execute(trx);
  return r.rows.map((g) => ({ id: g.id, validTo: g.valid_to }));
}

/** The savepoint each operation of a plan runs under: a refused operation is rolled back alone. */
export async function savepoint(trx: Trx, step: 'set' | 'release' | 'rollback') {
  if (step === 'set') await sql`SAVEPOINT reorg_op`.execute(trx);
  else if (step === 'release') await sql`RELEASE SAVEPOINT reorg_op`.execute(trx);
  else await sql`ROLLBACK TO SAVEPOINT reorg_op`.execute(trx);
}

// Held by the transaction applying or undoing a plan: a plan marked so with no holder was left by a stopped process.
const PLAN_LOCK = 7_011_932;

export async function holdPlan(trx: Trx, planId: number) {
  await sql`SELECT pg_advisory_xact_lock(${PLAN_LOCK}, ${planId}::int)`.execute(trx);
}

/** On start: plans a stopped process left applying or undoing (rolled back) go back to where they were. */
export async function resetInterruptedPlans(db: Q): Promise<number> {
  const r = await sql`UPDATE reorg_plan SET status = CASE status WHEN 'applying' THEN 'draft' ELSE 'applied' END,
      progress = 0, failure = '{"code":"reorg_interrupted","params":{}}'::jsonb, version = version + 1
    WHERE status IN ('applying', 'undoing') AND pg_try_advisory_xact_lock(${PLAN_LOCK}, id::int)`.execute(db);
  return Number(r.numAffectedRows ?? 0);
}

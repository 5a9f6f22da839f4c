// Reorganization plans: drafts (validated by a dry run on save), preview, apply (all or nothing, in the
// background with progress) and undo (while nothing it touched has changed since).
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { plansOverlap, subtreeCodes, touchedCodes, type ReorgOp } from '../../../domain/orgs/reorg.js';
import { canReadPath } from '../../../shared/scope.js';
import { AppError, conflict, notFound, staleVersion } from '../../../shared/errors.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../audit/service.js';
import * as q from './queries.js';
import * as uq from './undo-queries.js';
import { refused, runPlan, type PlanContext } from './run.js';

/** Plans over `inlineMax` operations are previewed in the background and applied without a second dry run first. */
export const largePlan = { inlineMax: 150, keepMs: 10 * 60_000, maxJobs: 50 };

export interface PlanInput {
  title: string;
  effectiveOn: string;
  decisionNo?: string;
  operations: ReorgOp[];
}
export interface Root {
  id: number;
  path: string;
}

export async function loadPlan(db: Db, id: number) {
  const plan = await q.getPlan(db, id);
  if (!plan) throw notFound('reorg_plan');
  return plan;
}

const context = (rootPath: string, p: { title: string; effectiveOn: string; decisionNo?: string | null }): PlanContext => ({
  rootPath,
  title: p.title,
  effectiveOn: p.effectiveOn,
  decisionNo: p.decisionNo ?? null,
});
/** A draft dated ahead is checked as if its day had come: the tree may not change before then. */
export const checkDay = (today: string, effectiveOn: string) => (effectiveOn > today ? effectiveOn : today);
const touchedOf = (ops: ReorgOp[]) => [...new Set(ops.flatMap(touchedCodes))].sort();
const numbered = (ops: ReorgOp[]) => ops.map((op, i) => ({ ...op, row: op.row ?? i + 1 }));

/** Refuses a plan that shares a unit with another open plan, or takes effect the same day in a nested scope. */
async function assertNoOverlap(db: Db, actor: Actor, planId: number, mine: { rootPath: string; effectiveOn: string; touched: string[] }) {
  const { effectiveOn } = mine;
  for (const other of await q.openPlans(db, planId)) {
    const hit = plansOverlap(mine, { effectiveOn: other.effective_on, rootPath: other.root_path, touched: other.touched });
    if (!hit) continue;
    // The other plan's title only for someone who may read its scope.
    const title = canReadPath(actor, other.root_path) ? other.title : `#${other.id}`;
    if (hit.shared.length) throw conflict('reorg_plan_overlap_units', { title, codes: hit.shared.join(', ') });
    throw conflict('reorg_plan_overlap_date', { title, date: effectiveOn });
  }
}

/** The dry run: every operation, rolled back; the refusals by row. */
export async function dryRun(db: Db, actor: Actor, today: string, rootPath: string, input: PlanInput) {
  return inTransaction(db, true, (trx) =>
    runPlan({ trx, actor, today: checkDay(today, input.effectiveOn) }, context(rootPath, input), input.operations),
  );
}

export async function createPlan(db: Db, actor: Actor, today: string, root: Root, raw: PlanInput) {
  const input = { ...raw, operations: numbered(raw.operations) };
  const { errors } = await dryRun(db, actor, today, root.path, input);
  if (errors.length) throw refused(errors);
  const touched = touchedOf(input.operations);
  await assertNoOverlap(db, actor, 0, { rootPath: root.path, effectiveOn: input.effectiveOn, touched });
  return inTransaction(db, false, async (trx) => {
    const id = await q.insertPlan(trx, {
      unitId: root.id,
      title: input.title,
      effectiveOn: input.effectiveOn,
      decisionNo: input.decisionNo ?? null,
      touched,
      createdBy: actor.userId,
    });
    await q.replaceOperations(trx, id, input.operations);
    await appendAudit(trx, actor, {
      action: 'reorg.create',
      entityType: 'reorg_plan',
      entityId: id,
      scopePath: root.path,
      after: { title: input.title, effectiveOn: input.effectiveOn, operations: input.operations.length },
    });
    return id;
  });
}

export async function updatePlan(
  db: Db,
  actor: Actor,
  today: string,
  plan: q.PlanRow,
  { version, ...raw }: PlanInput & { version: number },
) {
  if (plan.status !== 'draft') throw conflict('reorg_plan_not_draft', { status: plan.status });
  if (plan.version !== version) throw staleVersion();
  const input = { ...raw, operations: numbered(raw.operations) };
  const { errors } = await dryRun(db, actor, today, plan.unit_path, input);
  if (errors.length) throw refused(errors);
  const touched = touchedOf(input.operations);
  await assertNoOverlap(db, actor, plan.id, { rootPath: plan.unit_path, effectiveOn: input.effectiveOn, touched });
  await inTransaction(db, false, async (trx) => {
    if (
      !(await q.updateDraft(trx, plan.id, version, {
        title: input.title,
        effectiveOn: input.effectiveOn,
        decisionNo: input.decisionNo ?? null,
        touched,
      }))
    )
      throw staleVersion();
    await q.replaceOperations(trx, plan.id, input.operations);
    await appendAudit(trx, actor, {
      action: 'reorg.update',
      entityType: 'reorg_plan',
      entityId: plan.id,
      scopePath: plan.unit_path,
      before: { title: plan.title, effectiveOn: plan.effective_on },
      after: { title: input.title, effectiveOn: input.effectiveOn, operations: input.operations.length },
    });
  });
}

export async function discardPlan(db: Db, actor: Actor, plan: q.PlanRow) {
  await inTransaction(db, false, async (trx) => {
    if (!(await q.setStatus(trx, plan.id, 'draft', 'discarded'))) throw conflict('reorg_plan_not_draft', { status: plan.status });
    await appendAudit(trx, actor, {
      action: 'reorg.discard',
      entityType: 'reorg_plan',
      entityId: plan.id,
      scopePath: plan.unit_path,
      before: { title: plan.title },
    });
  });
}

export async function planInput(db: Db, plan: q.PlanRow): Promise<PlanInput> {
  return {
    title: plan.title,
    effectiveOn: plan.effective_on,
    decisionNo: plan.decision_no ?? undefined,
    operations: (await q.operations(db, plan.id)) as ReorgOp[],
  };
}

/**
 * Applies a draft: checked now (a refusal is the answer: a row, an overlap, a day still ahead), then every
 * operation is written in `done`, in one transaction, with progress (operations done) on the plan to poll.
 */
export async function apply(db: Db, actor: Actor, today: string, plan: q.PlanRow) {
  if (plan.status !== 'draft') throw conflict('reorg_plan_not_draft', { status: plan.status });
  if (plan.effective_on > today) throw conflict('reorg_plan_not_yet', { date: plan.effective_on });
  const input = await planInput(db, plan);
  await assertNoOverlap(db, actor, plan.id, { rootPath: plan.unit_path, effectiveOn: plan.effective_on, touched: plan.touched });
  // A small plan's refusal is the answer (422 with its rows). A large one was checked on save and previewed;
  // a row refused since is said on the plan by the background write, which writes nothing then either.
  if (input.operations.length <= largePlan.inlineMax) {
    const { errors } = await dryRun(db, actor, today, plan.unit_path, input);
    if (errors.length) throw refused(errors);
  }
  if (!(await q.setStatus(db, plan.id, 'draft', 'applying', { progress: 0, failure: null })))
    throw conflict('reorg_plan_not_draft', { status: 'applying' });
  return { operations: input.operations.length, done: write(db, actor, today, plan, input) };
}

async function write(db: Db, actor: Actor, today: string, plan: q.PlanRow, input: PlanInput) {
  try {
    return await inTransaction(db, false, async (trx) => {
      await q.holdPlan(trx, plan.id);
      const ctx = context(plan.unit_path, input);
      // The rows as they stand, before the first operation, for undo.
      const self: number[] = [];
      const subtrees: string[] = [];
      for (const op of input.operations) {
        for (const code of touchedCodes(op)) {
          const u = await q.unitByCode(trx, code);
          if (!u) continue; // created by an earlier row: undo removes it
          if (subtreeCodes(op).includes(code)) subtrees.push(u.path);
          else self.push(u.id);
        }
      }
      const snapshot = await q.snapshotUnits(trx, self, subtrees);
      const result = await runPlan({ trx, actor, today }, ctx, input.operations, (done) => q.setProgress(db, plan.id, done));
      if (result.errors.length) throw refused(result.errors);
      const rIds = result.outcomes.map((o) => o.outcome.restructuringId);
      // Units the plan made: never one that stood before it (the engine's merge into an existing unit
      // labels that unit 'created'; undo would then try to delete it).
      const before = new Set(snapshot.units.map((u) => Number(u.id)));
      const created = [
        ...new Set(
          result.outcomes.flatMap((o) =>
            o.outcome.units.filter((u) => u.change === 'created' && !before.has(Number(u.id))).map((u) => u.id),
          ),
        ),
      ];
      const moved = await q.membersMovedBy(trx, rIds);
      const grantsEnded = await q.endGrantsOnEndedUnits(
        trx,
        snapshot.units.filter((u) => !u.dissolved_on).map((u) => Number(u.id)),
        plan.effective_on,
      );
      const versions = (rows: { id: number; version: number }[]) => Object.fromEntries(rows.map((r) => [String(r.id), r.version]));
      const appliedState = {
        created,
        units: versions(await q.unitVersions(trx, [...snapshot.units.map((u) => u.id), ...created])),
        members: versions(await q.memberVersions(trx, moved)),
        grants: grantsEnded,
      };
      await q.setStatus(trx, plan.id, 'applying', 'applied', {
        snapshot: JSON.stringify(snapshot),
        restructuring_ids: rIds,
        applied_state: JSON.stringify(appliedState),
        applied_at: new Date(),
        progress: input.operations.length,
      });
      await appendAudit(trx, actor, {
        action: 'reorg.apply',
        entityType: 'reorg_plan',
        entityId: plan.id,
        scopePath: plan.unit_path,
        after: {
          title: plan.title,
          effectiveOn: plan.effective_on,
          operations: input.operations.length,
          restructurings: rIds,
          membersMoved: moved.length,
          grantsEnded: grantsEnded.map((g) => g.id),
        },
      });
      return { operations: input.operations.length };
    });
  } catch (e) {
    // Nothing was written: the plan stays a draft, with the reason on it for the page to show.
    const failure = e instanceof AppError ? { code: e.code, params: e.params, rows: e.details ?? null } : { code: 'internal', params: {} };
    await q.setStatus(db, plan.id, 'applying', 'draft', { progress: 0, failure: JSON.stringify(failure) });
    throw e;
  }
}

interface AppliedState {
  created: number[];
  units: Record<string, number>;
  members: Record<string, number>;
  /** Grants the plan ended, with the end each had before (absent in plans applied before grants were ended). */
  grants?: { id: number; validTo: string | null }[];
}

/** Undoes an applied plan as a whole, unless a unit or member it touched was changed since. */
export async function undo(db: Db, actor: Actor, plan: q.PlanRow) {
  if (plan.status !== 'applied') throw conflict('reorg_plan_not_applied', { status: plan.status });
  const state = plan.applied_state as AppliedState;
  const changed = await inTransaction(db, true, (trx) => uq.changedSince(trx, state.units, state.members));
  if (changed > 0) throw conflict('reorg_undo_changed', { count: changed });
  if (!(await q.setStatus(db, plan.id, 'applied', 'undoing', { failure: null })))
    throw conflict('reorg_plan_not_applied', { status: 'undoing' });
  return { done: restore(db, actor, plan, state) };
}

async function restore(db: Db, actor: Actor, plan: q.PlanRow, state: AppliedState) {
  try {
    return await inTransaction(db, false, async (trx) => {
      await q.holdPlan(trx, plan.id);
      const changed = await uq.changedSince(trx, state.units, state.members);
      if (changed > 0) throw conflict('reorg_undo_changed', { count: changed });
      const snap = plan.snapshot as q.Snapshot;
      // Only members the plan moved get their cell back; the others were never changed by it.
      const moved = new Set(Object.keys(state.members).map(Number));
      const kept = {
        ...snap,
        members: snap.members.filter((m) => moved.has(m.id)),
        periods: snap.periods.filter((p) => moved.has(p.member_id)),
      };
      try {
        await uq.restore(trx, plan.restructuring_ids.map(Number), kept, state.created);
        await uq.restoreGrants(trx, state.grants ?? [], plan.effective_on);
      } catch (e) {
        if ((e as { code?: string }).code === '23503') throw conflict('reorg_undo_referenced');
        throw e;
      }
      await q.setStatus(trx, plan.id, 'undoing', 'undone', { undone_at: new Date() });
      await appendAudit(trx, actor, {
        action: 'reorg.undo',
        entityType: 'reorg_plan',
        entityId: plan.id,
        scopePath: plan.unit_path,
        before: { restructurings: plan.restructuring_ids, created: state.created },
        after: { status: 'undone' },
      });
      return { undone: true };
    });
  } catch (e) {
    const failure = e instanceof AppError ? { code: e.code, params: e.params } : { code: 'internal', params: {} };
    await q.setStatus(db, plan.id, 'undoing', 'applied', { failure: JSON.stringify(failure) });
    throw e;
  }
}

/** On start: plans a stopped process left applying or undoing (rolled back, nothing written) can be run again. */
export const resetInterruptedPlans = (db: Db) => q.resetInterruptedPlans(db);

// The preview of a plan: a dry run inside a transaction that is rolled back (the very writes the apply
// would do), with the touched part of the tree read before and after, the members whose cell changes and
// the things in flight on the units that move or disappear.
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import type { ReorgOp } from '../../../domain/orgs/reorg.js';
import { inTransaction } from '../../../shared/tx.js';
import { conflict } from '../../../shared/errors.js';
import * as q from './queries.js';
import * as pq from './preview-queries.js';
import { runPlan } from './run.js';
import { checkDay, planInput } from './service.js';

const GONE = new Set(['merged_away', 'split_away', 'dissolved']);
const MOVED = new Set(['moved', 'kind_changed']);

/** Ids of the existing units a plan names (to change, or to place units under). */
async function namedUnits(trx: Parameters<typeof q.unitByCode>[0], ops: ReorgOp[]) {
  const codes = new Set(ops.flatMap((op) => [op.unit, op.parent, op.into, ...(op.sources ?? [])].filter((c): c is string => !!c)));
  const ids: number[] = [];
  for (const code of codes) {
    const u = await q.unitByCode(trx, code);
    if (u && !u.dissolved_on) ids.push(u.id);
  }
  return ids;
}

export async function preview(db: Db, actor: Actor, today: string, plan: q.PlanRow, page: number) {
  // An applied plan's units have changed already: its result is the tree itself.
  if (plan.status !== 'draft') throw conflict('reorg_plan_not_draft', { status: plan.status });
  const input = await planInput(db, plan);
  const started = performance.now();
  const result = await inTransaction(db, true, async (trx) => {
    const named = await namedUnits(trx, input.operations);
    const before = await pq.treeAround(trx, named);
    const ctx = { rootPath: plan.unit_path, title: plan.title, effectiveOn: plan.effective_on, decisionNo: plan.decision_no };
    const run = await runPlan(trx, actor, checkDay(today, plan.effective_on), ctx, input.operations);
    const changes = run.outcomes.flatMap((o) => o.outcome.units);
    const created = changes.filter((c) => c.change === 'created').map((c) => c.id);
    const after = await pq.treeAround(trx, [...new Set([...named, ...created])]);
    const rIds = run.outcomes.map((o) => o.outcome.restructuringId);
    const gone = [...new Set(changes.filter((c) => GONE.has(c.change)).map((c) => c.id))];
    const moved = [...new Set(changes.filter((c) => MOVED.has(c.change)).map((c) => c.id))];
    return {
      errors: run.errors,
      operations: run.outcomes.map((o) => ({ row: o.row, kind: o.outcome.kind, units: o.outcome.units, membersMoved: o.outcome.membersMoved })),
      before, after,
      membersMoved: await pq.membersMoved(trx, rIds, page),
      inFlight: await pq.inFlight(trx, moved, gone, plan.effective_on, page),
    };
  });
  return {
    ...result, page, pageSize: pq.PAGE_SIZE,
    // A plan dated ahead is previewed as if its day had come; it can be applied from that day.
    applicableFrom: plan.effective_on > today ? plan.effective_on : null,
    method: 'dry_run_rolled_back' as const, elapsedMs: Math.round(performance.now() - started),
  };
}

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
import { checkDay, largePlan, planInput } from './service.js';

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

export type PreviewResult = Awaited<ReturnType<typeof preview>>;

export async function preview(
  db: Db,
  actor: Actor,
  v: { today: string; plan: q.PlanRow; page: number; onProgress?: (done: number) => void },
) {
  // An applied plan's units have changed already: its result is the tree itself.
  if (v.plan.status !== 'draft') throw conflict('reorg_plan_not_draft', { status: v.plan.status });
  const input = await planInput(db, v.plan);
  return previewOf(db, actor, { ...v, input });
}

async function previewOf(
  db: Db,
  actor: Actor,
  v: {
    today: string;
    plan: q.PlanRow;
    page: number;
    input: Awaited<ReturnType<typeof planInput>>;
    onProgress?: (done: number) => void;
  },
) {
  const { today, plan, page, input, onProgress } = v;
  const started = performance.now();
  const result = await inTransaction(db, true, async (trx) => {
    const named = await namedUnits(trx, input.operations);
    const before = await pq.treeAround(trx, named);
    const ctx = { rootPath: plan.unit_path, title: plan.title, effectiveOn: plan.effective_on, decisionNo: plan.decision_no };
    const run = await runPlan(
      { trx, actor, today: checkDay(today, plan.effective_on) },
      ctx,
      input.operations,
      onProgress ? async (done) => onProgress(done) : undefined,
    );
    const changes = run.outcomes.flatMap((o) => o.outcome.units);
    const created = changes.filter((c) => c.change === 'created').map((c) => c.id);
    const after = await pq.treeAround(trx, [...new Set([...named, ...created])]);
    const rIds = run.outcomes.map((o) => o.outcome.restructuringId);
    const gone = [...new Set(changes.filter((c) => GONE.has(c.change)).map((c) => c.id))];
    const moved = [...new Set(changes.filter((c) => MOVED.has(c.change)).map((c) => c.id))];
    return {
      errors: run.errors,
      operations: run.outcomes.map((o) => ({
        row: o.row,
        kind: o.outcome.kind,
        units: o.outcome.units,
        membersMoved: o.outcome.membersMoved,
      })),
      before,
      after,
      membersMoved: await pq.membersMoved(trx, rIds, page),
      inFlight: await pq.inFlight(trx, moved, gone, plan.effective_on, page),
    };
  });
  return {
    ...result,
    page,
    pageSize: pq.PAGE_SIZE,
    // A plan dated ahead is previewed as if its day had come; it can be applied from that day.
    applicableFrom: plan.effective_on > today ? plan.effective_on : null,
    method: 'dry_run_rolled_back' as const,
    elapsedMs: Math.round(performance.now() - started),
  };
}

// ---- Large plans are previewed in the background, like the apply: the first request starts the dry run and
// answers "running" with the operations done so far; the page asks again until the result is there. A plan
// of up to `inlineMax` operations is previewed in the request itself (a few hundred milliseconds). The result
// is kept in this process for a while, per plan version, page and user (a refusal depends on the user's
// scope); a restarted server simply runs the dry run again.
export const previewSettings = largePlan;

interface Job {
  startedAt: number;
  done: number;
  total: number;
  result?: PreviewResult;
  error?: unknown;
}
const jobs = new Map<string, Job>();

function sweep(now: number) {
  for (const [key, job] of jobs) if (now - job.startedAt > previewSettings.keepMs && (job.result || job.error)) jobs.delete(key);
  while (jobs.size >= previewSettings.maxJobs) {
    const oldest = [...jobs.entries()].find(([, j]) => j.result || j.error);
    if (!oldest) break;
    jobs.delete(oldest[0]);
  }
}

export type PreviewAnswer = { running: false; result: PreviewResult } | { running: true; done: number; total: number };

/** The preview of a plan: at once for a small plan, else from (or by starting) its background dry run. */
export async function previewOrJob(db: Db, actor: Actor, today: string, plan: q.PlanRow, page: number): Promise<PreviewAnswer> {
  if (plan.status !== 'draft') throw conflict('reorg_plan_not_draft', { status: plan.status });
  const input = await planInput(db, plan);
  if (input.operations.length <= previewSettings.inlineMax)
    return { running: false, result: await previewOf(db, actor, { today, plan, page, input }) };
  const key = `${plan.id}:${plan.version}:${page}:${actor.userId}:${today}`;
  const now = Date.now();
  let job = jobs.get(key);
  if (job?.error) {
    // Said once; the next request runs the dry run again.
    jobs.delete(key);
    throw job.error;
  }
  if (job?.result) return { running: false, result: job.result };
  if (!job) {
    sweep(now);
    const started: Job = { startedAt: now, done: 0, total: input.operations.length };
    jobs.set(key, started);
    job = started;
    previewOf(db, actor, {
      today,
      plan,
      page,
      input,
      onProgress: (done) => {
        started.done = done;
      },
    }).then(
      (result) => {
        started.result = result;
      },
      (e: unknown) => {
        started.error = e;
      },
    );
  }
  return { running: true, done: job.done, total: job.total };
}

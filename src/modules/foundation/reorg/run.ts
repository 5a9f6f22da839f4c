// Runs a plan's operations, in order, inside the caller's transaction, through the restructuring engine.
// Each operation runs under a savepoint: a refused one is rolled back and its refusal kept with its row,
// and the next ones still run, so the user sees every refusal at once. Units are named by code and looked
// up when their row runs, so a row can name a unit an earlier row created.
import { checkShape, type ReorgOp, type RowError } from '../../../domain/orgs/reorg.js';
import { toAppError } from '../../../shared/errors-http.js';
import { AppError } from '../../../shared/errors.js';
import { can } from '../../../shared/policy.js';
import { UNIT_CREATE, UNIT_RESTRUCTURE } from '../orgs/policy.js';
import * as read from '../orgs/queries.js';
import * as ops from '../orgs/restructure/ops.js';
import * as rq from '../orgs/restructure/queries.js';
import * as q from './queries.js';

export interface PlanContext {
  rootPath: string;
  effectiveOn: string;
  decisionNo: string | null;
  title: string;
}
export interface RunResult {
  outcomes: { row: number; outcome: ops.Outcome }[];
  errors: RowError[];
}

class RowRefusal extends Error {
  constructor(readonly refusal: RowError) {
    super(refusal.code);
  }
}

/**
 * A unit named by code, as the caller may change it (`role` 'change') or place units under it ('place'):
 * it must exist on the effective date, lie in the plan's scope and in the caller's. Anything else reads
 * as unknown, so a code outside the caller's scope tells nothing a missing one would not.
 */
async function resolve({ trx, actor }: ops.Run, plan: PlanContext, row: number, code: string, role: 'change' | 'place') {
  const u = await q.unitByCode(trx, code);
  const inPlan = u && (u.path === plan.rootPath || u.path.startsWith(`${plan.rootPath}.`));
  const allowed = u && can(actor, role === 'change' ? UNIT_RESTRUCTURE : UNIT_CREATE, { path: u.path });
  if (!u || u.dissolved_on || u.founded_on > plan.effectiveOn || !inPlan || !allowed) {
    throw new RowRefusal({ row, code: 'reorg_unit_unknown', params: { code, date: plan.effectiveOn } });
  }
  return u;
}

async function runOne(run: ops.Run, plan: PlanContext, op: ReorgOp): Promise<ops.Outcome> {
  const { trx } = run;
  const c: ops.Common = { effectiveOn: plan.effectiveOn, decisionNo: plan.decisionNo ?? undefined, note: plan.title };
  const unit = (role: 'change' | 'place' = 'change') => resolve(run, plan, op.row, op.unit!, role);
  const place = (code: string) => resolve(run, plan, op.row, code, 'place');
  switch (op.kind) {
    case 'create': {
      const parent = await place(op.parent!);
      return ops.create(run, parent.id, { code: op.code!, name: op.name!, kind: op.unitKind! }, c);
    }
    case 'rename':
      return ops.rename(run, { unitId: (await unit()).id }, op.name!, c);
    case 'move': {
      const u = await unit();
      return ops.move(run, { unitId: u.id }, (await place(op.parent!)).id, c);
    }
    case 'dissolve':
      return ops.dissolve(run, { unitId: (await unit()).id }, c);
    case 'change_kind': {
      const u = await unit();
      const parent = op.parent ? await place(op.parent) : undefined;
      return ops.changeKind(run, { unitId: u.id }, { kind: op.unitKind!, newParentId: parent?.id }, c);
    }
    case 'merge': {
      const sources = [];
      for (const code of op.sources!) sources.push({ id: (await resolve(run, plan, op.row, code, 'change')).id });
      const into = op.into
        ? { unitId: (await resolve(run, plan, op.row, op.into, 'change')).id }
        : { parentId: (await place(op.parent!)).id, code: op.code!, name: op.name! };
      return ops.merge(run, sources, into, c);
    }
    case 'split': {
      const u = await unit();
      const members = new Map<number, number>((await rq.activeMemberIds(trx, [u.id])).map((m) => [m.id, 0]));
      const children = new Map<number, number>((await read.activeChildren(trx, u.id)).map((ch) => [ch.id, 0]));
      for (const [i, part] of op.parts!.entries()) {
        for (const id of part.memberIds ?? []) {
          if (!members.has(id)) throw new RowRefusal({ row: op.row, code: 'reorg_member_not_in_unit', params: { id, code: op.unit } });
          members.set(id, i);
        }
        for (const code of part.children ?? []) {
          const child = await resolve(run, plan, op.row, code, 'change');
          if (!children.has(child.id))
            throw new RowRefusal({ row: op.row, code: 'reorg_child_not_in_unit', params: { code, unit: op.unit } });
          children.set(child.id, i);
        }
      }
      return ops.split(
        run,
        { unitId: u.id },
        { parts: op.parts!.map((p) => ({ code: p.code, name: p.name })), assign: { members, children } },
        c,
      );
    }
  }
}

/**
 * A unit the plan creates cannot also end by it (dissolved, merged away, split): it would exist for no
 * day at all. Said for the row, rather than left to the history's date checks.
 */
function removesNew(op: ReorgOp, created: Set<string>): RowError | null {
  const ending =
    op.kind === 'dissolve' || op.kind === 'split' ? [op.unit!] : op.kind === 'merge' ? (op.sources ?? []).filter((c) => c !== op.into) : [];
  const code = ending.find((c) => created.has(c));
  return code ? { row: op.row, code: 'reorg_created_then_removed', params: { code } } : null;
}

export async function runPlan(
  run: ops.Run,
  plan: PlanContext,
  list: ReorgOp[],
  onProgress?: (done: number) => Promise<void>,
): Promise<RunResult> {
  const { trx } = run;
  const result: RunResult = { outcomes: [], errors: [] };
  const created = new Set<string>();
  for (const [i, op] of list.entries()) {
    const shape = checkShape(op) ?? removesNew(op, created);
    if (shape) {
      result.errors.push(shape);
      continue;
    }
    await q.savepoint(trx, 'set');
    try {
      result.outcomes.push({ row: op.row, outcome: await runOne(run, plan, op) });
      for (const code of [
        op.kind === 'create' || (op.kind === 'merge' && !op.into) ? op.code : undefined,
        ...(op.parts ?? []).map((p) => p.code),
      ])
        if (code) created.add(code);
      await q.savepoint(trx, 'release');
    } catch (e) {
      await q.savepoint(trx, 'rollback');
      if (e instanceof RowRefusal) {
        result.errors.push(e.refusal);
        continue;
      }
      const err = toAppError(e);
      if (!err) throw e;
      // The engine's "not found" of a unit is the same unknown unit, said with the row's code.
      if (err.code === 'not_found')
        result.errors.push({
          row: op.row,
          code: 'reorg_unit_unknown',
          params: { code: op.unit ?? op.parent ?? '', date: plan.effectiveOn },
        });
      else result.errors.push({ row: op.row, code: err.code, params: err.params });
    }
    await onProgress?.(i + 1);
  }
  return result;
}

/** The 422 of a plan with refused rows: one sentence per row, in the user's language at the route. */
export const refused = (errors: RowError[]) => new AppError('reorg_plan_refused', 422, { count: errors.length }, errors);

// The two checks a decision runs against the rest of the cycle: the required order (lower levels first,
// the collective before its head) and the excellent quota of the subject's group.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import {
  checkQuota,
  missingBeforeDecision,
  type Level,
  type OrderNode,
  type QuotaGroupCheck,
  type Rounding,
  type SubjectKind,
} from '../../../domain/assessment/index.js';
import { WorkflowError } from './errors.js';
import * as q from './queries.js';

type Q = Kysely<Database>;
const DECIDED = new Set(['decided', 'published']);

const node = (r: { id: number; subject_kind: string; unit_path: string; step: string }): OrderNode => ({
  subjectId: String(r.id),
  kind: r.subject_kind as SubjectKind,
  unitPath: r.unit_path,
  ...(r.subject_kind === 'leader' ? { headOfUnitPath: r.unit_path } : {}),
  decided: DECIDED.has(r.step),
});

/** Refuses (409) a decision while subjects that must come first are undecided, listing them. */
export async function assertOrder(db: Q, s: q.SubjectRow) {
  const rows = await q.orderCandidates(db, s.cycle_id, s.unit_path);
  const self = rows.find((r) => r.id === s.id) ?? { ...s };
  const missing = missingBeforeDecision(node(self), rows.map(node));
  if (missing.length === 0) return;
  const byId = new Map(rows.map((r) => [String(r.id), r]));
  const list = missing.map((m) => byId.get(m.subjectId)!).filter(Boolean);
  const names = list.slice(0, 10).map((r) => r.display_name);
  throw new WorkflowError(
    'decide_order',
    409,
    {
      count: list.length,
      names: { list: list.length > 10 ? [...names, '…'] : names },
    },
    { missing: list.map((r) => ({ subjectId: r.id, kind: r.subject_kind, name: r.display_name, step: r.step })) },
  );
}

const asLevels = (rows: { level: string | null }[]) => rows.map((r) => r.level).filter((l): l is Level => l !== null);

/** The quota of the subject's group before and after giving it `level`. */
export async function quotaImpact(db: Q, c: q.CycleRow, s: q.SubjectRow, level: Level) {
  return impactOn(await q.groupLevels(db, c.id, s.quota_group), c, s, level);
}

/** The group's meter before and after the subject takes `level`, from the group's levels already read. */
export function impactOn(rows: q.GroupLevel[], c: q.CycleRow, s: q.SubjectRow, level: Level) {
  const rounding = c.quota_rounding as Rounding;
  const [before] = checkQuota([{ groupId: s.quota_group, levels: asLevels(rows) }], rounding);
  const [after] = checkQuota([{ groupId: s.quota_group, levels: asLevels(rows.map((r) => (r.id === s.id ? { level } : r))) }], rounding);
  return { before: before!, after: after! };
}

/**
 * Refuses (409) a choice that puts the group over the quota (or further over), unless an override reason is
 * given; the reason is recorded with the step and in the audit entry.
 */
export async function assertQuota(db: Q, c: q.CycleRow, s: q.SubjectRow, level: Level, overrideReason: string | undefined) {
  const { before, after } = await quotaImpact(db, c, s, level);
  const worse = after.mustMove > 0 && after.mustMove > before.mustMove;
  if (worse && !overrideReason) {
    throw new WorkflowError(
      'quota_exceeded',
      409,
      {
        excellent: after.excellent,
        good: after.good,
        allowed: after.allowed,
        mustMove: after.mustMove,
      },
      { field: 'quotaOverrideReason', quota: after },
    );
  }
  return { quota: after, overridden: worse ? overrideReason! : null };
}

export function meterRow(g: QuotaGroupCheck) {
  return { group: g.groupId, good: g.good, excellent: g.excellent, allowed: g.allowed, mustMove: g.mustMove };
}

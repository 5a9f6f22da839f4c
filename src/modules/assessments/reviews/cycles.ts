// Use cases of review cycles: open a cycle (generating its subjects), list and read cycles.
import type { RuleSettings } from '../../../domain/assessment/settings.js';
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { resolveSettings, type SubjectKind } from '../../../domain/assessment/index.js';
import { AppError, invalid, notFound } from '../../../shared/errors.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import * as g from './generate-queries.js';
import { planSubjects } from './plan-subjects.js';
import * as q from './queries.js';
import { STEP_DEADLINES, type CreateCycle } from './schemas.js';

export async function loadCycle(db: Db, id: number) {
  const c = await q.getCycle(db, id);
  if (!c) throw notFound('cycle');
  return c;
}

export const cycleRef = (c: q.CycleRow) => ({ rootPath: c.root_path });

export function cycleDto(c: q.CycleRow) {
  return {
    id: c.id,
    title: c.title,
    kind: c.kind,
    periodFrom: c.period_from,
    periodTo: c.period_to,
    ruleSet: c.rule_set,
    rootUnitId: c.root_unit_id,
    rootPath: c.root_path,
    subjectKinds: c.subject_kinds,
    deadlines: c.deadlines as Partial<Record<(typeof STEP_DEADLINES)[number], string>>,
    quotaRounding: c.quota_rounding,
    quotaGrouping: c.quota_grouping,
    settings: c.settings as RuleSettings,
    version: c.version,
  };
}

/** Field problems of a cycle that the schema cannot see: period order and deadline order. */
function checkDates(input: CreateCycle, locale: Locale) {
  const details: { field: string; message: string }[] = [];
  const say = (field: string, code: string) => details.push({ field, message: translate(locale, `errors.${code}`) });
  if (input.periodTo < input.periodFrom) say('periodTo', 'period_reversed');
  let last = '';
  for (const step of STEP_DEADLINES) {
    const d = input.deadlines[step];
    if (!d) continue;
    if (d < input.periodFrom) say(`deadlines.${step}`, 'deadline_before_period');
    else if (d < last) say(`deadlines.${step}`, 'deadline_out_of_order');
    last = d;
  }
  if (details.length) throw new AppError('validation', 400, {}, details);
}

export async function createCycle(db: Db, actor: Actor, input: CreateCycle, locale: Locale) {
  checkDates(input, locale);
  return inTransaction(db, false, async (trx) => {
    const root = await g.unitVersionOn(trx, input.rootUnitId, input.periodTo);
    if (!root) throw invalid('cycle_root_not_in_period', { date: input.periodTo });
    const units = await g.subtreeOn(trx, root.path, input.periodTo);
    const cells = units.filter((u) => u.kind === 'cell' || u.kind === 'grassroots_cell').map((u) => u.unit_id);
    const members = await g.membersOn(trx, cells, input.periodTo);
    const [exemptions, secretaries] = await Promise.all([
      g.exemptionsIn(
        trx,
        members.map((m) => m.id),
        input.periodFrom,
        input.periodTo,
      ),
      g.secretariesOn(
        trx,
        units.map((u) => u.unit_id),
        input.periodTo,
      ),
    ]);
    const grouping = input.quotaGrouping ?? 'grassroots_org';
    const subjects = planSubjects({
      root,
      units,
      members,
      exemptions,
      secretaries,
      kinds: input.subjectKinds as SubjectKind[],
      grouping,
      period: { from: input.periodFrom, to: input.periodTo },
    });
    const settings = resolveSettings({ ...input.settings, quotaRounding: input.quotaRounding ?? 'floor' });
    const id = await q.insertCycle(trx, {
      title: input.title.trim(),
      kind: input.kind,
      period_from: input.periodFrom,
      period_to: input.periodTo,
      rule_set: input.ruleSet,
      root_unit_id: root.unit_id,
      root_path: root.path,
      subject_kinds: input.subjectKinds,
      deadlines: JSON.stringify(input.deadlines),
      quota_rounding: settings.quotaRounding,
      quota_grouping: grouping,
      settings: JSON.stringify(settings),
      created_by: actor.userId,
    });
    await q.insertSubjects(trx, id, subjects);
    const cycle = (await q.getCycle(trx, id))!;
    const notRated = subjects.filter((s) => s.not_rated_reason).length;
    await appendAudit(trx, actor, {
      action: 'assessment.cycle.create',
      entityType: 'review_cycle',
      entityId: id,
      scopePath: root.path,
      after: { ...cycleDto(cycle), subjects: subjects.length, notRated },
    });
    return { ...cycleDto(cycle), subjects: subjects.length, notRated };
  });
}

export async function cycleOverview(db: Db, c: q.CycleRow, path: string) {
  const counts = await q.stepCounts(db, c.id, path);
  const steps: Record<string, number> = {};
  let notRated = 0;
  for (const r of counts) {
    if (r.not_rated) notRated += Number(r.n);
    else steps[r.step] = (steps[r.step] ?? 0) + Number(r.n);
  }
  return { ...cycleDto(c), scopePath: path, steps, notRated };
}

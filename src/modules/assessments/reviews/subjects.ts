// Reading subjects: the board of a cycle, one subject with the engine's live evaluation, "my assessments".
import type { Db } from '../../../db/connection.js';
import { evaluate, validateFacts, type RuleSetId, type SubjectKind } from '../../../domain/assessment/index.js';
import { isWithin, READERS, type Actor } from '../../../domain/access/scope.js';
import { notFound } from '../../../shared/errors.js';
import { recordedTasks } from '../tasks/service.js';
import { gatherFacts } from './facts.js';
import { removalReviewYears } from '../remediation/flag.js';
import { impactOn, meterRow } from './order-quota.js';
import { overridesOf } from './overrides.js';
import * as q from './queries.js';
import type { ReviewEntry, SelfEntry, SubjectListQueryT } from './schemas.js';
import { evaluationDto, settingsOf } from './workflow.js';
import type { SubjectRef } from './policy.js';

export async function loadSubject(db: Db, id: number) {
  const s = await q.getSubject(db, id);
  if (!s) throw notFound('assessment_subject');
  return s;
}

export const subjectRef = (s: q.SubjectRow): SubjectRef => ({
  unitPath: s.unit_path,
  deciderPath: s.decider_path,
  memberId: s.member_id,
  reopened: s.reopened,
});

/** The part of a cycle an actor sees: the deeper of the cycle's root and the actor's reading grant. */
export function visiblePath(actor: Actor, c: q.CycleRow, unitPath?: string): string | null {
  if (unitPath) {
    if (isWithin(unitPath, c.root_path)) return unitPath;
    return isWithin(c.root_path, unitPath) ? c.root_path : null;
  }
  for (const g of actor.grants.filter((x) => READERS.includes(x.role))) {
    if (isWithin(c.root_path, g.unitPath)) return c.root_path;
    if (isWithin(g.unitPath, c.root_path)) return g.unitPath;
  }
  return null;
}

export async function board(db: Db, c: q.CycleRow, path: string, query: SubjectListQueryT) {
  const f: q.SubjectFilter = {
    cycleId: c.id,
    path,
    step: query.step,
    kind: query.kind,
    notRated: query.notRated,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
  const [rows, total] = await Promise.all([q.listSubjects(db, f), q.countSubjects(db, f)]);
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map((r) => ({
      id: r.id,
      kind: r.subject_kind,
      memberId: r.member_id,
      unitId: r.unit_id,
      unitName: r.unit_name,
      unitPath: r.unit_path,
      name: r.display_name,
      notRatedReason: r.not_rated_reason,
      step: r.step,
      level: r.level,
      proposedLevel: r.proposed_level,
      reopened: r.reopened,
      version: r.version,
    })),
  };
}

/** `live`: re-evaluate from today's facts; otherwise use the evaluation stored by the step just taken. */
export async function detail(db: Db, s: q.SubjectRow & { cycleRow?: q.CycleRow }, live = true) {
  const c = s.cycleRow ?? (await q.getCycle(db, s.cycle_id))!;
  const self = s.self_assessment as SelfEntry | null;
  let evaluation = live ? null : (s.evaluation as ReturnType<typeof evaluationDto> | null);
  if (live && self && !s.not_rated_reason) {
    const facts = await gatherFacts(db, c, s, self, s.review as ReviewEntry | null);
    if (validateFacts(c.rule_set as RuleSetId, facts).length === 0) {
      evaluation = { ...evaluationDto(evaluate(c.rule_set as RuleSetId, facts, settingsOf(c))), facts };
    }
  }
  const [{ steps, unit, plans, years, group_levels: group }, tasks] = await Promise.all([
    q.surroundings(db, s),
    recordedTasks(db, { memberId: s.member_id, unitId: s.unit_id }, c.period_from, c.period_to),
  ]);
  const level = (s.level ?? 'good') as 'good';
  const quota = s.not_rated_reason ? null : meterRow(impactOn(group, c, s, level).before);
  return {
    id: s.id,
    cycle: { id: c.id, title: c.title, ruleSet: c.rule_set, periodFrom: c.period_from, periodTo: c.period_to, deadlines: c.deadlines },
    kind: s.subject_kind as SubjectKind,
    memberId: s.member_id,
    unitId: s.unit_id,
    unitName: unit?.name ?? null,
    unitPath: s.unit_path,
    deciderPath: s.decider_path,
    name: s.display_name,
    notRatedReason: s.not_rated_reason,
    step: s.step,
    level: s.level,
    selfAssessment: s.self_assessment,
    review: s.review,
    verification: s.verification,
    decision: s.decision,
    additional: s.additional,
    reopened: s.reopened,
    version: s.version,
    evaluation,
    quota,
    steps: steps.map((x) => ({
      id: x.id,
      from: x.from_step,
      action: x.action,
      to: x.to_step,
      data: x.data,
      actorName: x.actor_name,
      at: new Date(x.at),
    })),
    // Why the quota was exceeded, by whom and when: the level above reads it before verifying or deciding.
    quotaOverrides: overridesOf(steps),
    openPlans: plans.map((p) => ({ id: p.id, reason: p.reason, cycleId: p.cycle_id })),
    removalReviewYears: removalReviewYears(years),
    // The tasks recorded in the app whose evaluated results make the task figures (they replace typed-in figures).
    recordedTasks: tasks,
  };
}

/** The caller's own subjects (as a member or a leader), newest cycle first. */
export function mine(db: Db, memberId: number | null) {
  if (memberId === null) return Promise.resolve([]);
  return q.subjectsOfMember(db, memberId);
}

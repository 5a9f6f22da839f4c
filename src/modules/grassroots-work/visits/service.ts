// Use cases of visit logs: a visit records the households seen, new problems, follow-ups of earlier
// problems and what was passed up, all in one transaction with its audit entry.
import type { Db } from '../../../db/connection.js';
import { isWithin, type Actor } from '../../../domain/access/scope.js';
import { daysBetween, problemAgeBand } from '../../../domain/assignments/rules.js';
import { conflict, invalid, notFound, staleVersion } from '../../../shared/errors.js';
import { requireInScope, requireOneInScope } from '../../../shared/scope.js';
import { inTransaction } from '../../../shared/tx.js';
import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { appendAudit } from '../../foundation/audit/service.js';
import type { UnitRow } from '../../foundation/orgs/queries.js';
import { getUnit } from '../../foundation/orgs/queries.js';
import type { MemberRef } from '../assignments/scope.js';
import type { ProblemStatus } from '../../../db/tables/grassroots-work.js';
import * as q from './queries.js';
import type { CreateVisit, ProblemListQueryT, ProblemUpdateT } from './schemas.js';

/** A household is in the area of a unit when its commune contains the unit, or lies inside it. */
const related = (unitPath: string, communePath: string) => isWithin(unitPath, communePath) || isWithin(communePath, unitPath);

export async function loadVisit(db: Db, id: number) {
  const v = await q.getVisit(db, id);
  if (!v) throw notFound('visit');
  return v;
}

export async function loadProblem(db: Db, id: number) {
  const p = await q.getProblem(db, id);
  if (!p) throw notFound('problem');
  return p;
}

async function applyUpdate(
  trx: Transaction<Database>,
  actor: Actor,
  u: ProblemUpdateT,
  o: { visit: { id: number; on: string } | null; unitPath: string | null; today: string },
) {
  const { visit, unitPath, today } = o;
  const p = requireOneInScope(actor, await q.getProblem(trx, u.problemId, true), 'problem');
  if (unitPath !== null && !isWithin(p.path, unitPath)) throw invalid('problem_not_in_unit', { id: u.problemId });
  if (p.version !== u.version) throw staleVersion();
  if (p.status === 'solved') throw conflict('problem_already_solved', { id: p.id });
  if (u.status === 'solved' && u.followUp.trim() === '') throw invalid('follow_up_required');
  const on = visit?.on ?? today;
  const solvedOn = u.status === 'solved' ? on : null;
  const values = {
    status: u.status as ProblemStatus,
    follow_up: u.followUp.trim(),
    solved_on: solvedOn,
    solved_in_visit_id: u.status === 'solved' ? (visit?.id ?? null) : null,
  };
  if (!(await q.updateProblem(trx, p.id, u.version, values))) throw staleVersion();
  await q.addProblemUpdate(trx, {
    problem_id: p.id,
    visit_id: visit?.id ?? null,
    status: values.status,
    follow_up: values.follow_up,
    on_date: on,
    actor_user_id: actor.userId,
  });
  return { problemId: p.id, from: p.status, to: values.status, path: p.path };
}

export async function createVisit(db: Db, actor: Actor, input: CreateVisit, o: { unit: UnitRow; visitor: MemberRef; today: string }) {
  const { unit, visitor, today } = o;
  if (input.visitedOn > today) throw invalid('visit_in_future');
  const householdIds = [
    ...new Set([...(input.householdIds ?? []), ...(input.problems ?? []).flatMap((p) => (p.householdId ? [p.householdId] : []))]),
  ];
  // Households neither in the unit's area nor in the caller's scope answer like missing ones, before any address is used.
  const homes = requireInScope(actor, householdIds, await q.householdsWithArea(db, householdIds), 'household', (h) =>
    related(unit.path, h.path),
  );
  for (const h of homes) {
    if (!related(unit.path, h.path)) throw invalid('household_outside_unit', { address: h.address, unit: unit.name });
  }
  if (input.escalatedToUnitId) {
    // The committees above the unit are valid targets even when the caller cannot read them; any other
    // unit outside the caller's scope answers like a missing one.
    const above = await getUnit(db, input.escalatedToUnitId);
    const isAbove = !!above && above.path !== unit.path && isWithin(unit.path, above.path);
    if (!isAbove) requireOneInScope(actor, above, 'unit');
    if (!isAbove) throw invalid('escalation_unit_not_above');
  }
  return inTransaction(db, false, async (trx) => {
    const id = await q.insertVisit(trx, {
      unit_id: unit.id,
      visited_on: input.visitedOn,
      visitor_member_id: visitor.id,
      kind: input.kind,
      summary: input.summary?.trim() ?? '',
      escalation: input.escalation?.trim() ?? '',
      escalated_to_unit_id: input.escalatedToUnitId ?? null,
      created_by: actor.userId,
    });
    const listed = [...new Set(input.householdIds ?? [])];
    if (listed.length) await q.addVisitHouseholds(trx, id, listed);
    for (const p of input.problems ?? []) {
      const row = await q.insertProblem(trx, {
        visit_id: id,
        unit_id: unit.id,
        household_id: p.householdId ?? null,
        category: p.category,
        description: p.description.trim(),
        status: p.status ?? 'open',
        follow_up: p.followUp?.trim() ?? '',
        opened_on: input.visitedOn,
        solved_on: null,
        solved_in_visit_id: null,
      });
      await q.addProblemUpdate(trx, {
        problem_id: row.id,
        visit_id: id,
        status: p.status ?? 'open',
        follow_up: p.followUp?.trim() ?? '',
        on_date: input.visitedOn,
        actor_user_id: actor.userId,
      });
    }
    const updates = [];
    for (const u of input.problemUpdates ?? [])
      updates.push(await applyUpdate(trx, actor, u, { visit: { id, on: input.visitedOn }, unitPath: unit.path, today }));
    const v = (await q.getVisit(trx, id))!;
    const after = await visitPage(trx, v);
    await appendAudit(trx, actor, {
      action: 'visit.create',
      entityType: 'visit',
      entityId: id,
      scopePath: unit.path,
      after: { ...after, problemUpdates: updates },
    });
    return after;
  });
}

export async function updateProblem(
  db: Db,
  actor: Actor,
  problemId: number,
  input: { version: number; status: ProblemStatus; followUp: string },
  today: string,
) {
  return inTransaction(db, false, async (trx) => {
    const change = await applyUpdate(trx, actor, { problemId, ...input }, { visit: null, unitPath: null, today });
    const p = (await q.getProblem(trx, problemId))!;
    await appendAudit(trx, actor, {
      action: 'problem.update',
      entityType: 'problem',
      entityId: problemId,
      scopePath: change.path,
      before: { status: change.from },
      after: { status: change.to, followUp: p.follow_up },
    });
    return problemDto(p);
  });
}

const problemDto = (p: {
  id: number;
  visit_id: number;
  category: string;
  description: string;
  status: string;
  follow_up: string;
  opened_on: string;
  solved_on: string | null;
  household_id: number | null;
  version: number;
}) => ({
  id: p.id,
  visitId: p.visit_id,
  category: p.category,
  description: p.description,
  status: p.status,
  followUp: p.follow_up,
  openedOn: p.opened_on,
  solvedOn: p.solved_on,
  householdId: p.household_id,
  version: p.version,
});

export async function visitPage(db: Db, v: q.VisitRow) {
  const [households, problems, updates] = await Promise.all([
    q.householdsOfVisit(db, v.id),
    q.problemsOfVisit(db, v.id),
    q.updatesInVisit(db, v.id),
  ]);
  return {
    id: v.id,
    unitId: v.unit_id,
    unitName: v.unit_name,
    visitedOn: v.visited_on,
    kind: v.kind,
    visitorMemberId: v.visitor_member_id,
    visitorName: v.visitor_name,
    summary: v.summary,
    escalation: v.escalation,
    escalatedToUnitId: v.escalated_to_unit_id,
    escalatedToName: v.escalated_to_name,
    households: households.map((h) => ({ id: h.id, address: h.address, headName: h.head_name })),
    problems: problems.map((p) => ({ ...problemDto(p), householdAddress: p.household_address })),
    followUps: updates.map((u) => ({
      problemId: u.problem_id,
      status: u.status,
      followUp: u.follow_up,
      description: u.description,
      category: u.category,
    })),
  };
}

export async function listVisits(db: Db, root: string, page: number, pageSize: number) {
  const [rows, total] = await Promise.all([q.listVisits(db, root, pageSize, (page - 1) * pageSize), q.countVisits(db, root)]);
  return {
    total,
    page,
    pageSize,
    items: rows.map((r) => ({
      id: r.id,
      unitId: r.unit_id,
      unitName: r.unit_name,
      visitedOn: r.visited_on,
      kind: r.kind,
      visitorName: r.visitor_name,
      summary: r.summary,
      escalation: r.escalation,
      problemsFound: Number(r.problems_found ?? 0),
      households: Number(r.households ?? 0),
    })),
  };
}

export async function listProblems(db: Db, root: string, query: ProblemListQueryT, today: string) {
  const statuses: ProblemStatus[] = query.status === 'unsolved' ? ['open', 'in_progress'] : [query.status];
  const f: q.ProblemFilter = { root, statuses, category: query.category, limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
  const [rows, total] = await Promise.all([q.listProblems(db, f), q.countProblems(db, f)]);
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map((p) => {
      const ageDays = daysBetween(p.opened_on, p.solved_on ?? today);
      return {
        id: p.id,
        visitId: p.visit_id,
        unitId: p.unit_id,
        unitName: p.unit_name,
        category: p.category,
        description: p.description,
        status: p.status,
        followUp: p.follow_up,
        openedOn: p.opened_on,
        solvedOn: p.solved_on,
        version: p.version,
        foundBy: p.found_by,
        householdAddress: p.household_address,
        escalation: p.escalation,
        ageDays,
        ageBand: problemAgeBand(ageDays),
      };
    }),
  };
}

/** The households a visit to `unit` may be linked to, for the visit form's picker. */
export async function householdsForVisit(db: Db, unit: UnitRow, search: string | undefined, limit: number) {
  const rows = await q.householdsForVisit(db, unit.path, search?.trim() || undefined, limit);
  return rows.map((h) => ({ id: h.id, address: h.address, headName: h.head_name, groupName: h.group_name }));
}

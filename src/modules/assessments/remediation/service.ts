// Use cases of remediation plans: required for a subject rated not_completed, optional for a flagged shortcoming.
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { conflict, invalid, notFound, staleVersion } from '../../../shared/errors.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { getSubject } from '../reviews/queries.js';
import { removalReviewYears } from './flag.js';
import * as q from './queries.js';
import type { CreatePlan } from './schemas.js';
import type { PlanRef } from './policy.js';

export async function loadPlan(db: Db, id: number) {
  const p = await q.getPlan(db, id);
  if (!p) throw notFound('remediation_plan');
  return p;
}
export const planRef = (p: { unit_path: string; member_id: number | null }): PlanRef => ({ unitPath: p.unit_path, memberId: p.member_id });

export async function subjectForPlan(db: Db, subjectId: number) {
  const s = await getSubject(db, subjectId);
  if (!s) throw notFound('assessment_subject');
  return s;
}

type Item = Awaited<ReturnType<typeof q.itemsOf>>[number];
const itemDto = (i: Item) => ({
  id: i.id,
  shortcoming: i.shortcoming,
  action: i.action,
  owner: i.owner,
  deadline: i.deadline,
  status: i.status,
  version: i.version,
});

function planDto(p: q.PlanRow, items: Item[], today: string) {
  const mine = items.filter((i) => i.plan_id === p.id);
  return {
    id: p.id,
    subjectId: p.subject_id,
    name: p.display_name,
    kind: p.subject_kind,
    level: p.level,
    cycleId: p.cycle_id,
    cycleTitle: p.cycle_title,
    memberId: p.member_id,
    unitId: p.unit_id,
    reason: p.reason,
    status: p.status,
    version: p.version,
    items: mine.map(itemDto),
    overdue: mine.filter((i) => i.status !== 'done' && i.deadline < today).length,
  };
}

export async function create(db: Db, actor: Actor, input: CreatePlan, today: string) {
  return inTransaction(db, false, async (trx) => {
    const s = await getSubject(trx, input.subjectId, true);
    if (!s) throw notFound('assessment_subject');
    if (input.reason === 'not_completed' ? s.level !== 'not_completed' : s.not_rated_reason !== null) throw invalid('plan_not_needed');
    if (await q.openPlanOf(trx, s.id)) throw conflict('plan_exists');
    const id = await q.insertPlan(
      trx,
      {
        subject_id: s.id,
        member_id: s.member_id,
        unit_id: s.unit_id,
        unit_path: s.unit_path,
        reason: input.reason,
        created_by: actor.userId,
      },
      input.items.map((i) => ({ shortcoming: i.shortcoming.trim(), action: i.action.trim(), owner: i.owner.trim(), deadline: i.deadline })),
    );
    const plan = planDto((await q.getPlan(trx, id))!, await q.itemsOf(trx, [id]), today);
    await appendAudit(trx, actor, {
      action: 'remediation.create',
      entityType: 'remediation_plan',
      entityId: id,
      scopePath: s.unit_path,
      after: plan,
    });
    return plan;
  });
}

export async function list(db: Db, path: string, today: string, overdueOnly: boolean) {
  const [plans, overdue, missing] = await Promise.all([q.plansIn(db, path), q.overdueIn(db, path, today), q.missingPlans(db, path)]);
  const items = await q.itemsOf(
    db,
    plans.map((p) => p.id),
  );
  const dtos = plans.map((p) => planDto(p, items, today));
  return {
    plans: overdueOnly ? dtos.filter((p) => p.overdue > 0) : dtos,
    overdueItems: overdue.map((i) => ({
      id: i.id,
      planId: i.plan_id,
      name: i.display_name,
      shortcoming: i.shortcoming,
      action: i.action,
      owner: i.owner,
      deadline: i.deadline,
      status: i.status,
    })),
    missingPlans: missing.map((m) => ({ subjectId: m.id, name: m.display_name, kind: m.subject_kind, cycleTitle: m.cycle_title })),
  };
}

export async function detail(db: Db, p: q.PlanRow, today: string) {
  const [items, reports, years] = await Promise.all([
    q.itemsOf(db, [p.id]),
    q.reportsOf(db, p.id),
    q.annualLevels(db, { memberId: p.member_id, unitId: p.unit_id }),
  ]);
  return {
    ...planDto(p, items, today),
    reports: reports.map((r) => ({ id: r.id, itemId: r.item_id, reportedOn: r.reported_on, note: r.note, actorName: r.actor_name })),
    removalReviewYears: removalReviewYears(years),
  };
}

export async function setItemStatus(
  db: Db,
  actor: Actor,
  p: q.PlanRow,
  itemId: number,
  body: { version: number; status: 'open' | 'in_progress' | 'done' },
) {
  return inTransaction(db, false, async (trx) => {
    const item = await q.lockItem(trx, p.id, itemId);
    if (!item) throw notFound('remediation_item');
    if (p.status === 'closed') throw conflict('plan_closed');
    if (item.version !== body.version || !(await q.bumpItem(trx, item.id, body.version, { status: body.status }))) throw staleVersion();
    await appendAudit(trx, actor, {
      action: 'remediation.item',
      entityType: 'remediation_plan',
      entityId: p.id,
      scopePath: p.unit_path,
      before: { itemId, status: item.status },
      after: { itemId, status: body.status },
    });
  });
}

export async function addReport(db: Db, actor: Actor, p: q.PlanRow, body: { note: string; itemId?: number }, today: string) {
  return inTransaction(db, false, async (trx) => {
    if (body.itemId !== undefined) {
      if (!(await q.itemOfPlan(trx, p.id, body.itemId))) throw notFound('remediation_item');
    }
    await q.insertReport(trx, {
      plan_id: p.id,
      item_id: body.itemId ?? null,
      reported_on: today,
      note: body.note.trim(),
      actor_user_id: actor.userId,
    });
    await appendAudit(trx, actor, {
      action: 'remediation.report',
      entityType: 'remediation_plan',
      entityId: p.id,
      scopePath: p.unit_path,
      after: { note: body.note.trim(), itemId: body.itemId ?? null },
    });
  });
}

export async function close(db: Db, actor: Actor, p: q.PlanRow, version: number) {
  return inTransaction(db, false, async (trx) => {
    const open = await q.openItemsOf(trx, p.id);
    if (open.length) throw conflict('plan_items_open', { count: open.length });
    if (!(await q.bumpPlan(trx, p.id, version, { status: 'closed' }))) throw staleVersion();
    await appendAudit(trx, actor, {
      action: 'remediation.close',
      entityType: 'remediation_plan',
      entityId: p.id,
      scopePath: p.unit_path,
      before: { status: 'open' },
      after: { status: 'closed' },
    });
  });
}

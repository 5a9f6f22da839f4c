// Use cases of working groups: composition (exactly one leader), the units assigned (inside the group's own
// unit), the period, and the activities recorded.
import type { Db } from '../../../db/connection.js';
import { isWithin, type Actor } from '../../../domain/access/scope.js';
import { invalid, notFound, staleVersion } from '../../../shared/errors.js';
import { requireInScope } from '../../../shared/scope.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { membersWithPath } from '../campaigns/queries.js';
import type { UnitRow } from '../../foundation/orgs/queries.js';
import * as q from './queries.js';
import type { Activity, CreateWorkingGroup, UpdateWorkingGroup } from './schemas.js';
import { isServing } from '../../../domain/members/record.js';

type GroupMember = { memberId: number; role: 'leader' | 'deputy' | 'member' };

export async function loadWorkingGroup(db: Db, id: number) {
  const w = await q.getWorkingGroup(db, id);
  if (!w) throw notFound('working_group');
  return w;
}

/** Members and units named in the body: out of the caller's scope answers like a missing id, before any name is used. */
async function checkComposition(db: Db, actor: Actor, path: string, members: GroupMember[] | undefined, unitIds: number[] | undefined) {
  if (members) {
    if (members.filter((m) => m.role === 'leader').length !== 1) throw invalid('working_group_needs_leader');
    const ids = members.map((m) => m.memberId);
    if (new Set(ids).size !== ids.length) throw invalid('duplicate_in_list');
    const found = requireInScope(actor, ids, await membersWithPath(db, ids), 'member');
    const outsider = found.find((m) => !isWithin(m.path, path) || !isServing(m.status));
    if (outsider) throw invalid('member_out_of_unit', { name: outsider.full_name });
  }
  if (unitIds) {
    if (new Set(unitIds).size !== unitIds.length) throw invalid('duplicate_in_list');
    const units = requireInScope(actor, unitIds, await q.pathsOfUnits(db, unitIds), 'unit');
    if (units.some((u) => !isWithin(u.path, path) || u.dissolved_on)) throw invalid('working_group_unit_outside');
  }
}

export async function page(db: Db, w: Omit<q.WorkingGroupRow, 'path'>) {
  const [members, units, activities] = await Promise.all([q.membersOf(db, w.id), q.unitsOf(db, w.id), q.activitiesOf(db, w.id)]);
  return {
    id: w.id,
    unitId: w.unit_id,
    unitName: w.unit_name,
    name: w.name,
    purpose: w.purpose,
    validFrom: w.valid_from,
    validTo: w.valid_to,
    version: w.version,
    members: members.map((m) => ({ memberId: m.id, fullName: m.full_name, role: m.role, unitName: m.unit_name })),
    units: units.map((u) => ({ id: u.id, name: u.name, kind: u.kind })),
    activities: activities.map((a) => ({ id: a.id, heldOn: a.held_on, summary: a.summary, recordedBy: a.recorded_by })),
  };
}

export async function list(db: Db, root: string, paging: { page: number; pageSize: number }, today: string) {
  const { rows, total } = await q.listWorkingGroups(db, root, paging.pageSize, (paging.page - 1) * paging.pageSize);
  return {
    total,
    page: paging.page,
    pageSize: paging.pageSize,
    items: rows.map((w) => ({
      id: w.id,
      unitId: w.unit_id,
      unitName: w.unit_name,
      name: w.name,
      purpose: w.purpose,
      validFrom: w.valid_from,
      validTo: w.valid_to,
      current: w.valid_from <= today && (w.valid_to === null || w.valid_to > today),
      version: w.version,
      members: Number(w.members ?? 0),
      units: Number(w.units ?? 0),
      activities: Number(w.activities ?? 0),
    })),
  };
}

export async function create(db: Db, actor: Actor, input: CreateWorkingGroup, unit: UnitRow) {
  if (input.validTo && input.validTo <= input.validFrom)
    throw invalid('period_end_before_start', { from: input.validFrom, to: input.validTo });
  await checkComposition(db, actor, unit.path, input.members as GroupMember[], input.unitIds);
  return inTransaction(db, false, async (trx) => {
    const row = await q.insertWorkingGroup(trx, {
      unit_id: unit.id,
      name: input.name.trim(),
      purpose: input.purpose?.trim() ?? '',
      valid_from: input.validFrom,
      valid_to: input.validTo ?? null,
    });
    await q.replaceMembers(trx, row.id, input.members as GroupMember[]);
    await q.replaceUnits(trx, row.id, input.unitIds);
    const after = await page(trx, (await q.getWorkingGroup(trx, row.id))!);
    await appendAudit(trx, actor, {
      action: 'working_group.create',
      entityType: 'working_group',
      entityId: row.id,
      scopePath: unit.path,
      after,
    });
    return after;
  });
}

export async function update(db: Db, actor: Actor, w: q.WorkingGroupRow, input: UpdateWorkingGroup) {
  await checkComposition(db, actor, w.path, input.members as GroupMember[] | undefined, input.unitIds);
  const validTo = input.validTo === undefined ? w.valid_to : input.validTo;
  if (validTo && validTo <= w.valid_from) throw invalid('period_end_before_start', { from: w.valid_from, to: validTo });
  return inTransaction(db, false, async (trx) => {
    const cur = await q.getWorkingGroup(trx, w.id, true);
    if (!cur || cur.version !== input.version) throw staleVersion();
    const before = await page(trx, cur);
    await q.updateWorkingGroup(trx, w.id, {
      name: input.name?.trim() ?? cur.name,
      purpose: input.purpose?.trim() ?? cur.purpose,
      valid_to: validTo,
      version: cur.version + 1,
    });
    if (input.members) await q.replaceMembers(trx, w.id, input.members as GroupMember[]);
    if (input.unitIds) await q.replaceUnits(trx, w.id, input.unitIds);
    const after = await page(trx, (await q.getWorkingGroup(trx, w.id))!);
    await appendAudit(trx, actor, {
      action: 'working_group.update',
      entityType: 'working_group',
      entityId: w.id,
      scopePath: w.path,
      before: { ...before, activities: undefined },
      after: { ...after, activities: undefined },
    });
    return after;
  });
}

export async function addActivity(db: Db, actor: Actor, w: q.WorkingGroupRow, input: Activity, today: string) {
  if (input.heldOn > today) throw invalid('activity_in_future');
  if (input.heldOn < w.valid_from || (w.valid_to !== null && input.heldOn >= w.valid_to)) throw invalid('activity_outside_period');
  return inTransaction(db, false, async (trx) => {
    const row = await q.insertActivity(trx, {
      working_group_id: w.id,
      held_on: input.heldOn,
      summary: input.summary.trim(),
      created_by: actor.userId,
    });
    await appendAudit(trx, actor, {
      action: 'working_group.activity',
      entityType: 'working_group',
      entityId: w.id,
      scopePath: w.path,
      after: { activityId: row.id, ...input },
    });
    return page(trx, (await q.getWorkingGroup(trx, w.id))!);
  });
}

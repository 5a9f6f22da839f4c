// Use cases of "phụ trách": one person in charge of a unit or a household at a time, for a period.
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { findOverlap, householdInMemberArea, seatAboveUnit } from '../../../domain/assignments/rules.js';
import { AppError, conflict, invalid, notFound, staleVersion } from '../../../shared/errors.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { getHousehold } from '../households/queries.js';
import type { UnitRow } from '../../foundation/orgs/queries.js';
import * as q from './queries.js';
import type { MemberRef } from './scope.js';
import type { CreateHouseholdAssignment, CreateUnitAssignment, EndAssignment } from './schemas.js';

const ACTIVE = ['official', 'probationary'];

export const unitAssignmentDto = (a: q.UnitAssignmentRow) => ({
  id: a.id,
  unitId: a.unit_id,
  unitName: a.unit_name,
  memberId: a.member_id,
  memberName: a.member_name,
  validFrom: a.valid_from,
  validTo: a.valid_to,
  note: a.note,
  version: a.version,
});

export const householdAssignmentDto = (a: q.HouseholdAssignmentRow) => ({
  id: a.id,
  householdId: a.household_id,
  address: a.address,
  headName: a.head_name,
  memberId: a.member_id,
  memberName: a.member_name,
  validFrom: a.valid_from,
  validTo: a.valid_to,
  outsideArea: a.outside_area,
  version: a.version,
});

function checkPeriod(from: string, to: string | null | undefined) {
  if (to && to <= from) throw invalid('period_end_before_start', { from, to });
}

function checkActive(member: MemberRef) {
  if (!ACTIVE.includes(member.status)) throw invalid('assignee_not_active', { name: member.fullName });
}

/** The exclusion constraint guards against a race the pre-check cannot see; answer it with the same sentence. */
function overlapError(e: unknown): never {
  if ((e as { code?: string }).code === '23P01') throw conflict('assignment_overlap', { name: '', from: '', to: '' });
  throw e;
}

export async function createUnitAssignment(
  db: Db,
  actor: Actor,
  input: CreateUnitAssignment,
  o: { unit: UnitRow; member: MemberRef; today: string },
) {
  const { unit, member, today } = o;
  checkPeriod(input.validFrom, input.validTo);
  checkActive(member);
  if (unit.dissolved_on) throw invalid('unit_dissolved', { name: unit.name });
  if (!seatAboveUnit(await q.seatUnitPaths(db, member.id, today), unit.path)) {
    throw invalid('assignee_not_committee_member', { name: member.fullName, unit: unit.name });
  }
  const period = { from: input.validFrom, to: input.validTo ?? null };
  return inTransaction(db, false, async (trx) => {
    const clash = findOverlap(await q.unitAssignmentsOf(trx, unit.id), period);
    if (clash) throw conflict('assignment_overlap', { name: clash.member_name, from: clash.from, to: clash.to ?? '…' });
    const id = await q
      .insertUnitAssignment(trx, {
        unit_id: unit.id,
        member_id: member.id,
        valid_from: period.from,
        valid_to: period.to,
        note: input.note?.trim() ?? '',
      })
      .catch(overlapError);
    const after = unitAssignmentDto((await q.getUnitAssignment(trx, id))!);
    await appendAudit(trx, actor, {
      action: 'unit_assignment.create',
      entityType: 'unit_assignment',
      entityId: id,
      scopePath: unit.path,
      after,
    });
    return after;
  });
}

export async function createHouseholdAssignment(db: Db, actor: Actor, input: CreateHouseholdAssignment, member: MemberRef, locale: Locale) {
  checkPeriod(input.validFrom, input.validTo);
  checkActive(member);
  const period = { from: input.validFrom, to: input.validTo ?? null };
  return inTransaction(db, false, async (trx) => {
    const household = await getHousehold(trx, input.householdId, true);
    if (!household) throw notFound('household');
    const outside = !householdInMemberArea(member.path, household.path);
    // The warning names the member's own commune or ward: the household's is the one the user just chose.
    const area = outside ? ((await q.memberAreaName(trx, member.path)) ?? '') : '';
    const warning = outside ? translate(locale, 'warnings.outside_area', { name: member.fullName, area }) : null;
    // Outside the member's area is allowed, but only once the user has seen the warning and confirmed.
    if (outside && !input.acknowledgeOutsideArea) {
      throw new AppError(
        'outside_area_unconfirmed',
        409,
        { name: member.fullName, area },
        { warnings: [{ code: 'outside_area', message: warning }] },
      );
    }
    const clash = findOverlap(await q.householdAssignmentsOf(trx, household.id), period);
    if (clash) throw conflict('assignment_overlap', { name: clash.member_name, from: clash.from, to: clash.to ?? '…' });
    const id = await q
      .insertHouseholdAssignment(trx, {
        household_id: household.id,
        member_id: member.id,
        valid_from: period.from,
        valid_to: period.to,
        outside_area: outside,
      })
      .catch(overlapError);
    const after = householdAssignmentDto((await q.getHouseholdAssignment(trx, id))!);
    await appendAudit(trx, actor, {
      action: 'household_assignment.create',
      entityType: 'household_assignment',
      entityId: id,
      scopePath: household.path,
      after,
    });
    return { ...after, warnings: warning ? [{ code: 'outside_area', message: warning }] : [] };
  });
}

export async function endUnitAssignment(db: Db, actor: Actor, id: number, input: EndAssignment) {
  return inTransaction(db, false, async (trx) => {
    const a = await q.getUnitAssignment(trx, id, true);
    if (!a) throw notFound('unit_assignment');
    if (a.version !== input.version) throw staleVersion();
    checkEnd(a, input.validTo);
    if (!(await q.endAssignment(trx, 'unit_assignment', id, input.version, input.validTo))) throw staleVersion();
    const after = unitAssignmentDto((await q.getUnitAssignment(trx, id))!);
    await appendAudit(trx, actor, {
      action: 'unit_assignment.end',
      entityType: 'unit_assignment',
      entityId: id,
      scopePath: a.path,
      before: { validTo: a.valid_to },
      after: { validTo: after.validTo },
    });
    return after;
  });
}

export async function endHouseholdAssignment(db: Db, actor: Actor, id: number, input: EndAssignment) {
  return inTransaction(db, false, async (trx) => {
    const a = await q.getHouseholdAssignment(trx, id, true);
    if (!a) throw notFound('household_assignment');
    if (a.version !== input.version) throw staleVersion();
    checkEnd(a, input.validTo);
    if (!(await q.endAssignment(trx, 'household_assignment', id, input.version, input.validTo))) throw staleVersion();
    const after = householdAssignmentDto((await q.getHouseholdAssignment(trx, id))!);
    await appendAudit(trx, actor, {
      action: 'household_assignment.end',
      entityType: 'household_assignment',
      entityId: id,
      scopePath: a.path,
      before: { validTo: a.valid_to },
      after: { validTo: after.validTo },
    });
    return after;
  });
}

/** An assignment is ended once, on a day after it began. */
function checkEnd(a: { valid_from: string; valid_to: string | null }, validTo: string) {
  if (a.valid_to !== null) throw conflict('assignment_already_ended', { to: a.valid_to });
  checkPeriod(a.valid_from, validTo);
}

export async function listUnitAssignments(
  db: Db,
  subtreePath: string,
  query: { current: boolean; page: number; pageSize: number },
  today: string,
) {
  const { rows, total } = await q.listUnitAssignments(
    db,
    subtreePath,
    query.current ? today : null,
    query.pageSize,
    (query.page - 1) * query.pageSize,
  );
  return { total, page: query.page, pageSize: query.pageSize, items: rows.map((r) => unitAssignmentDto(r)) };
}

export async function householdsOfMember(db: Db, member: MemberRef, today: string) {
  const rows = await q.householdsOfMember(db, member.id, today);
  return {
    memberId: member.id,
    memberName: member.fullName,
    limit: await q.householdLimit(db),
    items: rows.map((r) => ({
      assignmentId: r.id,
      householdId: r.household_id,
      address: r.address,
      headName: r.head_name,
      people: r.people,
      groupName: r.group_name,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      outsideArea: r.outside_area,
      version: r.version,
    })),
  };
}

// Use cases of the residential group and household register. Each write: one transaction with its audit entry.
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { isWithin } from '../../../domain/access/scope.js';
import { holdsMembers } from '../../../domain/orgs/tree.js';
import { conflict, invalid, notFound, staleVersion } from '../../../shared/errors.js';
import { requireOneInScope } from '../../../shared/scope.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { getUnit } from '../../foundation/orgs/queries.js';
import * as q from './queries.js';
import type { CreateGroup, CreateHousehold, HouseholdListQueryT, UpdateGroup, UpdateHousehold } from './schemas.js';

// Names sort in Vietnamese alphabetical order (Đ after D), which the database's C collation does not know.
const vietnamese = new Intl.Collator('vi', { numeric: true });

/** Residential groups lie in the area of a commune or ward: a grassroots committee or grassroots cell. */
const AREA_KINDS = ['grassroots_committee', 'grassroots_cell'];

export async function loadGroup(db: Db, id: number) {
  const g = await q.getGroup(db, id);
  if (!g) throw notFound('residential_group');
  return g;
}

export async function loadHousehold(db: Db, id: number) {
  const h = await q.getHousehold(db, id);
  if (!h) throw notFound('household');
  return h;
}

export const groupDto = (g: Omit<q.GroupRow, 'path'>) => ({
  id: g.id,
  unitId: g.unit_id,
  unitName: g.unit_name,
  name: g.name,
  kind: g.kind,
  cellId: g.cell_id,
  cellName: g.cell_name,
  version: g.version,
});

export const householdDto = (h: q.HouseholdRow) => ({
  id: h.id,
  residentialGroupId: h.residential_group_id,
  groupName: h.group_name,
  unitId: h.unit_id,
  unitName: h.unit_name,
  address: h.address,
  headName: h.head_name,
  people: h.people,
  phone: h.phone,
  version: h.version,
});

/** The commune a group is created in. */
export async function loadArea(db: Db, unitId: number) {
  const unit = await getUnit(db, unitId);
  if (!unit) throw notFound('unit');
  if (unit.dissolved_on) throw invalid('unit_dissolved', { name: unit.name });
  if (!AREA_KINDS.includes(unit.kind)) throw invalid('group_unit_not_commune', { name: unit.name });
  return unit;
}

/** The cell organized in a group must be an active cell inside the group's commune. */
async function checkCell(db: Db, actor: Actor, cellId: number | null | undefined, areaPath: string) {
  if (cellId === null || cellId === undefined) return;
  const cell = requireOneInScope(actor, await getUnit(db, cellId), 'unit');
  if (!isWithin(cell.path, areaPath)) throw invalid('group_cell_outside', {});
  if (cell.dissolved_on || !holdsMembers(cell.kind)) throw invalid('group_cell_not_cell', { name: cell.name });
}

export async function listGroups(db: Db, subtreePath: string) {
  const rows = await q.listGroups(db, subtreePath);
  rows.sort((a, b) => vietnamese.compare(a.unit_name, b.unit_name) || vietnamese.compare(a.name, b.name));
  return rows.map((g) => ({ ...groupDto(g), households: Number(g.households ?? 0) }));
}

export async function createGroup(db: Db, actor: Actor, input: CreateGroup, areaPath: string) {
  await checkCell(db, actor, input.cellId, areaPath);
  return inTransaction(db, false, async (trx) => {
    const name = input.name.trim();
    if (await q.groupNameTaken(trx, input.unitId, name)) throw conflict('duplicate_group_name', { name });
    const id = await q.insertGroup(trx, { unit_id: input.unitId, name, kind: input.kind, cell_id: input.cellId ?? null });
    const after = groupDto((await q.getGroup(trx, id))!);
    await appendAudit(trx, actor, {
      action: 'residential_group.create',
      entityType: 'residential_group',
      entityId: id,
      scopePath: areaPath,
      after,
    });
    return after;
  });
}

export async function updateGroup(db: Db, actor: Actor, id: number, input: UpdateGroup) {
  return inTransaction(db, false, async (trx) => {
    const g = await q.getGroup(trx, id, true);
    if (!g) throw notFound('residential_group');
    if (g.version !== input.version) throw staleVersion();
    await checkCell(trx, actor, input.cellId, g.path);
    const name = input.name?.trim();
    if (name && (await q.groupNameTaken(trx, g.unit_id, name, id))) throw conflict('duplicate_group_name', { name });
    const values: Record<string, unknown> = {};
    if (name !== undefined) values.name = name;
    if (input.kind !== undefined) values.kind = input.kind;
    if (input.cellId !== undefined) values.cell_id = input.cellId;
    if (!(await q.updateGroup(trx, id, input.version, values))) throw staleVersion();
    const after = groupDto((await q.getGroup(trx, id))!);
    await appendAudit(trx, actor, {
      action: 'residential_group.update',
      entityType: 'residential_group',
      entityId: id,
      scopePath: g.path,
      before: groupDto(g),
      after,
    });
    return after;
  });
}

export async function listHouseholds(db: Db, subtreePath: string, query: HouseholdListQueryT, today: string) {
  const f: q.HouseholdFilter = {
    subtreePath,
    groupId: query.groupId,
    search: query.q?.trim() || undefined,
    unassigned: query.unassigned,
    today,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
  };
  const [rows, total] = await Promise.all([q.listHouseholds(db, f), q.countHouseholds(db, f)]);
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map((r) => ({
      id: r.id,
      address: r.address,
      headName: r.head_name,
      people: r.people,
      phone: r.phone,
      version: r.version,
      groupId: r.group_id,
      groupName: r.group_name,
      unitName: r.unit_name,
      // The left join's columns are all set when an assignment was found.
      inCharge: r.assignment_id
        ? { assignmentId: r.assignment_id, memberId: r.member_id!, memberName: r.member_name!, outsideArea: r.outside_area! }
        : null,
    })),
  };
}

export async function householdPage(db: Db, h: q.HouseholdRow) {
  const history = await q.assignmentHistory(db, h.id);
  return {
    ...householdDto(h),
    assignments: history.map((a) => ({
      id: a.id,
      memberId: a.member_id,
      memberName: a.member_name,
      validFrom: a.valid_from,
      validTo: a.valid_to,
      outsideArea: a.outside_area,
      version: a.version,
    })),
  };
}

export async function createHousehold(db: Db, actor: Actor, input: CreateHousehold, scopePath: string) {
  return inTransaction(db, false, async (trx) => {
    const id = await q.insertHousehold(trx, {
      residential_group_id: input.residentialGroupId,
      address: input.address.trim(),
      head_name: input.headName.trim(),
      people: input.people,
      phone: input.phone ?? '',
    });
    const after = householdDto((await q.getHousehold(trx, id))!);
    await appendAudit(trx, actor, { action: 'household.create', entityType: 'household', entityId: id, scopePath, after });
    return after;
  });
}

export async function updateHousehold(db: Db, actor: Actor, id: number, input: UpdateHousehold) {
  return inTransaction(db, false, async (trx) => {
    const h = await q.getHousehold(trx, id, true);
    if (!h) throw notFound('household');
    if (h.version !== input.version) throw staleVersion();
    const values: Record<string, unknown> = {};
    if (input.address !== undefined) values.address = input.address.trim();
    if (input.headName !== undefined) values.head_name = input.headName.trim();
    if (input.people !== undefined) values.people = input.people;
    if (input.phone !== undefined) values.phone = input.phone;
    if (!(await q.updateHousehold(trx, id, input.version, values))) throw staleVersion();
    const after = householdDto((await q.getHousehold(trx, id))!);
    await appendAudit(trx, actor, {
      action: 'household.update',
      entityType: 'household',
      entityId: id,
      scopePath: h.path,
      before: householdDto(h),
      after,
    });
    return after;
  });
}

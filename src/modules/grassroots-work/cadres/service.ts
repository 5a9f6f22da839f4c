// Use cases of the cadre rotation register. A rotation closes the cadre's current position and opens the
// new one on the effective date, in the same transaction as its audit entry.
import type { Db } from '../../../db/connection.js';
import { isWithin, type Actor } from '../../../domain/access/scope.js';
import { rotationStats, watchState, type RotationKind } from '../../../domain/cadres/rotation.js';
import { conflict, invalid, notFound } from '../../../shared/errors.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import type { MemberRef } from '../assignments/scope.js';
import type { UnitRow } from '../../foundation/orgs/queries.js';
import { searchName } from '../../../domain/names/index.js';
import * as q from './queries.js';
import type { CreateCadre, CreateRotation } from './schemas.js';

export async function loadCadre(db: Db, id: number) {
  const c = await q.getCadre(db, id);
  if (!c) throw notFound('cadre');
  return c;
}

type RotationRow = Awaited<ReturnType<typeof q.rotationsOf>>[number];
const rotationDto = (r: RotationRow) => ({
  id: r.id,
  cadreId: r.cadre_id,
  fullName: r.full_name,
  kind: r.kind as RotationKind,
  fromUnitId: r.from_unit_id,
  fromUnitName: r.from_unit_name,
  fromPost: r.from_post,
  toUnitId: r.to_unit_id,
  toUnitName: r.to_unit_name,
  toPost: r.to_post,
  decisionNo: r.decision_no,
  effectiveOn: r.effective_on,
  nextReviewOn: r.next_review_on,
  decidedByUnitId: r.decided_by_unit_id,
  decidedByName: r.decided_by_name,
});

export async function page(db: Db, c: q.CadreRow) {
  const [positions, rotations] = await Promise.all([q.positionsOf(db, c.id), q.rotationsOf(db, c.id)]);
  return {
    id: c.id,
    memberId: c.member_id,
    fullName: c.full_name,
    birthDate: c.birth_date,
    cellName: c.cell_name,
    note: c.note,
    version: c.version,
    positions: positions.map((p) => ({
      id: p.id,
      post: p.post,
      unitId: p.unit_id,
      unitName: p.unit_name,
      fromDate: p.from_date,
      toDate: p.to_date,
    })),
    rotations: rotations.map(rotationDto),
  };
}

export async function list(db: Db, root: string, query: { q?: string; page: number; pageSize: number }) {
  const search = query.q?.trim() ? searchName(query.q) : undefined;
  const { rows, total } = await q.listCadres(db, root, search, query.pageSize, (query.page - 1) * query.pageSize);
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map((c) => ({
      id: c.id,
      memberId: c.member_id,
      fullName: c.full_name,
      cellName: c.cell_name,
      currentPosition: c.current_position,
      rotations: Number(c.rotations ?? 0),
    })),
  };
}

export async function create(db: Db, actor: Actor, input: CreateCadre, member: MemberRef, unit: UnitRow) {
  if (unit.dissolved_on) throw invalid('unit_dissolved', { name: unit.name });
  return inTransaction(db, false, async (trx) => {
    if (await q.cadreOfMember(trx, member.id)) throw conflict('already_cadre', { name: member.fullName });
    const row = await q.insertCadre(trx, { member_id: member.id, note: input.note?.trim() ?? '' });
    await q.insertPosition(trx, {
      cadre_id: row.id,
      post: input.position.post.trim(),
      unit_id: unit.id,
      from_date: input.position.fromDate,
      to_date: null,
    });
    const after = await page(trx, (await q.getCadre(trx, row.id))!);
    await appendAudit(trx, actor, { action: 'cadre.create', entityType: 'cadre', entityId: row.id, scopePath: member.path, after });
    return after;
  });
}

export async function rotate(db: Db, actor: Actor, input: CreateRotation, o: { cadre: q.CadreRow; decidedBy: UnitRow; to: UnitRow }) {
  const { cadre, decidedBy, to } = o;
  if (to.dissolved_on) throw invalid('unit_dissolved', { name: to.name });
  if (input.nextReviewOn && input.nextReviewOn <= input.effectiveOn) throw invalid('review_before_rotation');
  return inTransaction(db, false, async (trx) => {
    await q.getCadre(trx, cadre.id, true);
    const current = (await q.positionsOf(trx, cadre.id)).find((p) => p.to_date === null);
    if (!current) throw invalid('rotation_before_position', { from: '—' });
    if (!isWithin(current.path, decidedBy.path) || !isWithin(to.path, decidedBy.path)) throw invalid('rotation_unit_outside');
    if (current.unit_id === to.id) throw invalid('rotation_same_unit');
    if (input.effectiveOn <= current.from_date) throw invalid('rotation_before_position', { from: current.from_date });
    await q.closePosition(trx, current.id, input.effectiveOn);
    await q.insertPosition(trx, {
      cadre_id: cadre.id,
      post: input.toPost.trim(),
      unit_id: to.id,
      from_date: input.effectiveOn,
      to_date: null,
    });
    const row = await q.insertRotation(trx, {
      cadre_id: cadre.id,
      decided_by_unit_id: decidedBy.id,
      kind: input.kind,
      from_unit_id: current.unit_id,
      from_post: current.post,
      to_unit_id: to.id,
      to_post: input.toPost.trim(),
      decision_no: input.decisionNo.trim(),
      effective_on: input.effectiveOn,
      next_review_on: input.nextReviewOn ?? null,
    });
    await q.setCadreVersion(trx, cadre.id, cadre.version + 1);
    const after = rotationDto((await q.rotationsOf(trx, cadre.id)).find((r) => r.id === row.id)!);
    await appendAudit(trx, actor, { action: 'cadre.rotate', entityType: 'rotation', entityId: row.id, scopePath: decidedBy.path, after });
    return after;
  });
}

export async function rotations(db: Db, root: string, query: { year?: number; page: number; pageSize: number }) {
  const { rows, total } = await q.listRotations(db, root, query.year, query.pageSize, (query.page - 1) * query.pageSize);
  return { total, page: query.page, pageSize: query.pageSize, items: rows.map(rotationDto) };
}

export async function stats(db: Db, root: string) {
  const facts = await q.rotationFacts(db, root);
  return rotationStats(facts.map((f) => ({ kind: f.kind as RotationKind, effectiveOn: f.effective_on })));
}

/** The latest rotation of each cadre, the most urgent review first, a page at a time. */
export async function watch(db: Db, root: string, paging: { page: number; pageSize: number }, today: string) {
  const rows = (await q.watchList(db, root)).map((r) => ({ ...rotationDto(r), state: watchState(r.next_review_on, today) }));
  const order = { overdue: 0, due_soon: 1, later: 2, no_date: 3 } as const;
  rows.sort((a, b) => order[a.state] - order[b.state] || (a.nextReviewOn ?? '9999').localeCompare(b.nextReviewOn ?? '9999') || a.id - b.id);
  const { page, pageSize } = paging;
  return { total: rows.length, page, pageSize, items: rows.slice((page - 1) * pageSize, page * pageSize) };
}

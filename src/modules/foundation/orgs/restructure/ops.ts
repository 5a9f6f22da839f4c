// Restructuring operations inside a caller's transaction, each with its own audit entry. service.ts wraps
// each in one transaction (a preview rolls back); a reorganization plan runs many of them in one.
import type { Transaction } from 'kysely';
import type { Database, UnitKind } from '../../../../db/schema.js';
import type { Actor } from '../../../../domain/access/scope.js';
import { canContain, checkEffectiveDate, checkMove, holdsMembers, unassignedInSplit } from '../../../../domain/orgs/tree.js';
import { AppError, invalid, notFound, staleVersion } from '../../../../shared/errors.js';
import { appendAudit } from '../../audit/service.js';
import * as read from '../queries.js';
import * as q from './queries.js';

export type Trx = Transaction<Database>;
/** Who runs an operation, in which transaction, on which day. */
export interface Run {
  trx: Trx;
  actor: Actor;
  today: string;
}
/** The unit an operation changes, at the version the caller read (none: whatever stands). */
export interface Target {
  unitId: number;
  version?: number;
}
export interface Common {
  effectiveOn: string;
  decisionNo?: string;
  note?: string;
  preview?: boolean;
}
export interface NewUnit {
  code: string;
  name: string;
}
export interface Outcome {
  restructuringId: number;
  kind: string;
  effectiveOn: string;
  units: { id: number; name: string; change: string }[];
  membersMoved: number;
  sampleMembers: { id: number; fullName: string; toUnitId: number }[];
}

async function lockUnit(trx: Trx, id: number, version?: number) {
  const unit = await read.getUnit(trx, id, true);
  if (!unit || unit.dissolved_on) throw notFound('unit');
  if (version !== undefined && unit.version !== version) throw staleVersion();
  return unit;
}

async function checkDate(trx: Trx, unitIds: number[], effective: string, today: string, names: string) {
  const latest = await q.latestChange(trx, unitIds);
  const refusal = checkEffectiveDate(effective, latest, today);
  if (refusal) throw invalid(refusal, { date: effective, name: names, last: latest });
}

async function audited(
  trx: Trx,
  actor: Actor,
  c: Common,
  { kind, details, scopePath }: { kind: string; details: Record<string, unknown>; scopePath: string },
) {
  const id = await q.insertRestructuring(trx, {
    kind,
    effectiveOn: c.effectiveOn,
    decisionNo: c.decisionNo,
    note: c.note,
    details,
    actorUserId: actor.userId,
  });
  await appendAudit(trx, actor, {
    action: `unit.${kind}`,
    entityType: 'restructuring',
    entityId: id,
    scopePath,
    after: { ...details, effectiveOn: c.effectiveOn, decisionNo: c.decisionNo ?? null },
  });
  return id;
}

async function assertNameFree(trx: Trx, parentId: number, name: string, exceptId = 0) {
  if (await read.nameTakenUnder(trx, parentId, name, exceptId)) throw new AppError('duplicate_unit_name', 409, { name });
}

async function createUnit(trx: Trx, parent: read.UnitRow, u: NewUnit & { kind: UnitKind }, effective: string, rId: number) {
  if (!canContain(parent.kind, u.kind)) throw invalid('kind_not_allowed_under', { kind: u.kind, parentKind: parent.kind });
  await assertNameFree(trx, parent.id, u.name);
  const id = await q.nextUnitId(trx);
  const path = `${parent.path}.${id}`;
  await q.insertUnit(trx, { id, code: u.code, name: u.name, kind: u.kind, parentId: parent.id, path, foundedOn: effective });
  await q.startVersion(trx, id, effective, { name: u.name, kind: u.kind, parentId: parent.id, path }, rId);
  return { id, path };
}

export async function create({ trx, actor, today }: Run, parentId: number, u: NewUnit & { kind: UnitKind }, c: Common) {
  const parent = await lockUnit(trx, parentId);
  if (c.effectiveOn > today) throw invalid('effective_in_future');
  const rId = await audited(trx, actor, c, { kind: 'create', details: { parentId, ...u }, scopePath: parent.path });
  const { id } = await createUnit(trx, parent, u, c.effectiveOn, rId);
  return outcome(rId, 'create', c, [{ id, name: u.name, change: 'created' }], []);
}

export async function rename({ trx, actor, today }: Run, { unitId, version }: Target, name: string, c: Common) {
  const unit = await lockUnit(trx, unitId, version);
  await checkDate(trx, [unitId], c.effectiveOn, today, unit.name);
  if (unit.parent_id) await assertNameFree(trx, unit.parent_id, name, unitId);
  const rId = await audited(trx, actor, c, { kind: 'rename', details: { unitId, from: unit.name, to: name }, scopePath: unit.path });
  await q.renameUnit(trx, unitId, name);
  await q.startVersion(trx, unitId, c.effectiveOn, { name, kind: unit.kind, parentId: unit.parent_id, path: unit.path }, rId);
  return outcome(rId, 'rename', c, [{ id: unitId, name, change: 'renamed' }], []);
}

export async function move({ trx, actor, today }: Run, { unitId, version }: Target, newParentId: number, c: Common) {
  const unit = await lockUnit(trx, unitId, version);
  const parent = await lockUnit(trx, newParentId);
  const refusal = checkMove({ path: unit.path, kind: unit.kind, parentId: unit.parent_id }, parent);
  if (refusal) throw invalid(refusal, { name: unit.name, kind: unit.kind, parentKind: parent.kind });
  await checkDate(trx, [unitId], c.effectiveOn, today, unit.name);
  await assertNameFree(trx, parent.id, unit.name);
  const rId = await audited(trx, actor, c, {
    kind: 'move',
    details: { unitId, fromParentId: unit.parent_id, toParentId: parent.id },
    scopePath: unit.path,
  });
  const moved = await q.moveSubtree(trx, unitId, unit.path, parent);
  for (const m of moved) {
    await q.startVersion(trx, m.id, c.effectiveOn, { name: m.name, kind: m.kind, parentId: m.parent_id, path: m.path }, rId);
  }
  const members = await read.countActiveMembers(trx, moved.find((m) => m.id === unitId)!.path);
  return {
    ...outcome(
      rId,
      'move',
      c,
      moved.map((m) => ({ id: m.id, name: m.name, change: 'moved' })),
      [],
    ),
    membersMoved: members,
  };
}

/** A + B (+ …) → target: a new unit, or one of the sources that absorbs the others. */
export async function merge(
  { trx, actor, today }: Run,
  sources: { id: number; version?: number }[],
  into: { unitId: number } | (NewUnit & { parentId: number }),
  c: Common,
) {
  const ids = [...new Set(sources.map((s) => s.id))];
  if (ids.length < 2) throw invalid('merge_needs_two');
  const units = [];
  for (const s of sources) units.push(await lockUnit(trx, s.id, s.version));
  const kind = units[0]!.kind;
  if (units.some((u) => u.kind !== kind)) throw invalid('merge_kinds_differ');
  await checkDate(trx, ids, c.effectiveOn, today, units.map((u) => u.name).join(', '));
  const rId = await audited(trx, actor, c, { kind: 'merge', details: { sourceIds: ids, into }, scopePath: units[0]!.path });
  let target: { id: number; path: string; name: string };
  if ('unitId' in into) {
    const t = await lockUnit(trx, into.unitId);
    if (t.kind !== kind) throw invalid('merge_kinds_differ');
    target = t;
  } else {
    const parent = await lockUnit(trx, into.parentId);
    const created = await createUnit(trx, parent, { code: into.code, name: into.name, kind }, c.effectiveOn, rId);
    target = { ...created, name: into.name };
  }
  const absorbed = units.filter((u) => u.id !== target.id);
  const { moved, sample } = await absorb(trx, absorbed, target, c.effectiveOn, rId);
  const changes = [
    ...absorbed.map((u) => ({ id: u.id, name: u.name, change: 'merged_away' })),
    { id: target.id, name: target.name, change: 'id' in into ? 'absorbed' : 'created' },
  ];
  return { ...outcome(rId, 'merge', c, changes, sample), membersMoved: moved };
}

async function absorb(trx: Trx, absorbed: read.UnitRow[], target: { id: number; path: string }, effective: string, rId: number) {
  let moved = 0;
  const sample: Outcome['sampleMembers'] = [];
  for (const u of absorbed) {
    for (const child of await read.activeChildren(trx, u.id)) await reparent(trx, child, target, effective, rId);
    const members = await q.activeMemberIds(trx, [u.id]);
    await q.moveMembers(
      trx,
      members.map((m) => m.id),
      {
        toUnitId: target.id,
        effective: effective,
        restructuringId: rId,
        details: { restructuringId: rId, fromUnitId: u.id, toUnitId: target.id },
      },
    );
    moved += members.length;
    sample.push(...members.slice(0, 20).map((m) => ({ id: m.id, fullName: m.full_name, toUnitId: target.id })));
    await q.markDissolved(trx, u.id, effective);
    await q.closeVersion(trx, u.id, effective);
  }
  return { moved, sample };
}

async function reparent(
  trx: Trx,
  child: { id: number; path: string },
  parent: { id: number; path: string },
  effective: string,
  rId: number,
) {
  const moved = await q.moveSubtree(trx, child.id, child.path, parent);
  for (const m of moved)
    await q.startVersion(trx, m.id, effective, { name: m.name, kind: m.kind, parentId: m.parent_id, path: m.path }, rId);
}

/** A → parts: each member and child unit of A goes to the part named by its index; A is dissolved. */
export interface SplitInto {
  parts: NewUnit[];
  /** Each member and child unit of the split unit → the index of its part. */
  assign: { members: Map<number, number>; children: Map<number, number> };
}

export async function split({ trx, actor, today }: Run, { unitId, version }: Target, { parts, assign }: SplitInto, c: Common) {
  if (parts.length < 2) throw invalid('split_needs_two');
  const unit = await lockUnit(trx, unitId, version);
  if (!unit.parent_id) throw invalid('move_root');
  await checkDate(trx, [unitId], c.effectiveOn, today, unit.name);
  const members = await q.activeMemberIds(trx, [unitId]);
  const children = await read.activeChildren(trx, unitId);
  const missing = unassignedInSplit(
    members.map((m) => m.id),
    children.map((ch) => ch.id),
    parts.length,
    assign,
  );
  if (missing > 0) throw invalid('split_unassigned', { count: missing });
  const rId = await audited(trx, actor, c, {
    kind: 'split',
    details: { unitId, parts, members: Object.fromEntries(assign.members), children: Object.fromEntries(assign.children) },
    scopePath: unit.path,
  });
  const parent = await lockUnit(trx, unit.parent_id);
  const created = [];
  for (const p of parts) created.push({ ...(await createUnit(trx, parent, { ...p, kind: unit.kind }, c.effectiveOn, rId)), name: p.name });
  const sample: Outcome['sampleMembers'] = [];
  for (const [i, part] of created.entries()) {
    const ids = members.filter((m) => assign.members.get(m.id) === i);
    await q.moveMembers(
      trx,
      ids.map((m) => m.id),
      {
        toUnitId: part.id,
        effective: c.effectiveOn,
        restructuringId: rId,
        details: { restructuringId: rId, fromUnitId: unitId, toUnitId: part.id },
      },
    );
    sample.push(...ids.slice(0, 10).map((m) => ({ id: m.id, fullName: m.full_name, toUnitId: part.id })));
    for (const ch of children.filter((x) => assign.children.get(x.id) === i)) await reparent(trx, ch, part, c.effectiveOn, rId);
  }
  await q.markDissolved(trx, unitId, c.effectiveOn);
  await q.closeVersion(trx, unitId, c.effectiveOn);
  const changes = [
    { id: unitId, name: unit.name, change: 'split_away' },
    ...created.map((p) => ({ id: p.id, name: p.name, change: 'created' })),
  ];
  return { ...outcome(rId, 'split', c, changes, sample), membersMoved: members.length };
}

export async function dissolve({ trx, actor, today }: Run, { unitId, version }: Target, c: Common) {
  const unit = await lockUnit(trx, unitId, version);
  if (!unit.parent_id) throw invalid('move_root');
  const members = await read.countActiveMembers(trx, unit.path);
  if (members > 0) throw new AppError('dissolve_has_members', 409, { name: unit.name, count: members });
  const children = await read.countActiveChildren(trx, unitId);
  if (children > 0) throw new AppError('dissolve_has_children', 409, { name: unit.name, count: children });
  const latest = await q.latestChange(trx, [unitId]);
  if (c.effectiveOn > today) throw invalid('effective_in_future');
  if (c.effectiveOn <= latest) throw invalid('effective_before_history', { date: c.effectiveOn, name: unit.name, last: latest });
  const rId = await audited(trx, actor, c, { kind: 'dissolve', details: { unitId, name: unit.name }, scopePath: unit.path });
  await q.markDissolved(trx, unitId, c.effectiveOn);
  await q.closeVersion(trx, unitId, c.effectiveOn);
  return outcome(rId, 'dissolve', c, [{ id: unitId, name: unit.name, change: 'dissolved' }], []);
}

/**
 * A unit changes kind, and may move to another parent at the same time (a cell under a grassroots committee
 * lifted to be a grassroots cell directly under the province). The new kind must fit the parent, hold the
 * unit's children, and hold members if the unit has some.
 */
export interface NewKind {
  kind: UnitKind;
  /** A new parent, when the unit moves with its new kind. */
  newParentId?: number;
}

export async function changeKind({ trx, actor, today }: Run, { unitId, version }: Target, { kind, newParentId }: NewKind, c: Common) {
  const unit = await lockUnit(trx, unitId, version);
  if (!unit.parent_id) throw invalid('move_root');
  const moving = newParentId !== undefined && newParentId !== unit.parent_id;
  const parent = await lockUnit(trx, moving ? newParentId : unit.parent_id);
  if (moving) {
    const refusal = checkMove({ path: unit.path, kind, parentId: unit.parent_id }, parent);
    if (refusal) throw invalid(refusal, { name: unit.name, kind, parentKind: parent.kind });
  } else if (kind === unit.kind) throw invalid('kind_unchanged', { name: unit.name });
  if (!canContain(parent.kind, kind)) throw invalid('kind_not_allowed_under', { kind, parentKind: parent.kind });
  for (const child of await read.activeChildren(trx, unitId)) {
    if (!canContain(kind, child.kind)) throw invalid('kind_not_allowed_under', { kind: child.kind, parentKind: kind });
  }
  if (!holdsMembers(kind) && (await q.activeMemberIds(trx, [unitId])).length > 0)
    throw invalid('kind_cannot_hold_members', { name: unit.name, kind });
  await checkDate(trx, [unitId], c.effectiveOn, today, unit.name);
  if (moving) await assertNameFree(trx, parent.id, unit.name);
  const rId = await audited(trx, actor, c, {
    kind: 'change_kind',
    details: { unitId, fromKind: unit.kind, toKind: kind, fromParentId: unit.parent_id, toParentId: parent.id },
    scopePath: unit.path,
  });
  await q.setKind(trx, unitId, kind);
  const moved = moving ? await q.moveSubtree(trx, unitId, unit.path, parent) : [];
  const self = moved.find((m) => m.id === unitId) ?? { id: unitId, name: unit.name, kind, parent_id: unit.parent_id, path: unit.path };
  for (const m of moved.length ? moved : [self]) {
    await q.startVersion(
      trx,
      m.id,
      c.effectiveOn,
      { name: m.name, kind: m.id === unitId ? kind : m.kind, parentId: m.parent_id, path: m.path },
      rId,
    );
  }
  return outcome(rId, 'change_kind', c, [{ id: unitId, name: unit.name, change: 'kind_changed' }], []);
}

function outcome(restructuringId: number, kind: string, c: Common, units: Outcome['units'], sample: Outcome['sampleMembers']): Outcome {
  return { restructuringId, kind, effectiveOn: c.effectiveOn, units, membersMoved: 0, sampleMembers: sample };
}

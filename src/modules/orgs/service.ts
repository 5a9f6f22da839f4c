// Read use cases of the organization tree.
import type { Db } from '../../db/connection.js';
import { notFound } from '../../shared/errors.js';
import * as q from './queries.js';

export async function loadUnit(db: Db, id: number) {
  const unit = await q.getUnit(db, id);
  if (!unit) throw notFound('unit');
  return unit;
}

export async function roots(db: Db, ids: number[]) {
  const units = await q.unitsByIds(db, ids);
  return Promise.all(units.map(async (u) => ({
    id: u.id, code: u.code, name: u.name, kind: u.kind, path: u.path,
    memberCount: await q.countActiveMembers(db, u.path), childCount: await q.countActiveChildren(db, u.id),
  })));
}

export function search(db: Db, roots: string[], text: string, limit: number) {
  if (roots.length === 0) return [];
  return q.searchUnits(db, roots, text, limit);
}

export async function unitPage(db: Db, unit: q.UnitRow) {
  const [breadcrumb, memberCount, childCount] = await Promise.all([
    q.ancestors(db, unit.path), q.countActiveMembers(db, unit.path), q.countActiveChildren(db, unit.id),
  ]);
  return {
    id: unit.id, code: unit.code, name: unit.name, kind: unit.kind, parentId: unit.parent_id, path: unit.path,
    foundedOn: unit.founded_on, dissolvedOn: unit.dissolved_on, version: unit.version,
    breadcrumb, memberCount, childCount,
  };
}

// Unit names sort in Vietnamese alphabetical order (Đ after D), which the database's C collation does not know.
const vietnamese = new Intl.Collator('vi', { numeric: true });
const byName = <T extends { name: string }>(rows: T[]) => rows.sort((a, b) => vietnamese.compare(a.name, b.name));

export async function children(db: Db, unit: q.UnitRow, asOf?: string) {
  return byName(asOf ? await q.childrenAsOf(db, unit.id, asOf) : await q.currentChildren(db, unit));
}

export async function history(db: Db, unitId: number) {
  return q.versions(db, unitId);
}

// Read use cases of the organization tree.
import type { Db } from '../../../db/connection.js';
import { notFound } from '../../../shared/errors.js';
import * as q from './queries.js';

export async function loadUnit(db: Db, id: number) {
  const unit = await q.getUnit(db, id);
  if (!unit) throw notFound('unit');
  return unit;
}

export async function roots(db: Db, ids: number[], asOf?: string) {
  const units = await q.unitsByIds(db, ids);
  return Promise.all(
    units.map(async (u) => {
      const then = asOf ? await q.versionOn(db, u.id, asOf) : undefined;
      const [memberCount, childCount] = !asOf
        ? [await q.countActiveMembers(db, u.path), await q.countActiveChildren(db, u.id)]
        : then
          ? [await q.countMembersAsOf(db, then.path, asOf), await q.countChildrenAsOf(db, u.id, asOf)]
          : [0, 0];
      return { id: u.id, code: u.code, name: then?.name ?? u.name, kind: then?.kind ?? u.kind, path: u.path, memberCount, childCount };
    }),
  );
}

export function search(db: Db, roots: string[], text: string, limit: number) {
  if (roots.length === 0) return [];
  return q.searchUnits(db, roots, text, limit);
}

export async function unitPage(db: Db, unit: q.UnitRow, asOf?: string) {
  if (asOf) return unitPageAsOf(db, unit, asOf);
  const [breadcrumb, memberCount, childCount] = await Promise.all([
    q.ancestors(db, unit.path),
    q.countActiveMembers(db, unit.path),
    q.countActiveChildren(db, unit.id),
  ]);
  return {
    id: unit.id,
    code: unit.code,
    name: unit.name,
    kind: unit.kind,
    parentId: unit.parent_id,
    path: unit.path,
    foundedOn: unit.founded_on,
    dissolvedOn: unit.dissolved_on,
    version: unit.version,
    breadcrumb,
    memberCount,
    childCount,
    asOf: null,
    state: unit.dissolved_on ? ('dissolved' as const) : ('active' as const),
  };
}

/**
 * The unit as it stood on `asOf`, from its version of that day: a unit dissolved since was active then, with
 * the members on its rolls that day. Before its founding or after its dissolution it is shown by its
 * nearest version, with no members or children. `path` stays today's (links and permissions work on it).
 */
async function unitPageAsOf(db: Db, unit: q.UnitRow, asOf: string) {
  const then = await q.versionOn(db, unit.id, asOf);
  const state = then ? ('active' as const) : asOf < unit.founded_on ? ('not_founded' as const) : ('dissolved' as const);
  const v = then ?? (await q.edgeVersion(db, unit.id, state === 'not_founded' ? 'first' : 'last'));
  const [breadcrumb, memberCount, childCount] = await Promise.all([
    q.ancestorsAsOf(db, v?.path ?? unit.path, asOf),
    then ? q.countMembersAsOf(db, then.path, asOf) : 0,
    then ? q.countChildrenAsOf(db, unit.id, asOf) : 0,
  ]);
  return {
    id: unit.id,
    code: unit.code,
    name: v?.name ?? unit.name,
    kind: v?.kind ?? unit.kind,
    parentId: v?.parent_id ?? unit.parent_id,
    path: unit.path,
    foundedOn: unit.founded_on,
    dissolvedOn: unit.dissolved_on && unit.dissolved_on <= asOf ? unit.dissolved_on : null,
    version: unit.version,
    breadcrumb,
    memberCount,
    childCount,
    asOf,
    state,
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

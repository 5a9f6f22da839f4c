// SQL of the organization tree. Subtree queries use the gist index on org_unit.path.
import { sql, type Kysely } from 'kysely';
import type { Database, UnitKind } from '../../../db/schema.js';
import { ACTIVE_STATUSES } from '../../../domain/orgs/tree.js';

type Q = Kysely<Database>;

const unitColumns = ['id', 'code', 'name', 'kind', 'parent_id', 'founded_on', 'dissolved_on', 'version', 'cell_type'] as const;

export function getUnit(db: Q, id: number, forUpdate = false) {
  let q = db
    .selectFrom('org_unit')
    .select([...unitColumns, sql<string>`path::text`.as('path')])
    .where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type UnitRow = NonNullable<Awaited<ReturnType<typeof getUnit>>>;

export function unitsByIds(db: Q, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_unit')
    .select([...unitColumns, sql<string>`path::text`.as('path')])
    .where('id', 'in', ids)
    .orderBy('path')
    .execute();
}

/** Breadcrumb: the unit's ancestors (and itself), root first. */
export function ancestors(db: Q, path: string) {
  return db
    .selectFrom('org_unit')
    .select(['id', 'name', 'kind', 'code'])
    .where(sql<boolean>`path @> ${path}::ltree`)
    .orderBy(sql`nlevel(path)`)
    .execute();
}

/** Current children with their subtree member counts, in one pass over the subtree. */
export async function currentChildren(db: Q, parent: { id: number; path: string }) {
  const [children, counts] = await Promise.all([
    db
      .selectFrom('org_unit as c')
      .select([
        'c.id',
        'c.code',
        'c.name',
        'c.kind',
        'c.version',
        sql<string>`c.path::text`.as('path'),
        sql<number>`(SELECT count(*) FROM org_unit g WHERE g.parent_id = c.id AND g.dissolved_on IS NULL)::int`.as('childCount'),
      ])
      .where('c.parent_id', '=', parent.id)
      .where('c.dissolved_on', 'is', null)
      .orderBy('c.name')
      .execute(),
    subtreeMemberCounts(db, parent.path),
  ]);
  return children.map((c) => ({ ...c, memberCount: counts.get(c.path) ?? 0 }));
}

/**
 * Active members per child subtree of `path` (keyed by the child's path), plus the unit's own total. Read from the
 * per-unit rollup (migration 0020): one row per unit, status and gender in the subtree, not one per member.
 */
export async function subtreeMemberCounts(db: Q, path: string): Promise<Map<string, number>> {
  const depth = path.split('.').length;
  const rows = await sql<{ head: string; n: number }>`
    SELECT subpath(u.path, 0, LEAST(nlevel(u.path), ${depth + 1}))::text AS head, sum(r.n)::int AS n
    FROM unit_member_rollup r JOIN org_unit u ON u.id = r.unit_id
    WHERE u.path <@ ${path}::ltree AND r.status = ANY(${ACTIVE_STATUSES as unknown as string[]}::member_status[])
    GROUP BY 1`.execute(db);
  return new Map(rows.rows.map((r) => [r.head, r.n]));
}

export async function countActiveMembers(db: Q, path: string) {
  const r = await sql<{ n: number }>`
    SELECT coalesce(sum(r.n), 0)::int AS n FROM unit_member_rollup r JOIN org_unit u ON u.id = r.unit_id
    WHERE u.path <@ ${path}::ltree AND r.status = ANY(${ACTIVE_STATUSES as unknown as string[]}::member_status[])`.execute(db);
  return r.rows[0]?.n ?? 0;
}

export function countActiveChildren(db: Q, unitId: number) {
  return db
    .selectFrom('org_unit')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', unitId)
    .where('dissolved_on', 'is', null)
    .executeTakeFirstOrThrow()
    .then((r) => Number(r.n));
}

export function activeChildren(db: Q, unitId: number) {
  return db
    .selectFrom('org_unit')
    .select(['id', 'name', 'kind', sql<string>`path::text`.as('path')])
    .where('parent_id', '=', unitId)
    .where('dissolved_on', 'is', null)
    .orderBy('name')
    .execute();
}

/** The version of the unit valid on `asOf`: its name, kind, parent and path as they stood that day. */
export function versionOn(db: Q, unitId: number, asOf: string) {
  return db
    .selectFrom('org_unit_version')
    .select(['unit_id', 'name', 'kind', 'parent_id', sql<string>`path::text`.as('path')])
    .where('unit_id', '=', unitId)
    .where('valid_from', '<=', asOf)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', asOf)]))
    .executeTakeFirst();
}

/** The unit's first or last version, for a date before it was founded or after it was dissolved. */
export function edgeVersion(db: Q, unitId: number, which: 'first' | 'last') {
  return db
    .selectFrom('org_unit_version')
    .select(['unit_id', 'name', 'kind', 'parent_id', sql<string>`path::text`.as('path')])
    .where('unit_id', '=', unitId)
    .orderBy('valid_from', which === 'first' ? 'asc' : 'desc')
    .limit(1)
    .executeTakeFirst();
}

/** Breadcrumb on `asOf`: the units on the path of that day, each named as it was then (today's name if it had no version). */
export async function ancestorsAsOf(db: Q, path: string, asOf: string) {
  const ids = path.split('.').map(Number);
  const r = await sql<{ id: number; name: string; kind: UnitKind; code: string }>`
    SELECT u.id, coalesce(v.name, u.name) AS name, coalesce(v.kind, u.kind) AS kind, u.code
    FROM org_unit u LEFT JOIN org_unit_version v ON v.unit_id = u.id
      AND v.valid_from <= ${asOf}::date AND (v.valid_to IS NULL OR v.valid_to > ${asOf}::date)
    WHERE u.id = ANY(${ids}::bigint[])`.execute(db);
  return ids.map((id) => r.rows.find((u) => u.id === id)).filter((u) => u !== undefined);
}

/**
 * Members on the rolls on `asOf`, per child subtree of `path` (the tree of that day), keyed by the child's path.
 * A member counts where their cell period of that day lies. An open period of someone who has left (data loaded
 * without closing it) does not count: nothing says when they left, and today they are not on the rolls.
 */
export async function subtreeMemberCountsAsOf(db: Q, path: string, asOf: string): Promise<Map<string, number>> {
  const depth = path.split('.').length;
  const rows = await sql<{ head: string; n: number }>`
    SELECT subpath(v.path, 0, LEAST(nlevel(v.path), ${depth + 1}))::text AS head, count(*)::int AS n
    FROM member_cell_period p
    JOIN org_unit_version v ON v.unit_id = p.unit_id
      AND v.valid_from <= ${asOf}::date AND (v.valid_to IS NULL OR v.valid_to > ${asOf}::date)
    JOIN member m ON m.id = p.member_id
    WHERE v.path <@ ${path}::ltree AND p.valid_from <= ${asOf}::date AND (p.valid_to IS NULL OR p.valid_to > ${asOf}::date)
      AND (p.valid_to IS NOT NULL OR m.status = ANY(${ACTIVE_STATUSES as unknown as string[]}::member_status[]))
    GROUP BY 1`.execute(db);
  return new Map(rows.rows.map((r) => [r.head, r.n]));
}

export async function countMembersAsOf(db: Q, path: string, asOf: string) {
  let n = 0;
  for (const v of (await subtreeMemberCountsAsOf(db, path, asOf)).values()) n += v;
  return n;
}

/** Children as the tree stood on `asOf` (under the parent's path of that day), with their counts of that day. */
export async function childrenAsOf(db: Q, parentId: number, asOf: string) {
  const parent = await versionOn(db, parentId, asOf);
  if (!parent) return [];
  const [children, counts] = await Promise.all([
    sql<{ id: number; code: string; name: string; kind: UnitKind; path: string; childCount: number }>`
    SELECT v.unit_id AS id, u.code, v.name, v.kind, v.path::text AS path,
      (SELECT count(*)::int FROM org_unit_version g WHERE g.parent_id = v.unit_id
         AND g.valid_from <= ${asOf}::date AND (g.valid_to IS NULL OR g.valid_to > ${asOf}::date)) AS "childCount"
    FROM org_unit_version v JOIN org_unit u ON u.id = v.unit_id
    WHERE v.parent_id = ${parentId} AND v.valid_from <= ${asOf}::date AND (v.valid_to IS NULL OR v.valid_to > ${asOf}::date)
    ORDER BY v.name`.execute(db),
    subtreeMemberCountsAsOf(db, parent.path, asOf),
  ]);
  return children.rows.map((c) => ({ ...c, memberCount: counts.get(c.path) ?? 0 }));
}

export async function countChildrenAsOf(db: Q, unitId: number, asOf: string) {
  const r = await sql<{ n: number }>`SELECT count(*)::int AS n FROM org_unit_version
    WHERE parent_id = ${unitId} AND valid_from <= ${asOf}::date AND (valid_to IS NULL OR valid_to > ${asOf}::date)`.execute(db);
  return r.rows[0]?.n ?? 0;
}

export function versions(db: Q, unitId: number) {
  return db
    .selectFrom('org_unit_version as v')
    .leftJoin('restructuring as r', 'r.id', 'v.restructuring_id')
    .leftJoin('org_unit as p', 'p.id', 'v.parent_id')
    .select([
      'v.id',
      'v.name',
      'v.kind',
      'v.parent_id',
      'p.name as parent_name',
      sql<string>`v.path::text`.as('path'),
      'v.valid_from',
      'v.valid_to',
      'r.kind as change',
      'r.decision_no',
      'r.note',
    ])
    .where('v.unit_id', '=', unitId)
    .orderBy('v.valid_from')
    .execute();
}

export function searchUnits(db: Q, roots: string[], text: string, limit: number) {
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .selectFrom('org_unit')
    .select(['id', 'code', 'name', 'kind', sql<string>`path::text`.as('path')])
    .where((eb) => eb.or(roots.map((r) => sql<boolean>`path <@ ${r}::ltree`)))
    .where('dissolved_on', 'is', null)
    .where((eb) => eb.or([eb('name', 'ilike', like), eb('code', 'ilike', like)]))
    .orderBy(sql`nlevel(path)`)
    .orderBy('name')
    .limit(limit)
    .execute();
}

export function nameTakenUnder(db: Q, parentId: number, name: string, exceptId = 0) {
  return db
    .selectFrom('org_unit')
    .select('id')
    .where('parent_id', '=', parentId)
    .where('dissolved_on', 'is', null)
    .where(sql<boolean>`lower(name) = lower(${name})`)
    .where('id', '!=', exceptId)
    .executeTakeFirst();
}

/** Sets a cell's kind at the version the user saw; the new version, or null when it has changed since. */
export async function setCellType(trx: Q, unitId: number, version: number, cellType: string | null): Promise<number | null> {
  const r = await trx
    .updateTable('org_unit')
    .set((eb) => ({ cell_type: cellType, version: eb('version', '+', 1), updated_at: sql<Date>`now()` }))
    .where('id', '=', unitId)
    .where('version', '=', version)
    .returning('version')
    .executeTakeFirst();
  return r?.version ?? null;
}

/**
 * The merges and splits a unit took part in, from the restructuring records: as a source (merged away, split up),
 * as the unit a merge went into, or as a unit a merge or split created (its first version points at it).
 */
export async function lineageRecords(db: Q, unitId: number) {
  const r = await sql<{
    id: number;
    kind: 'merge' | 'split';
    effective_on: string;
    decision_no: string | null;
    details: Record<string, unknown>;
    units: number[];
  }>`
    SELECT r.id::int AS id, r.kind, r.effective_on::text AS effective_on, r.decision_no, r.details,
      -- The units the restructuring founded (their first version is its), not the child units it re-parented.
      coalesce((SELECT array_agg(DISTINCT v.unit_id::int) FROM org_unit_version v WHERE v.restructuring_id = r.id
        AND NOT EXISTS (SELECT 1 FROM org_unit_version e WHERE e.unit_id = v.unit_id AND e.valid_from < v.valid_from)), '{}') AS units
    FROM restructuring r
    WHERE r.kind IN ('merge', 'split') AND (
      r.details->'sourceIds' @> to_jsonb(${unitId}::bigint) OR (r.details->'into'->>'unitId')::bigint = ${unitId}
      OR (r.details->>'unitId')::bigint = ${unitId}
      OR r.id = (SELECT v.restructuring_id FROM org_unit_version v WHERE v.unit_id = ${unitId} ORDER BY v.valid_from LIMIT 1))
    ORDER BY r.effective_on, r.id LIMIT 50`.execute(db);
  return r.rows;
}

export function unitNames(db: Q, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('org_unit')
    .select(['id', 'name', sql<string>`path::text`.as('path')])
    .where('id', 'in', ids)
    .execute();
}

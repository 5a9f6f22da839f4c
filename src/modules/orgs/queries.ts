// SQL of the organization tree. Subtree queries use the gist index on org_unit.path.
import { sql, type Kysely } from 'kysely';
import type { Database, UnitKind } from '../../db/schema.js';
import { ACTIVE_STATUSES } from '../../domain/orgs/tree.js';

type Q = Kysely<Database>;

const unitColumns = ['id', 'code', 'name', 'kind', 'parent_id', 'founded_on', 'dissolved_on', 'version'] as const;

export function getUnit(db: Q, id: number, forUpdate = false) {
  let q = db.selectFrom('org_unit').select([...unitColumns, sql<string>`path::text`.as('path')]).where('id', '=', id);
  if (forUpdate) q = q.forUpdate();
  return q.executeTakeFirst();
}
export type UnitRow = NonNullable<Awaited<ReturnType<typeof getUnit>>>;

export function unitsByIds(db: Q, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('org_unit').select([...unitColumns, sql<string>`path::text`.as('path')])
    .where('id', 'in', ids).orderBy('path').execute();
}

/** Breadcrumb: the unit's ancestors (and itself), root first. */
export function ancestors(db: Q, path: string) {
  return db.selectFrom('org_unit').select(['id', 'name', 'kind', 'code'])
    .where(sql<boolean>`path @> ${path}::ltree`).orderBy(sql`nlevel(path)`).execute();
}

/** Current children with their subtree member counts, in one pass over the subtree. */
export async function currentChildren(db: Q, parent: { id: number; path: string }) {
  const [children, counts] = await Promise.all([db.selectFrom('org_unit as c')
    .select(['c.id', 'c.code', 'c.name', 'c.kind', 'c.version', sql<string>`c.path::text`.as('path'),
      sql<number>`(SELECT count(*) FROM org_unit g WHERE g.parent_id = c.id AND g.dissolved_on IS NULL)::int`.as('childCount')])
    .where('c.parent_id', '=', parent.id).where('c.dissolved_on', 'is', null)
    .orderBy('c.name').execute(), subtreeMemberCounts(db, parent.path)]);
  return children.map((c) => ({ ...c, memberCount: counts.get(c.path) ?? 0 }));
}

/** Active members per child subtree of `path` (keyed by the child's path), plus the unit's own total. */
export async function subtreeMemberCounts(db: Q, path: string): Promise<Map<string, number>> {
  const depth = path.split('.').length;
  const rows = await sql<{ head: string; n: number }>`
    SELECT subpath(u.path, 0, LEAST(nlevel(u.path), ${depth + 1}))::text AS head, count(*)::int AS n
    FROM member m JOIN org_unit u ON u.id = m.unit_id
    WHERE u.path <@ ${path}::ltree AND m.status = ANY(${ACTIVE_STATUSES as unknown as string[]}::member_status[])
    GROUP BY 1`.execute(db);
  return new Map(rows.rows.map((r) => [r.head, r.n]));
}

export async function countActiveMembers(db: Q, path: string) {
  const r = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM member m JOIN org_unit u ON u.id = m.unit_id
    WHERE u.path <@ ${path}::ltree AND m.status = ANY(${ACTIVE_STATUSES as unknown as string[]}::member_status[])`.execute(db);
  return r.rows[0]?.n ?? 0;
}

export function countActiveChildren(db: Q, unitId: number) {
  return db.selectFrom('org_unit').select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', unitId).where('dissolved_on', 'is', null)
    .executeTakeFirstOrThrow().then((r) => Number(r.n));
}

export function activeChildren(db: Q, unitId: number) {
  return db.selectFrom('org_unit').select(['id', 'name', 'kind', sql<string>`path::text`.as('path')])
    .where('parent_id', '=', unitId).where('dissolved_on', 'is', null).orderBy('name').execute();
}

/** Children as the tree stood on `asOf`, from the version history. */
export async function childrenAsOf(db: Q, parentId: number, asOf: string) {
  const rows = await sql<{ id: number; code: string; name: string; kind: UnitKind; path: string; memberCount: number; childCount: number }>`
    SELECT v.unit_id AS id, u.code, v.name, v.kind, v.path::text AS path,
      (SELECT count(*)::int FROM member_cell_period p JOIN org_unit_version pv ON pv.unit_id = p.unit_id
         AND pv.valid_from <= ${asOf}::date AND (pv.valid_to IS NULL OR pv.valid_to > ${asOf}::date)
       WHERE pv.path <@ v.path AND p.valid_from <= ${asOf}::date AND (p.valid_to IS NULL OR p.valid_to > ${asOf}::date)) AS "memberCount",
      (SELECT count(*)::int FROM org_unit_version g WHERE g.parent_id = v.unit_id
         AND g.valid_from <= ${asOf}::date AND (g.valid_to IS NULL OR g.valid_to > ${asOf}::date)) AS "childCount"
    FROM org_unit_version v JOIN org_unit u ON u.id = v.unit_id
    WHERE v.parent_id = ${parentId} AND v.valid_from <= ${asOf}::date AND (v.valid_to IS NULL OR v.valid_to > ${asOf}::date)
    ORDER BY v.name`.execute(db);
  return rows.rows;
}

export function versions(db: Q, unitId: number) {
  return db.selectFrom('org_unit_version as v')
    .leftJoin('restructuring as r', 'r.id', 'v.restructuring_id')
    .leftJoin('org_unit as p', 'p.id', 'v.parent_id')
    .select(['v.id', 'v.name', 'v.kind', 'v.parent_id', 'p.name as parent_name', sql<string>`v.path::text`.as('path'),
      'v.valid_from', 'v.valid_to', 'r.kind as change', 'r.decision_no', 'r.note'])
    .where('v.unit_id', '=', unitId).orderBy('v.valid_from').execute();
}

export function currentVersion(db: Q, unitId: number) {
  return db.selectFrom('org_unit_version').selectAll().where('unit_id', '=', unitId).where('valid_to', 'is', null)
    .executeTakeFirst();
}

export function searchUnits(db: Q, roots: string[], text: string, limit: number) {
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db.selectFrom('org_unit').select(['id', 'code', 'name', 'kind', sql<string>`path::text`.as('path')])
    .where((eb) => eb.or(roots.map((r) => sql<boolean>`path <@ ${r}::ltree`)))
    .where('dissolved_on', 'is', null)
    .where((eb) => eb.or([eb('name', 'ilike', like), eb('code', 'ilike', like)]))
    .orderBy(sql`nlevel(path)`).orderBy('name').limit(limit).execute();
}

export function nameTakenUnder(db: Q, parentId: number, name: string, exceptId = 0) {
  return db.selectFrom('org_unit').select('id').where('parent_id', '=', parentId).where('dissolved_on', 'is', null)
    .where(sql<boolean>`lower(name) = lower(${name})`).where('id', '!=', exceptId).executeTakeFirst();
}

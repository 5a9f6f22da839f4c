// SQL of the province dashboard: admissions per year, the level distribution of the latest cycle,
// and the children of a unit for drill-down. Assessment tables are read only when they exist.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { assessmentTablesExist } from '../reports/queries.js';
import { ACTIVE_STATUSES } from '../../../domain/members/record.js';
import { literalList } from '../../../db/sql-lists.js';

type Q = Kysely<Database>;
const ACTIVE = literalList(ACTIVE_STATUSES);

export async function children(db: Q, unitId: number) {
  const r = await sql<{ id: number; name: string; kind: string; members: number }>`
    SELECT c.id, c.name, c.kind::text AS kind,
      (SELECT count(*)::int FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE u.path <@ c.path AND m.status IN ${ACTIVE}) AS members
    FROM org_unit c WHERE c.parent_id = ${unitId} AND c.dissolved_on IS NULL`.execute(db);
  return r.rows.sort((a, b) => new Intl.Collator('vi').compare(a.name, b.name));
}

/** Per year: members admitted that year, and the active members admitted before it (the base of the target). */
export async function admissions(db: Q, path: string, fromYear: number, toYear: number) {
  const r = await sql<{ year: number; admitted: number; base: number }>`
    SELECT y AS year,
      count(m.id) FILTER (WHERE m.admitted_on >= make_date(y, 1, 1) AND m.admitted_on < make_date(y + 1, 1, 1))::int AS admitted,
      count(m.id) FILTER (WHERE m.admitted_on < make_date(y, 1, 1) AND m.status IN ${ACTIVE})::int AS base
    FROM generate_series(${fromYear}::int, ${toYear}::int) AS y
    LEFT JOIN (SELECT m.id, m.admitted_on, m.status FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE u.path <@ ${path}::ltree) m ON true
    GROUP BY y ORDER BY y`.execute(db);
  return r.rows;
}

/**
 * The cycle that judges the unit as a whole: the latest annual cycle opened on the unit itself or on a unit
 * above it. A smaller cycle opened on a part of the unit (a quarterly review of one cell) would otherwise
 * stand for the whole unit. The scope is matched by the path the cycle was opened with and by its root unit
 * among the unit's current ancestors, so a cycle still counts after its root was moved.
 */
export async function latestLevels(db: Q, path: string) {
  if (!(await assessmentTablesExist(db))) return null;
  const ancestorIds = path.split('.').map(Number);
  const cycle = await sql<{ id: number; title: string; kind: string; period_from: string; period_to: string }>`
    SELECT id, title, kind, period_from, period_to FROM review_cycle
    WHERE kind = 'annual' AND (root_path @> ${path}::ltree OR root_unit_id = ANY(${ancestorIds}::bigint[]))
    ORDER BY period_to DESC, id DESC LIMIT 1`.execute(db);
  const c = cycle.rows[0];
  if (!c) return null;
  const rows = await sql<{ kind: string; level: string | null; n: number }>`
    SELECT CASE WHEN subject_kind = 'member' THEN 'member' WHEN subject_kind IN ('party_cell', 'grassroots_org') THEN 'organization' ELSE 'other' END AS kind,
      level::text AS level, count(*)::int AS n
    FROM assessment_subject WHERE cycle_id = ${c.id} AND unit_path <@ ${path}::ltree AND not_rated_reason IS NULL
    GROUP BY 1, 2`.execute(db);
  return { cycle: c, rows: rows.rows };
}

/** The units on the path from the root of the tree down to the unit (their names make the breadcrumb). */
export function unitsOnPath(db: Q, path: string) {
  return db.selectFrom('org_unit').select(['id', 'name']).where('id', 'in', path.split('.').map(Number)).execute();
}

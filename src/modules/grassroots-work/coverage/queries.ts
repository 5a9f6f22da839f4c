// SQL of the coverage reports: who is in charge of what across a subtree, on a given day.
// Each query filters the subtree through org_unit.path (gist) and counts in the database.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { SERVING_STATUSES } from '../../../domain/members/record.js';
import { literalList } from '../../../db/sql-lists.js';

type Q = Kysely<Database>;

const ACTIVE = literalList(SERVING_STATUSES);
const currentA = (today: string) => sql`a.valid_from <= ${today} AND (a.valid_to IS NULL OR a.valid_to > ${today})`;

/** Active units strictly below the root with nobody in charge today: the first `top`, and how many by kind. */
export async function unitsWithoutCharge(db: Q, root: string, today: string, top: number) {
  const base = sql`FROM org_unit u WHERE u.path <@ ${root}::ltree AND u.path <> ${root}::ltree AND u.dissolved_on IS NULL
    AND NOT EXISTS (SELECT 1 FROM unit_assignment a WHERE a.unit_id = u.id AND ${currentA(today)})`;
  const [list, byKind] = await Promise.all([
    sql<{
      id: number;
      name: string;
      kind: string;
      path: string;
    }>`SELECT u.id, u.name, u.kind, u.path::text AS path ${base} ORDER BY u.path LIMIT ${top}`.execute(db),
    sql<{ kind: string; n: number }>`SELECT u.kind, count(*)::int AS n ${base} GROUP BY u.kind`.execute(db),
  ]);
  return { list: list.rows, byKind: byKind.rows };
}

/** Households per active member of the subtree today: totals, a histogram, the busiest, and those over the limit. */
export async function householdsPerMember(db: Q, root: string, today: string, limit: number, top: number) {
  const r = await sql<{
    members: number;
    without: number;
    over: number;
    assigned: number;
    buckets: Record<string, number> | null;
    busiest: { id: number; name: string; unit: string; n: number }[] | null;
    over_list: { id: number; name: string; unit: string; n: number }[] | null;
  }>`WITH per AS (
      SELECT m.id, m.full_name AS name, u.name AS unit, count(a.id)::int AS n
      FROM member m JOIN org_unit u ON u.id = m.unit_id
      LEFT JOIN household_assignment a ON a.member_id = m.id AND ${currentA(today)}
      WHERE u.path <@ ${root}::ltree AND m.status IN ${ACTIVE}
      GROUP BY m.id, m.full_name, u.name)
    SELECT (SELECT count(*)::int FROM per) AS members,
      (SELECT count(*)::int FROM per WHERE n = 0) AS without,
      (SELECT count(*)::int FROM per WHERE n > ${limit}) AS over,
      (SELECT coalesce(sum(n), 0)::int FROM per) AS assigned,
      (SELECT json_object_agg(b, c) FROM (SELECT CASE WHEN n = 0 THEN '0' WHEN n <= 3 THEN '1-3' WHEN n <= 10 THEN '4-10'
         WHEN n <= ${limit} THEN 'to_limit' ELSE 'over_limit' END AS b, count(*)::int AS c FROM per GROUP BY 1) h) AS buckets,
      (SELECT json_agg(x) FROM (SELECT id, name, unit, n FROM per ORDER BY n DESC, id LIMIT ${top}) x) AS busiest,
      (SELECT json_agg(x) FROM (SELECT id, name, unit, n FROM per WHERE n > ${limit} ORDER BY n DESC, id LIMIT ${top}) x) AS over_list`.execute(
    db,
  );
  return r.rows[0]!;
}

/** Residential groups of the subtree with the Resolution 21 flags (a member in charge there, a cell organized
 * there), computed once per group and then counted and listed. */
export async function groupCoverage(db: Q, root: string, today: string, top: number) {
  const r = await sql<{
    groups: number;
    with_cell: number;
    with_member: number;
    no_member: { id: number; name: string; unit: string }[] | null;
    no_cell: { id: number; name: string; unit: string }[] | null;
  }>`
    WITH f AS (
      SELECT g.id, g.name, u.name AS unit, u.path, c.id IS NOT NULL AS has_cell,
        EXISTS (SELECT 1 FROM household h JOIN household_assignment a ON a.household_id = h.id
          WHERE h.residential_group_id = g.id AND ${currentA(today)}) AS has_member
      FROM residential_group g JOIN org_unit u ON u.id = g.unit_id
      LEFT JOIN org_unit c ON c.id = g.cell_id AND c.dissolved_on IS NULL
      WHERE u.path <@ ${root}::ltree)
    SELECT count(*)::int AS groups, count(*) FILTER (WHERE has_cell)::int AS with_cell,
      count(*) FILTER (WHERE has_member)::int AS with_member,
      (SELECT json_agg(x) FROM (SELECT id, name, unit FROM f WHERE NOT has_member ORDER BY path, id LIMIT ${top}) x) AS no_member,
      (SELECT json_agg(x) FROM (SELECT id, name, unit FROM f WHERE NOT has_cell ORDER BY path, id LIMIT ${top}) x) AS no_cell
    FROM f`.execute(db);
  const row = r.rows[0]!;
  return {
    groups: row.groups,
    with_cell: row.with_cell,
    with_member: row.with_member,
    noMember: row.no_member ?? [],
    noCell: row.no_cell ?? [],
  };
}

/** Households of the subtree, and how many have nobody in charge today (an anti-join, not a probe per household). */
export async function householdCounts(db: Q, root: string, today: string) {
  const inTree = sql`FROM household h JOIN residential_group g ON g.id = h.residential_group_id JOIN org_unit u ON u.id = g.unit_id
    WHERE u.path <@ ${root}::ltree`;
  const r = await sql<{ households: number; unassigned: number }>`SELECT
      (SELECT count(*)::int ${inTree}) AS households,
      (SELECT count(*)::int ${inTree} AND NOT EXISTS (SELECT 1 FROM household_assignment a WHERE a.household_id = h.id AND ${currentA(today)})) AS unassigned`.execute(
    db,
  );
  return r.rows[0]!;
}

/** The root of the tree (its path), undefined in an empty tree. */
export function rootUnit(db: Q) {
  return db.selectFrom('org_unit').select(sql<string>`path::text`.as('path')).where('parent_id', 'is', null).executeTakeFirst();
}

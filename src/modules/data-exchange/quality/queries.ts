// SQL of the data-quality dashboard: one pass over the active members of a subtree, grouped by the
// units directly below the chosen one (drill-down), with probable duplicates found in the whole subtree.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { ACTIVE_STATUSES } from '../../../domain/members/record.js';
import { literalList } from '../../../db/sql-lists.js';

type Q = Kysely<Database>;

export interface QualityRow {
  unit_id: number;
  name: string;
  members: number;
  card: number;
  phone: number;
  theory: number;
  occupation: number;
  official: number;
  official_filled: number;
  hometown: number;
  residence: number;
  citizen: number;
  duplicates: number;
  stale: number;
  without_cell: number;
}

export async function qualityByChild(db: Q, root: { id: number; path: string }, staleBefore: string): Promise<QualityRow[]> {
  const r = await sql<QualityRow>`
    WITH m AS (
      SELECT m.*, u.kind, u.dissolved_on,
        CASE WHEN nlevel(u.path) > nlevel(${root.path}::ltree) THEN subpath(u.path, 0, nlevel(${root.path}::ltree) + 1) ELSE u.path END AS gpath
      FROM member m JOIN org_unit u ON u.id = m.unit_id
      WHERE u.path <@ ${root.path}::ltree AND m.status IN ${literalList(ACTIVE_STATUSES)}
    ), dup AS (
      SELECT search_name, birth_date FROM m GROUP BY 1, 2 HAVING count(*) > 1
    )
    SELECT g.id AS unit_id, g.name,
      count(m.id)::int AS members,
      count(m.party_card_no)::int AS card,
      count(m.id) FILTER (WHERE m.phone <> '')::int AS phone,
      count(m.id) FILTER (WHERE m.theory_level <> '')::int AS theory,
      count(m.id) FILTER (WHERE m.occupation <> '')::int AS occupation,
      count(m.id) FILTER (WHERE m.status = 'official')::int AS official,
      count(m.id) FILTER (WHERE m.status = 'official' AND m.official_on IS NOT NULL)::int AS official_filled,
      count(m.id) FILTER (WHERE length(m.hometown) >= 5)::int AS hometown,
      count(m.id) FILTER (WHERE length(m.residence) >= 5)::int AS residence,
      count(m.id) FILTER (WHERE substr(m.citizen_id, 1, 3)::int BETWEEN 1 AND 96)::int AS citizen,
      count(m.id) FILTER (WHERE (m.search_name, m.birth_date) IN (SELECT search_name, birth_date FROM dup))::int AS duplicates,
      count(m.id) FILTER (WHERE m.updated_at < ${staleBefore}::date)::int AS stale,
      count(m.id) FILTER (WHERE m.kind NOT IN ('cell', 'grassroots_cell') OR m.dissolved_on IS NOT NULL
        OR NOT EXISTS (SELECT 1 FROM member_cell_period p WHERE p.member_id = m.id AND p.valid_to IS NULL AND p.unit_id = m.unit_id))::int AS without_cell
    FROM org_unit g LEFT JOIN m ON m.gpath = g.path
    WHERE (g.parent_id = ${root.id} OR (g.id = ${root.id} AND NOT EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_id = ${root.id})))
      AND g.dissolved_on IS NULL
    GROUP BY g.id, g.name`.execute(db);
  return r.rows;
}

/** Members of a subtree missing a field, for the list behind a completeness figure: one page, and how many in all. */
export async function membersMissing(
  db: Q,
  path: string,
  column: 'party_card_no' | 'phone' | 'theory_level' | 'occupation',
  limit: number,
  offset: number,
) {
  let q = db
    .selectFrom('member as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .where(sql<boolean>`u.path <@ ${path}::ltree`)
    .where('m.status', 'in', ACTIVE_STATUSES);
  q = column === 'party_card_no' ? q.where('m.party_card_no', 'is', null) : q.where(`m.${column}`, '=', '');
  const [rows, count] = await Promise.all([
    q
      .select(['m.id', 'm.full_name', 'm.birth_date', 'u.name as unit_name'])
      .orderBy('m.sort_key')
      .orderBy('m.id')
      .limit(limit)
      .offset(offset)
      .execute(),
    q.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: count.n };
}

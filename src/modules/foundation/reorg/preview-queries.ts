// SQL of a plan's preview, read inside the dry run: the part of the tree it touches with counts, the
// members whose cell changes, and the things in flight on the units that move or disappear.
import { sql, type Transaction } from 'kysely';
import type { Database, UnitKind } from '../../../db/schema.js';
import { ACTIVE_STATUSES } from '../../../domain/orgs/tree.js';

type Trx = Transaction<Database>;
export const PAGE_SIZE = 50;

export interface TreeNode {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  members: number;
  /** Seats held today on the unit's own committee (its open term). */
  seats: number;
  cells: number;
}

/**
 * The units `ids`, their active children and their ancestors, with the active members and cells of each
 * one's subtree: enough tree to read a change in, without the whole province.
 */
export async function treeAround(trx: Trx, ids: number[]): Promise<TreeNode[]> {
  if (ids.length === 0) return [];
  // Counts in one pass: each cell's active members (and each cell itself) are added to every unit on its path
  // (paths are the ids from the root down), rather than a subtree count per node.
  const r = await sql<TreeNode>`
    WITH focus AS (SELECT id, path FROM org_unit WHERE id = ANY(${ids}::bigint[]) AND dissolved_on IS NULL),
    nodes AS (
      SELECT u.* FROM org_unit u WHERE u.dissolved_on IS NULL AND (
        u.id IN (SELECT id FROM focus)
        OR u.parent_id IN (SELECT id FROM focus)
        OR EXISTS (SELECT 1 FROM focus f WHERE f.path <@ u.path))),
    per_unit AS (SELECT unit_id, count(*)::int AS n FROM member
      WHERE status = ANY(${[...ACTIVE_STATUSES]}::member_status[]) GROUP BY unit_id),
    members_up AS (
      SELECT a.anc, sum(pu.n)::int AS n FROM per_unit pu JOIN org_unit c ON c.id = pu.unit_id
        CROSS JOIN LATERAL unnest(string_to_array(c.path::text, '.')) AS a(anc) GROUP BY a.anc),
    cells_up AS (
      SELECT a.anc, count(*)::int AS n FROM org_unit c CROSS JOIN LATERAL unnest(string_to_array(c.path::text, '.')) AS a(anc)
      WHERE c.dissolved_on IS NULL AND c.kind IN ('cell', 'grassroots_cell') GROUP BY a.anc),
    seats AS (
      SELECT t.unit_id, count(*)::int AS n FROM committee_seat s JOIN committee_term t ON t.id = s.term_id
      WHERE t.unit_id IN (SELECT id FROM nodes) AND t.ends_on IS NULL AND s.to_date IS NULL GROUP BY t.unit_id)
    SELECT n.id::int AS id, n.code, n.name, n.kind, n.parent_id::int AS "parentId",
      coalesce(mu.n, 0) AS members, coalesce(cu.n, 0) AS cells, coalesce(se.n, 0) AS seats
    FROM nodes n LEFT JOIN members_up mu ON mu.anc = n.id::text LEFT JOIN cells_up cu ON cu.anc = n.id::text
      LEFT JOIN seats se ON se.unit_id = n.id
    ORDER BY nlevel(n.path), n.name`.execute(trx);
  return r.rows;
}

/** Members given a new cell by the restructurings `rIds`, a page at a time. */
export async function membersMoved(trx: Trx, rIds: number[], page: number) {
  if (rIds.length === 0) return { total: 0, items: [] };
  const total = await sql<{ n: number }>`SELECT count(DISTINCT member_id)::int AS n FROM member_cell_period
    WHERE restructuring_id = ANY(${rIds}::bigint[]) AND valid_to IS NULL`.execute(trx);
  const items = await sql<{ memberId: number; fullName: string; fromUnit: string | null; toUnit: string }>`
    SELECT m.id::int AS "memberId", m.full_name AS "fullName", fu.name AS "fromUnit", tu.name AS "toUnit"
    FROM member_cell_period p JOIN member m ON m.id = p.member_id JOIN org_unit tu ON tu.id = p.unit_id
    LEFT JOIN LATERAL (SELECT unit_id FROM member_cell_period q WHERE q.member_id = p.member_id AND q.id <> p.id
      ORDER BY q.valid_from DESC LIMIT 1) prev ON true
    LEFT JOIN org_unit fu ON fu.id = prev.unit_id
    WHERE p.restructuring_id = ANY(${rIds}::bigint[]) AND p.valid_to IS NULL
    ORDER BY m.sort_key, m.id LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`.execute(trx);
  return { total: total.rows[0]!.n, items: items.rows };
}

type Item = { id: number; label: string; unit: string };

async function paged(trx: Trx, from: ReturnType<typeof sql>, page: number) {
  const total = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (${from}) x`.execute(trx);
  const items = await sql<Item>`SELECT * FROM (${from}) x ORDER BY id LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`.execute(trx);
  return { total: total.rows[0]!.n, items: items.rows };
}

/**
 * What is under way on the units a plan moves or dissolves, as of its effective date: open review cycles,
 * transfers not yet received, running campaigns, and the assignments and role grants of units that disappear.
 */
export async function inFlight(trx: Trx, moved: number[], gone: number[], effective: string, page: number) {
  const touched = sql`${[...moved, ...gone]}::bigint[]`;
  const g = sql`${gone}::bigint[]`;
  return {
    reviewCycles: await paged(
      trx,
      sql`SELECT DISTINCT c.id::int AS id, c.title AS label, u.name AS unit FROM review_cycle c
      JOIN assessment_subject s ON s.cycle_id = c.id JOIN org_unit u ON u.id = s.unit_id
      WHERE s.unit_id = ANY(${touched}) AND c.period_to >= ${effective}::date - 366`,
      page,
    ),
    transfers: await paged(
      trx,
      sql`SELECT t.id::int AS id, m.full_name AS label, u.name AS unit FROM party_transfer t
      JOIN member m ON m.id = t.member_id JOIN org_unit u ON u.id IN (t.from_unit_id, t.to_unit_id)
      WHERE t.state IN ('recorded', 'issued', 'in_transit') AND u.id = ANY(${touched})`,
      page,
    ),
    campaigns: await paged(
      trx,
      sql`SELECT c.id::int AS id, c.name AS label, u.name AS unit FROM campaign c JOIN org_unit u ON u.id = c.unit_id
      WHERE c.unit_id = ANY(${touched}) AND c.deadline >= ${effective}::date`,
      page,
    ),
    householdAssignments: await paged(
      trx,
      sql`SELECT a.id::int AS id, h.address AS label, u.name AS unit FROM household_assignment a
      JOIN household h ON h.id = a.household_id JOIN residential_group r ON r.id = h.residential_group_id
      JOIN org_unit u ON u.id = COALESCE(r.cell_id, r.unit_id)
      WHERE COALESCE(r.cell_id, r.unit_id) = ANY(${g}) AND (a.valid_to IS NULL OR a.valid_to > ${effective}::date)`,
      page,
    ),
    unitAssignments: await paged(
      trx,
      sql`SELECT a.id::int AS id, m.full_name AS label, u.name AS unit FROM unit_assignment a
      JOIN member m ON m.id = a.member_id JOIN org_unit u ON u.id = a.unit_id
      WHERE a.unit_id = ANY(${g}) AND (a.valid_to IS NULL OR a.valid_to > ${effective}::date)`,
      page,
    ),
    roleGrants: await paged(
      trx,
      sql`SELECT gr.id::int AS id, au.display_name AS label, u.name AS unit FROM role_grant gr
      JOIN app_user au ON au.id = gr.user_id JOIN org_unit u ON u.id = gr.unit_id
      WHERE gr.unit_id = ANY(${g}) AND (gr.valid_to IS NULL OR gr.valid_to > ${effective}::date)`,
      page,
    ),
  };
}

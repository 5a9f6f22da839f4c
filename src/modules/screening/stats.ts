// Names taken off the rolls in a year, by reason and by unit (the unit and its direct children), so a city
// can report "156 names removed": removals decided, expulsions, deaths and departures.
import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';

export async function exitStats(db: Db, unit: { id: number; path: string }, year: number) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const r = await sql<{ unit_id: number; name: string; reason: string; n: string }>`
    WITH exits AS (
      SELECT c.member_id, c.unit_id, 'removal:' || c.reason AS reason FROM removal_case c WHERE c.state = 'removed' AND c.decided_on BETWEEN ${from}::date AND ${to}::date
      UNION ALL
      SELECT d.member_id, d.unit_id, 'expulsion' FROM discipline_record d WHERE d.form = 'expulsion' AND d.member_id IS NOT NULL AND d.decided_on BETWEEN ${from}::date AND ${to}::date
      UNION ALL
      SELECT e.member_id, e.unit_id, e.kind FROM member_exit e WHERE e.on_date BETWEEN ${from}::date AND ${to}::date
    )
    SELECT top.id AS unit_id, top.name, x.reason, count(*) AS n
    FROM exits x JOIN org_unit xu ON xu.id = x.unit_id
    JOIN org_unit top ON (top.id = ${unit.id} AND xu.id = top.id) OR (top.parent_id = ${unit.id} AND xu.path <@ top.path)
    WHERE xu.path <@ ${unit.path}::ltree
    GROUP BY top.id, top.name, x.reason ORDER BY top.name, x.reason`.execute(db);
  const byReason: Record<string, number> = {};
  const byUnit = new Map<number, { unitId: number; name: string; total: number; reasons: Record<string, number> }>();
  for (const row of r.rows) {
    const n = Number(row.n);
    byReason[row.reason] = (byReason[row.reason] ?? 0) + n;
    const u = byUnit.get(row.unit_id) ?? { unitId: row.unit_id, name: row.name, total: 0, reasons: {} };
    u.total += n;
    u.reasons[row.reason] = n;
    byUnit.set(row.unit_id, u);
  }
  return { year, total: Object.values(byReason).reduce((a, b) => a + b, 0), byReason, byUnit: [...byUnit.values()] };
}

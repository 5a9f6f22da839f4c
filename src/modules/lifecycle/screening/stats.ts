// Names taken off the rolls in a year, by reason and by unit (the unit and its direct children), so a city
// can report "156 names removed": removals decided, expulsions, deaths and departures.
import type { Db } from '../../../db/connection.js';
import { exitsByUnit } from './queries.js';

export async function exitStats(db: Db, unit: { id: number; path: string }, year: number) {
  const rows = await exitsByUnit(db, unit, `${year}-01-01`, `${year}-12-31`);
  const byReason: Record<string, number> = {};
  const byUnit = new Map<number, { unitId: number; name: string; total: number; reasons: Record<string, number> }>();
  for (const row of rows) {
    const n = Number(row.n);
    byReason[row.reason] = (byReason[row.reason] ?? 0) + n;
    const u = byUnit.get(row.unit_id) ?? { unitId: row.unit_id, name: row.name, total: 0, reasons: {} };
    u.total += n;
    u.reasons[row.reason] = n;
    byUnit.set(row.unit_id, u);
  }
  return { year, total: Object.values(byReason).reduce((a, b) => a + b, 0), byReason, byUnit: [...byUnit.values()] };
}

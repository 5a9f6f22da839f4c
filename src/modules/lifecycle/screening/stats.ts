// Names taken off the rolls in a year, by reason and by unit (the unit and its direct children), so a city
// can report "156 names removed": removals decided, expulsions, deaths and departures.
import type { Db } from '../../../db/connection.js';
import { exitsByUnit } from './queries.js';

/**
 * The year's counts, and one page of the units (the unit itself and each direct child with exits, by name): a
 * province has as many direct children as communes and agencies, so the per-unit rows are paged after counting.
 */
export async function exitStats(db: Db, unit: { id: number; path: string }, o: { year: number; limit: number; offset: number }) {
  const { year } = o;
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
  const units = [...byUnit.values()];
  return {
    year,
    total: Object.values(byReason).reduce((a, b) => a + b, 0),
    byReason,
    byUnit: { items: units.slice(o.offset, o.offset + o.limit), total: units.length },
  };
}

// Lists of transfers, with their deadlines in working days, and the overdue list for the competent committee.
import type { Db } from '../../../db/connection.js';
import { loadHolidays, loadSettings } from '../shared/settings.js';
import * as q from './queries.js';
import { toDto } from './service.js';

export async function context(db: Db) {
  const [holidays, settings] = await Promise.all([loadHolidays(db), loadSettings(db)]);
  return { holidays, settings };
}

export async function list(
  db: Db,
  f: { path: string; direction?: 'in' | 'out'; open?: boolean; limit: number; offset: number; today: string },
) {
  const [{ holidays, settings }, { rows, total }] = await Promise.all([context(db), q.listTransfers(db, f)]);
  return { total, items: rows.map((r) => toDto(r, holidays, settings, f.today)) };
}

/** Open transfers leaving or entering the subtree, past a deadline. No automatic consequence: the committee decides. */
/**
 * One page of the overdue transfers and their total. The deadlines count working days against the holiday table,
 * so the open transfers are read whole and the page is cut here: the answer is bounded, the server's work is not.
 */
export async function overdueList(db: Db, f: { path: string; today: string; limit: number; offset: number }) {
  const [{ holidays, settings }, rows] = await Promise.all([context(db), q.openTransfers(db, f.path)]);
  const all = rows.map((r) => toDto(r, holidays, settings, f.today)).filter((t) => t.overdue !== null);
  return { total: all.length, items: all.slice(f.offset, f.offset + f.limit) };
}

export async function one(db: Db, r: q.TransferRow, today: string) {
  const { holidays, settings } = await context(db);
  return toDto(r, holidays, settings, today);
}

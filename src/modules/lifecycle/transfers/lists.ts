// Lists of transfers, with their deadlines in working days, and the overdue list for the competent committee.
import type { Db } from '../../../db/connection.js';
import { loadHolidays, loadSettings } from '../shared/settings.js';
import * as q from './queries.js';
import { toDto } from './service.js';

export async function context(db: Db) {
  const [holidays, settings] = await Promise.all([loadHolidays(db), loadSettings(db)]);
  return { holidays, settings };
}

export async function list(db: Db, path: string, f: { direction?: 'in' | 'out'; open?: boolean }, today: string) {
  const [{ holidays, settings }, rows] = await Promise.all([context(db), q.listTransfers(db, { path, ...f })]);
  return rows.map((r) => toDto(r, holidays, settings, today));
}

/** Open transfers leaving or entering the subtree, past a deadline. No automatic consequence: the committee decides. */
export async function overdueList(db: Db, path: string, today: string) {
  const [{ holidays, settings }, rows] = await Promise.all([context(db), q.openTransfers(db, path)]);
  return rows.map((r) => toDto(r, holidays, settings, today)).filter((t) => t.overdue !== null);
}

export async function one(db: Db, r: q.TransferRow, today: string) {
  const { holidays, settings } = await context(db);
  return toDto(r, holidays, settings, today);
}

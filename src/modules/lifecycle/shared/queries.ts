// SQL of the lifecycle module: the province-wide settings, the public-holiday calendar, and the member
// registry writes a lifecycle change makes (status, cell, cell periods) inside the caller's transaction.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, MemberStatus } from '../../../db/schema.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** The settings an admin has stored (the defaults fill the rest). */
export function storedSettings(db: Q) {
  return db.selectFrom('lifecycle_setting').select(['key', 'value']).execute();
}

export async function saveSetting(trx: Trx, key: string, value: number) {
  await trx
    .insertInto('lifecycle_setting')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: new Date() }))
    .execute();
}

/** The public holidays of one year, in day order. */
export function listHolidays(db: Q, year: number) {
  return db
    .selectFrom('public_holiday')
    .select(['day', 'name'])
    .where('day', '>=', `${year}-01-01`)
    .where('day', '<=', `${year}-12-31`)
    .orderBy('day')
    .execute();
}

export function holidayDays(db: Q) {
  return db.selectFrom('public_holiday').select('day').execute();
}

/** Adds the holiday, or renames it when the day already has one. */
export async function saveHoliday(trx: Trx, day: string, name: string) {
  await trx
    .insertInto('public_holiday')
    .values({ day, name })
    .onConflict((oc) => oc.column('day').doUpdateSet({ name }))
    .execute();
}

export async function deleteHoliday(trx: Trx, day: string) {
  await trx.deleteFrom('public_holiday').where('day', '=', day).execute();
}

/** Sets the member's status (and the `extra` columns that go with it), bumping the version. */
export async function setMemberStatus(trx: Trx, memberId: number, status: MemberStatus, extra: Record<string, unknown>) {
  await trx
    .updateTable('member')
    .set((eb) => ({ status, ...extra, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', memberId)
    .execute();
}

/** Ends the member's open cell period on `on`; a period that began on (or after) `on` ends the day after it began. */
export async function closeCellPeriod(trx: Trx, memberId: number, on: string) {
  await trx
    .updateTable('member_cell_period')
    .set({ valid_to: sql<string>`greatest(${on}::date, valid_from + 1)` })
    .where('member_id', '=', memberId)
    .where('valid_to', 'is', null)
    .execute();
}

/** Points the member row at its new cell, bumping the version (the cell periods are changed apart). */
export async function setMemberCell(trx: Trx, memberId: number, unitId: number) {
  await trx
    .updateTable('member')
    .set((eb) => ({ unit_id: unitId, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', memberId)
    .execute();
}

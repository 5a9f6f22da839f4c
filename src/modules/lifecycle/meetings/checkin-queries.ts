// SQL of the QR check-in (migration 0021).
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';

type Q = Kysely<Database> | Transaction<Database>;

export function checkinState(db: Q, meetingId: number) {
  return db
    .selectFrom('cell_meeting')
    .select(['checkin_secret', 'checkin_opened_at', 'held_on', 'unit_id'])
    .where('id', '=', meetingId)
    .executeTakeFirst();
}

/** Opens the check-in (keeping the secret of one already open) and returns the secret in force. */
export async function openCheckin(trx: Transaction<Database>, meetingId: number, secret: Buffer) {
  const r = await trx
    .updateTable('cell_meeting')
    .set({
      checkin_secret: sql<Buffer>`coalesce(checkin_secret, ${secret})`,
      checkin_opened_at: sql<Date>`coalesce(checkin_opened_at, now())`,
    })
    .where('id', '=', meetingId)
    .returning(['checkin_secret'])
    .executeTakeFirstOrThrow();
  return r.checkin_secret!;
}

export function closeCheckin(trx: Transaction<Database>, meetingId: number) {
  return trx
    .updateTable('cell_meeting')
    .set({ checkin_secret: null, checkin_opened_at: null })
    .where('id', '=', meetingId)
    .executeTakeFirst();
}

/** The member's cell and standing today. */
export function memberCell(db: Q, memberId: number) {
  return db.selectFrom('member').select(['unit_id', 'status']).where('id', '=', memberId).executeTakeFirst();
}

/**
 * Marks the member present, by their own check-in. A mark already there stays as it was (a second scan changes
 * nothing); the meeting's version moves on, so a secretary's form opened before the check-in is told to reload
 * rather than overwrite it. Returns false when the member had already checked in or been marked.
 */
export async function checkIn(trx: Transaction<Database>, meetingId: number, memberId: number): Promise<boolean> {
  const r = await trx
    .insertInto('meeting_attendance')
    .values({ meeting_id: meetingId, member_id: memberId, presence: 'present', checked_in_at: sql<Date>`now()` })
    .onConflict((oc) => oc.columns(['meeting_id', 'member_id']).doNothing())
    .executeTakeFirst();
  const added = Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
  if (added)
    await trx
      .updateTable('cell_meeting')
      .set((eb) => ({ version: eb('version', '+', 1) }))
      .where('id', '=', meetingId)
      .execute();
  return added;
}

/** Present so far, and the cell's members on the rolls. */
export async function checkinCounts(db: Q, meetingId: number, unitId: number, active: readonly string[]) {
  const r = await sql<{ present: number; checked_in: number; members: number }>`
    SELECT (SELECT count(*)::int FROM meeting_attendance WHERE meeting_id = ${meetingId} AND presence = 'present') AS present,
           (SELECT count(*)::int FROM meeting_attendance WHERE meeting_id = ${meetingId} AND checked_in_at IS NOT NULL) AS checked_in,
           (SELECT count(*)::int FROM member WHERE unit_id = ${unitId} AND status::text = ANY(${active as string[]})) AS members`.execute(
    db,
  );
  return r.rows[0]!;
}

// SQL of cell meetings with their attendance, monthly Party fees and each member's fee basis.
import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { Presence } from '../../../db/tables/lifecycle.js';
import { ACTIVE_STATUSES } from '../../../domain/members/record.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;
const ACTIVE = ACTIVE_STATUSES;

/** Members on a cell's rolls today (Vietnamese order). */
export function roster(db: Q, unitId: number) {
  return db
    .selectFrom('member')
    .select(['id', 'full_name', 'status'])
    .where('unit_id', '=', unitId)
    .where('status', 'in', ACTIVE)
    .orderBy('sort_key')
    .execute();
}

export function getMeeting(db: Q, id: number) {
  return db
    .selectFrom('cell_meeting as c')
    .innerJoin('org_unit as u', 'u.id', 'c.unit_id')
    .select([
      'c.id',
      'c.unit_id',
      'u.name as unit_name',
      'c.held_on',
      'c.kind',
      'c.topic',
      'c.version',
      sql<string>`u.path::text`.as('unit_path'),
      'c.start_time',
      'c.planned_minutes',
      'c.agenda',
      'c.started_at',
      'c.ended_at',
      'c.minutes',
      'c.resolution',
      'c.content_kinds',
    ])
    .where('c.id', '=', id)
    .executeTakeFirst();
}
export type MeetingRow = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;

export function attendance(db: Q, meetingId: number) {
  return db
    .selectFrom('meeting_attendance as a')
    .innerJoin('member as m', 'm.id', 'a.member_id')
    .select(['a.member_id', 'm.full_name', 'a.presence', 'a.reason'])
    .where('a.meeting_id', '=', meetingId)
    .orderBy('m.sort_key')
    .execute();
}

/** One page of the year's meetings of a subtree, newest first, with their attendance counts, and their total. */
export async function listMeetings(db: Q, f: { path: string; year: number; limit: number; offset: number }) {
  const within = (qb: ReturnType<typeof meetingsOf>) =>
    qb
      .where(sql<boolean>`u.path <@ ${f.path}::ltree`)
      .where('c.held_on', '>=', `${f.year}-01-01`)
      .where('c.held_on', '<=', `${f.year}-12-31`);
  const [rows, count] = await Promise.all([
    within(meetingsOf(db))
      .leftJoin('meeting_attendance as a', 'a.meeting_id', 'c.id')
      .select([
        'c.id',
        'c.unit_id',
        'u.name as unit_name',
        'c.held_on',
        'c.kind',
        'c.topic',
        'c.version',
        'c.start_time',
        'c.planned_minutes',
        'c.started_at',
        'c.ended_at',
        sql<Date | null>`(SELECT max(d.posted_at) FROM meeting_document d WHERE d.meeting_id = c.id)`.as('last_posted_at'),
        sql<string>`count(a.member_id) FILTER (WHERE a.presence = 'present')`.as('present'),
        sql<string>`count(a.member_id) FILTER (WHERE a.presence = 'absent_excused')`.as('excused'),
        sql<string>`count(a.member_id) FILTER (WHERE a.presence = 'absent_unexcused')`.as('unexcused'),
      ])
      .groupBy(['c.id', 'u.name'])
      .orderBy('c.held_on', 'desc')
      .orderBy('c.id', 'desc')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    within(meetingsOf(db))
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}
const meetingsOf = (db: Q) => db.selectFrom('cell_meeting as c').innerJoin('org_unit as u', 'u.id', 'c.unit_id');

export function feesOfMonth(db: Q, unitId: number, month: string) {
  return db
    .selectFrom('party_fee')
    .select(['member_id', 'amount', 'paid_on'])
    .where('unit_id', '=', unitId)
    .where('month', '=', month)
    .execute();
}

/**
 * Fee bases of these members (every period; the one in force for a month is chosen in domain/lifecycle/fees),
 * newest first; `limit` keeps the newest of one member's.
 */
export function feeBases(db: Q, memberIds: number[], limit?: number) {
  if (memberIds.length === 0) return Promise.resolve([]);
  const q = db
    .selectFrom('member_fee_basis')
    .select(['member_id', 'kind', 'monthly_amount', 'valid_from', 'note', 'version'])
    .where('member_id', 'in', memberIds)
    .orderBy('valid_from', 'desc');
  return limit === undefined ? q.execute() : q.limit(limit).execute();
}
export type FeeBasisRow = Awaited<ReturnType<typeof feeBases>>[number];

export function insertMeeting(trx: Trx, row: Insertable<Database['cell_meeting']>) {
  return trx.insertInto('cell_meeting').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Writes the changed fields at the version the user saw and moves the version on; false when it has changed since. */
export async function updateMeeting(
  trx: Trx,
  id: number,
  version: number,
  values: Omit<Updateable<Database['cell_meeting']>, 'id' | 'unit_id' | 'version'>,
) {
  const r = await trx
    .updateTable('cell_meeting')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The meeting's attendance becomes exactly these rows; a member's own check-in time stays while they stay present. */
export async function replaceAttendance(trx: Trx, meetingId: number, rows: { memberId: number; presence: Presence; reason: string }[]) {
  const checkedIn = new Map(
    (
      await trx.deleteFrom('meeting_attendance').where('meeting_id', '=', meetingId).returning(['member_id', 'checked_in_at']).execute()
    ).map((r) => [r.member_id, r.checked_in_at]),
  );
  if (rows.length) {
    await trx
      .insertInto('meeting_attendance')
      .values(
        rows.map((r) => ({
          meeting_id: meetingId,
          member_id: r.memberId,
          presence: r.presence,
          reason: r.reason,
          checked_in_at: r.presence === 'present' ? (checkedIn.get(r.memberId) ?? null) : null,
        })),
      )
      .execute();
  }
}

/** Removes the fee these members had paid for the month (`month` is its first day). */
export function clearFees(trx: Trx, month: string, memberIds: number[]) {
  return trx.deleteFrom('party_fee').where('month', '=', month).where('member_id', 'in', memberIds).execute();
}

/** Records fees paid; a member's fee already recorded for the month is overwritten. */
export function upsertFees(trx: Trx, rows: Insertable<Database['party_fee']>[]) {
  return trx
    .insertInto('party_fee')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['member_id', 'month']).doUpdateSet((eb) => ({
        amount: eb.ref('excluded.amount'),
        paid_on: eb.ref('excluded.paid_on'),
        unit_id: eb.ref('excluded.unit_id'),
      })),
    )
    .execute();
}

/** The member's fee basis starting on `validFrom` (a month's first day), if one was recorded. */
export function feeBasisFrom(trx: Trx, memberId: number, validFrom: string) {
  return trx
    .selectFrom('member_fee_basis')
    .selectAll()
    .where('member_id', '=', memberId)
    .where('valid_from', '=', validFrom)
    .executeTakeFirst();
}

export function insertFeeBasis(trx: Trx, row: Insertable<Database['member_fee_basis']>) {
  return trx.insertInto('member_fee_basis').values(row).execute();
}

/** Corrects a basis (its version checked by the caller on the row it read) and moves the version on. */
export function updateFeeBasis(
  trx: Trx,
  id: number,
  values: Pick<Updateable<Database['member_fee_basis']>, 'kind' | 'monthly_amount' | 'note'>,
) {
  return trx
    .updateTable('member_fee_basis')
    .set((eb) => ({ ...values, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

/** Deletes a basis at the version the user saw; false when it has changed since. */
export async function deleteFeeBasis(trx: Trx, id: number, version: number) {
  const r = await trx.deleteFrom('member_fee_basis').where('id', '=', id).where('version', '=', version).executeTakeFirst();
  return Number(r.numDeletedRows) === 1;
}

/** The papers of a meeting (without their bytes), oldest first. */
export function documents(db: Q, meetingId: number) {
  return db
    .selectFrom('meeting_document as d')
    .leftJoin('app_user as u', 'u.id', 'd.posted_by')
    .select(['d.id', 'd.file_name', 'd.media_type', 'd.size_bytes', 'd.sha256', 'd.posted_at', 'u.display_name as posted_by_name'])
    .where('d.meeting_id', '=', meetingId)
    .orderBy('d.posted_at')
    .orderBy('d.id')
    .execute();
}

/** One paper with its bytes and the unit path of its meeting. */
export function document(db: Q, id: number) {
  return db
    .selectFrom('meeting_document as d')
    .innerJoin('cell_meeting as c', 'c.id', 'd.meeting_id')
    .innerJoin('org_unit as u', 'u.id', 'c.unit_id')
    .select([
      'd.id',
      'd.meeting_id',
      'd.file_name',
      'd.media_type',
      'd.size_bytes',
      'd.sha256',
      'd.content',
      'd.posted_at',
      sql<string>`u.path::text`.as('unit_path'),
    ])
    .where('d.id', '=', id)
    .executeTakeFirst();
}

/** Locks the meeting (against papers attached at the same time) and counts its papers. */
export async function lockedPaperCount(trx: Trx, meetingId: number) {
  await trx.selectFrom('cell_meeting').select('id').where('id', '=', meetingId).forUpdate().execute();
  const r = await trx
    .selectFrom('meeting_document')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('meeting_id', '=', meetingId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export function insertDocument(trx: Trx, row: Insertable<Database['meeting_document']>) {
  return trx.insertInto('meeting_document').values(row).returning(['id']).executeTakeFirstOrThrow();
}

export function deleteDocument(trx: Trx, id: number) {
  return trx.deleteFrom('meeting_document').where('id', '=', id).execute();
}

/** The cells of a subtree (the unit itself when it is a cell) that existed between two dates, in tree order. */
export function cellsUnder(db: Q, path: string, from: string, to: string) {
  return db
    .selectFrom('org_unit')
    .select(['id', 'name', sql<string>`path::text`.as('path'), 'cell_type'])
    .where(sql<boolean>`path <@ ${path}::ltree`)
    .where('kind', 'in', ['cell', 'grassroots_cell'])
    .where('founded_on', '<=', to)
    .where((eb) => eb.or([eb('dissolved_on', 'is', null), eb('dissolved_on', '>=', from)]))
    .orderBy(sql`path`)
    .execute();
}

/** Meetings of the cells of a subtree held between two dates, with what their flags need. */
export function meetingsBetween(db: Q, path: string, from: string, to: string) {
  return db
    .selectFrom('cell_meeting as c')
    .innerJoin('org_unit as u', 'u.id', 'c.unit_id')
    .select([
      'c.id',
      'c.unit_id',
      'c.held_on',
      'c.kind',
      'c.start_time',
      'c.started_at',
      'c.ended_at',
      'c.content_kinds',
      sql<Date | null>`(SELECT max(d.posted_at) FROM meeting_document d WHERE d.meeting_id = c.id)`.as('last_posted_at'),
    ])
    .where(sql<boolean>`u.path <@ ${path}::ltree`)
    .where('c.held_on', '>=', from)
    .where('c.held_on', '<=', to)
    .execute();
}

import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

type Q = Kysely<Database>;
const ACTIVE = ['probationary', 'official', 'exempted', 'temporarily_exempted', 'suspended'] as const;

/** Members on a cell's rolls today (Vietnamese order). */
export function roster(db: Q, unitId: number) {
  return db.selectFrom('member').select(['id', 'full_name', 'status']).where('unit_id', '=', unitId)
    .where('status', 'in', ACTIVE).orderBy('sort_key').execute();
}

export function getMeeting(db: Q, id: number) {
  return db.selectFrom('cell_meeting as c').innerJoin('org_unit as u', 'u.id', 'c.unit_id')
    .select(['c.id', 'c.unit_id', 'u.name as unit_name', 'c.held_on', 'c.kind', 'c.topic', 'c.version', sql<string>`u.path::text`.as('unit_path')])
    .where('c.id', '=', id).executeTakeFirst();
}
export type MeetingRow = NonNullable<Awaited<ReturnType<typeof getMeeting>>>;

export function attendance(db: Q, meetingId: number) {
  return db.selectFrom('meeting_attendance as a').innerJoin('member as m', 'm.id', 'a.member_id')
    .select(['a.member_id', 'm.full_name', 'a.presence', 'a.reason']).where('a.meeting_id', '=', meetingId).orderBy('m.sort_key').execute();
}

export function listMeetings(db: Q, path: string, year: number) {
  return db.selectFrom('cell_meeting as c').innerJoin('org_unit as u', 'u.id', 'c.unit_id')
    .leftJoin('meeting_attendance as a', 'a.meeting_id', 'c.id')
    .select(['c.id', 'c.unit_id', 'u.name as unit_name', 'c.held_on', 'c.kind', 'c.topic', 'c.version',
      sql<string>`count(a.member_id) FILTER (WHERE a.presence = 'present')`.as('present'),
      sql<string>`count(a.member_id) FILTER (WHERE a.presence = 'absent_excused')`.as('excused'),
      sql<string>`count(a.member_id) FILTER (WHERE a.presence = 'absent_unexcused')`.as('unexcused')])
    .where(sql<boolean>`u.path <@ ${path}::ltree`)
    .where('c.held_on', '>=', `${year}-01-01`).where('c.held_on', '<=', `${year}-12-31`)
    .groupBy(['c.id', 'u.name']).orderBy('c.held_on', 'desc').limit(1000).execute();
}

export function feesOfMonth(db: Q, unitId: number, month: string) {
  return db.selectFrom('party_fee').select(['member_id', 'amount', 'paid_on']).where('unit_id', '=', unitId).where('month', '=', month).execute();
}

/** Fee bases of these members (every period; the one in force for a month is chosen in domain/lifecycle/fees). */
export function feeBases(db: Q, memberIds: number[]) {
  if (memberIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('member_fee_basis').select(['member_id', 'kind', 'monthly_amount', 'valid_from', 'note', 'version'])
    .where('member_id', 'in', memberIds).orderBy('valid_from', 'desc').execute();
}
export type FeeBasisRow = Awaited<ReturnType<typeof feeBases>>[number];

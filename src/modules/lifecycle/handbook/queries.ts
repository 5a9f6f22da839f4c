// SQL of the member's handbook (the phone page) and of the cell's messages.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';

type Q = Kysely<Database> | Transaction<Database>;

export function memberCard(db: Q, memberId: number) {
  return db
    .selectFrom('member as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .select([
      'm.id',
      'm.full_name',
      'm.unit_id',
      'u.name as unit_name',
      sql<string>`u.path::text`.as('unit_path'),
      'm.member_category',
      'm.admitted_on',
      'm.status',
    ])
    .where('m.id', '=', memberId)
    .executeTakeFirst();
}

export function nextMeeting(db: Q, unitId: number, today: string) {
  return db
    .selectFrom('cell_meeting')
    .select(['id', 'held_on', 'kind', 'topic', 'start_time', 'agenda'])
    .where('unit_id', '=', unitId)
    .where('held_on', '>=', today)
    .orderBy('held_on')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
}

export function papers(db: Q, meetingId: number) {
  return db
    .selectFrom('meeting_document')
    .select(['id', 'file_name', 'size_bytes', 'posted_at'])
    .where('meeting_id', '=', meetingId)
    .orderBy('posted_at')
    .limit(50)
    .execute();
}

/** The member's own tasks still counted (not withdrawn, not excused), the nearest due first. */
export function myTasks(db: Q, memberId: number) {
  return db
    .selectFrom('assigned_task')
    .select(['id', 'title', 'due_on', 'completion', 'evaluation'])
    .where('holder_member_id', '=', memberId)
    .where('exclusion', 'is', null)
    .orderBy(sql`completion IS NOT NULL`)
    .orderBy('due_on')
    .limit(50)
    .execute();
}

/** The member's assessment in the most recent cycle. */
export function latestAssessment(db: Q, memberId: number) {
  return db
    .selectFrom('assessment_subject as s')
    .innerJoin('review_cycle as c', 'c.id', 's.cycle_id')
    .select(['s.id', 'c.title as cycle_title', 'c.rule_set', 's.step', 's.level', 'c.period_to'])
    .where('s.member_id', '=', memberId)
    .orderBy('c.period_to', 'desc')
    .orderBy('s.id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function feesOfYear(db: Q, memberId: number, year: number) {
  return db
    .selectFrom('party_fee')
    .select(['month', 'amount', 'paid_on'])
    .where('member_id', '=', memberId)
    .where('month', '>=', `${year}-01-01`)
    .where('month', '<=', `${year}-12-01`)
    .orderBy('month')
    .execute();
}

/** Households the member is in charge of today, with the member's last visit to each. */
export function householdsInCharge(db: Q, memberId: number, today: string) {
  return db
    .selectFrom('household_assignment as a')
    .innerJoin('household as h', 'h.id', 'a.household_id')
    .select([
      'h.id',
      'h.address',
      'h.head_name',
      'h.people',
      sql<string | null>`(SELECT max(v.visited_on)::text FROM visit_household vh JOIN visit v ON v.id = vh.visit_id
        WHERE vh.household_id = h.id AND v.visitor_member_id = ${memberId})`.as('last_visit'),
    ])
    .where('a.member_id', '=', memberId)
    .where('a.valid_from', '<=', today)
    .where((eb) => eb.or([eb('a.valid_to', 'is', null), eb('a.valid_to', '>', today)]))
    .orderBy('h.address')
    .limit(100)
    .execute();
}

/** The cell's latest messages from its committee (thread roots), newest first. */
export function cellThreads(db: Q, unitId: number, limit: number, offset = 0) {
  return db
    .selectFrom('cell_message as c')
    .innerJoin('app_user as u', 'u.id', 'c.author_user_id')
    .select(['c.id', 'c.body', 'c.created_at', 'u.display_name as author'])
    .where('c.unit_id', '=', unitId)
    .where('c.thread_id', 'is', null)
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id', 'desc')
    .limit(limit)
    .offset(offset)
    .execute();
}

export async function countThreads(db: Q, unitId: number) {
  const r = await db
    .selectFrom('cell_message')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('unit_id', '=', unitId)
    .where('thread_id', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Replies in these threads. `forMember`: only those a member reads (their own and the committee's answers to
 * them); without it, every reply (the committee's view).
 */
export function replies(db: Q, threadIds: number[], forMember?: number) {
  if (threadIds.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('cell_message as c')
    .innerJoin('app_user as u', 'u.id', 'c.author_user_id')
    .leftJoin('member as m', 'm.id', 'c.to_member_id')
    .select([
      'c.id',
      'c.thread_id',
      'c.body',
      'c.created_at',
      'u.display_name as author',
      'c.author_member_id',
      'c.to_member_id',
      'm.full_name as to_member_name',
    ])
    .where('c.thread_id', 'in', threadIds);
  if (forMember !== undefined) {
    q = q.where((eb) => eb.or([eb('c.author_member_id', '=', forMember), eb('c.to_member_id', '=', forMember)]));
  }
  return q.orderBy('c.created_at').orderBy('c.id').limit(2000).execute();
}

export function thread(db: Q, id: number) {
  return db
    .selectFrom('cell_message as c')
    .innerJoin('org_unit as u', 'u.id', 'c.unit_id')
    .select(['c.id', 'c.unit_id', 'c.thread_id', sql<string>`u.path::text`.as('unit_path')])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export async function insertMessage(
  trx: Transaction<Database>,
  v: {
    unitId: number;
    threadId: number | null;
    authorUserId: number;
    authorMemberId: number | null;
    toMemberId: number | null;
    body: string;
  },
) {
  const r = await trx
    .insertInto('cell_message')
    .values({
      unit_id: v.unitId,
      thread_id: v.threadId,
      author_user_id: v.authorUserId,
      author_member_id: v.authorMemberId,
      to_member_id: v.toMemberId,
      body: v.body,
    })
    .returning(['id', 'created_at'])
    .executeTakeFirstOrThrow();
  return r;
}

/** The member, if on the rolls of that very cell today. */
export function memberOfCell(db: Q, memberId: number, unitId: number) {
  return db.selectFrom('member').select(['id', 'full_name']).where('id', '=', memberId).where('unit_id', '=', unitId).executeTakeFirst();
}

/** The path of the member's own cell today (null: no such member). */
export async function memberCellPath(db: Q, memberId: number | null): Promise<string | null> {
  if (memberId === null) return null;
  const r = await db
    .selectFrom('member as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .select(sql<string>`u.path::text`.as('path'))
    .where('m.id', '=', memberId)
    .executeTakeFirst();
  return r?.path ?? null;
}

export function seenAt(db: Q, userId: number) {
  return db
    .selectFrom('app_user')
    .select('handbook_seen_at')
    .where('id', '=', userId)
    .executeTakeFirst()
    .then((r) => r?.handbook_seen_at ?? null);
}

export function markSeen(trx: Q, userId: number) {
  return trx.updateTable('app_user').set({ handbook_seen_at: sql<Date>`now()` }).where('id', '=', userId).execute();
}

/**
 * What is new for the member since `since` (everything of the last 30 days when never opened): papers posted to
 * their cell's meetings still to come or of the last month, and messages they may read.
 */
export async function news(db: Q, v: { memberId: number; unitId: number; since: Date | null; today: string }) {
  const since = v.since ?? sql<Date>`now() - interval '30 days'`;
  const r = await sql<{ papers: number; messages: number }>`
    SELECT (SELECT count(*)::int FROM meeting_document d JOIN cell_meeting c ON c.id = d.meeting_id
            WHERE c.unit_id = ${v.unitId} AND c.held_on >= ${v.today}::date - 31 AND d.posted_at > ${since}) AS papers,
           (SELECT count(*)::int FROM cell_message m
            WHERE m.unit_id = ${v.unitId} AND m.created_at > ${since} AND m.author_member_id IS DISTINCT FROM ${v.memberId}
              AND (m.thread_id IS NULL OR m.to_member_id = ${v.memberId})) AS messages`.execute(db);
  return r.rows[0]!;
}

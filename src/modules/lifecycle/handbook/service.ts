// The member's handbook: everything a member needs on their own phone in one answer (one round trip on a slow
// network): the next meeting and its papers, their tasks, their assessment and its form, fees paid and due, the
// households they are in charge of, and the committee's messages with the replies they may read.
// Also the cell committee's side of the messages: write to the cell, read every reply, answer a member.
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { hd43Form } from '../../../domain/assessment/forms.js';
import { unpaidMonths } from '../../../domain/lifecycle/handbook.js';
import { invalid, notFound } from '../../../shared/errors.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import * as q from './queries.js';

export const THREADS_ON_PHONE = 20;

type Reply = Awaited<ReturnType<typeof q.replies>>[number];
const replyDto = (r: Reply) => ({
  id: r.id,
  body: r.body,
  at: r.created_at,
  author: r.author,
  byMember: r.author_member_id !== null,
  toMemberId: r.to_member_id,
  toMemberName: r.to_member_name,
});

async function threadsWithReplies(db: Db, unitId: number, v: { limit: number; offset?: number; forMember?: number }) {
  const threads = await q.cellThreads(db, unitId, v.limit, v.offset);
  const all = await q.replies(
    db,
    threads.map((t) => t.id),
    v.forMember,
  );
  return threads.map((t) => ({
    id: t.id,
    body: t.body,
    at: t.created_at,
    author: t.author,
    replies: all.filter((r) => r.thread_id === t.id).map(replyDto),
  }));
}

/** Papers and messages new since the member last opened the handbook: the bell in the header. */
export async function news(db: Db, actor: Actor, today: string) {
  if (!actor.memberId) return { papers: 0, messages: 0 };
  const m = await q.memberCard(db, actor.memberId);
  if (!m) return { papers: 0, messages: 0 };
  return q.news(db, { memberId: m.id, unitId: m.unit_id, since: await q.seenAt(db, actor.userId), today });
}

/** The member has opened the handbook: what was new is no longer. */
export async function markSeen(db: Db, actor: Actor) {
  await inTransaction(db, false, (trx) => q.markSeen(trx, actor.userId));
  return { ok: true };
}

export async function handbook(db: Db, actor: Actor, today: string) {
  if (!actor.memberId) throw notFound('member');
  const m = await q.memberCard(db, actor.memberId);
  if (!m) throw notFound('member');
  const seenBefore = await q.seenAt(db, actor.userId);
  const year = Number(today.slice(0, 4));
  const [meeting, tasks, assessment, fees, households, messages] = await Promise.all([
    q.nextMeeting(db, m.unit_id, today),
    q.myTasks(db, m.id),
    q.latestAssessment(db, m.id),
    q.feesOfYear(db, m.id, year),
    q.householdsInCharge(db, m.id, today),
    threadsWithReplies(db, m.unit_id, { limit: THREADS_ON_PHONE, forMember: m.id }),
  ]);
  const meetingPapers = meeting ? await q.papers(db, meeting.id) : [];
  return {
    /** When the member last opened the handbook before now: what was posted after it is new. */
    seenAt: seenBefore,
    member: { id: m.id, name: m.full_name, unitName: m.unit_name, category: m.member_category },
    nextMeeting: meeting
      ? {
          id: meeting.id,
          heldOn: meeting.held_on,
          kind: meeting.kind,
          topic: meeting.topic,
          startTime: meeting.start_time?.slice(0, 5) ?? null,
          agenda: meeting.agenda.slice(0, 50),
          papers: meetingPapers.map((p) => ({ id: p.id, fileName: p.file_name, size: p.size_bytes, postedAt: p.posted_at })),
        }
      : null,
    tasks: tasks.map((t) => ({ id: t.id, title: t.title, dueOn: t.due_on, completion: t.completion, evaluation: t.evaluation })),
    assessment: assessment
      ? {
          subjectId: assessment.id,
          cycleTitle: assessment.cycle_title,
          step: assessment.step,
          level: assessment.level,
          form: hd43Form({ ruleSet: assessment.rule_set, subjectKind: 'member', category: m.member_category }),
        }
      : null,
    fees: {
      year,
      paid: fees.map((f) => ({ month: f.month, amount: f.amount, paidOn: f.paid_on })),
      unpaid: unpaidMonths({ today, joinedOn: m.admitted_on, paid: fees.map((f) => f.month) }),
    },
    households: households.map((h) => ({ id: h.id, address: h.address, headName: h.head_name, people: h.people, lastVisit: h.last_visit })),
    messages,
  };
}

/** A member's reply in a thread of their own cell. */
export async function memberReply(db: Db, actor: Actor, threadId: number, body: string) {
  const t = await q.thread(db, threadId);
  if (!t || t.thread_id !== null || !actor.memberId) throw notFound('message');
  if (!(await q.memberOfCell(db, actor.memberId, t.unit_id))) throw notFound('message');
  return inTransaction(db, false, async (trx) => {
    const r = await q.insertMessage(trx, {
      unitId: t.unit_id,
      threadId: t.id,
      authorUserId: actor.userId,
      authorMemberId: actor.memberId,
      toMemberId: null,
      body,
    });
    await appendAudit(trx, actor, { action: 'message.reply', entityType: 'cell_message', entityId: r.id, scopePath: t.unit_path });
    return { id: r.id, at: r.created_at };
  });
}

/** The committee's message to the whole cell. */
export async function postToCell(db: Db, actor: Actor, unit: { id: number; path: string }, body: string) {
  return inTransaction(db, false, async (trx) => {
    const r = await q.insertMessage(trx, {
      unitId: unit.id,
      threadId: null,
      authorUserId: actor.userId,
      authorMemberId: null,
      toMemberId: null,
      body,
    });
    await appendAudit(trx, actor, {
      action: 'message.post',
      entityType: 'cell_message',
      entityId: r.id,
      scopePath: unit.path,
      after: { body },
    });
    return { id: r.id, at: r.created_at };
  });
}

/** The committee's answer to one member, in a thread of the cell. */
export async function committeeReply(
  db: Db,
  actor: Actor,
  t: { id: number; unit_id: number; unit_path: string },
  toMemberId: number,
  body: string,
) {
  if (!(await q.memberOfCell(db, toMemberId, t.unit_id))) throw invalid('message_member_not_in_cell');
  return inTransaction(db, false, async (trx) => {
    const r = await q.insertMessage(trx, {
      unitId: t.unit_id,
      threadId: t.id,
      authorUserId: actor.userId,
      authorMemberId: null,
      toMemberId,
      body,
    });
    await appendAudit(trx, actor, { action: 'message.reply', entityType: 'cell_message', entityId: r.id, scopePath: t.unit_path });
    return { id: r.id, at: r.created_at };
  });
}

/** The committee's view of the cell's messages, every reply included, paged. */
export async function cellMessages(db: Db, unitId: number, page: number, pageSize: number) {
  const [items, total] = await Promise.all([
    threadsWithReplies(db, unitId, { limit: pageSize, offset: (page - 1) * pageSize }),
    q.countThreads(db, unitId),
  ]);
  return { items, total, page, pageSize };
}

export async function loadThread(db: Db, id: number) {
  const t = await q.thread(db, id);
  if (!t || t.thread_id !== null) throw notFound('message');
  return t;
}

// Cell meetings with attendance (present / absent with reason / absent without), and monthly Party fees,
// each entered for a whole cell in one request. One transaction per write, audit entry inside it.
import type { Transaction } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { Database } from '../../../db/schema.js';
import type { Actor } from '../../../domain/access/scope.js';
import { AppError, invalid, notFound, staleVersion } from '../../../shared/errors.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { loadCell } from '../../foundation/members/service.js';
import type { FeeRule } from '../../../domain/lifecycle/fees.js';
import { meetingFlags, meetingLength, type MeetingRules } from '../../../domain/lifecycle/meetings.js';
import { proposals } from './fee-basis.js';
import * as q from './queries.js';
import type { AttendanceRow, CreateMeeting, Fees, UpdateMeeting } from './schemas.js';

type Trx = Transaction<Database>;

export async function loadMeeting(db: Db, id: number) {
  const m = await q.getMeeting(db, id);
  if (!m) throw notFound('meeting');
  return m;
}

const hhmm = (t: string | null) => t?.slice(0, 5) ?? null;

export async function meetingDto(db: Db, m: q.MeetingRow, rules: MeetingRules) {
  const [rows, papers] = await Promise.all([q.attendance(db, m.id), q.documents(db, m.id)]);
  return {
    id: m.id,
    unitId: m.unit_id,
    unitName: m.unit_name,
    heldOn: m.held_on,
    kind: m.kind,
    topic: m.topic,
    version: m.version,
    startTime: hhmm(m.start_time),
    plannedMinutes: m.planned_minutes,
    agenda: m.agenda,
    contentKinds: m.content_kinds,
    startedAt: hhmm(m.started_at),
    endedAt: hhmm(m.ended_at),
    lengthMinutes: meetingLength(m.started_at, m.ended_at),
    minutes: m.minutes,
    resolution: m.resolution,
    documents: papers.map((d) => ({
      id: d.id,
      fileName: d.file_name,
      mediaType: d.media_type,
      size: d.size_bytes,
      sha256: d.sha256,
      postedAt: d.posted_at.toISOString(),
      postedBy: d.posted_by_name ?? null,
    })),
    flags: meetingFlags(
      {
        heldOn: m.held_on,
        kind: m.kind,
        startTime: m.start_time,
        startedAt: m.started_at,
        endedAt: m.ended_at,
        papersPostedAt: papers.map((d) => d.posted_at),
      },
      rules,
    ),
    attendance: rows.map((r) => ({ memberId: r.member_id, fullName: r.full_name, presence: r.presence, reason: r.reason })),
  };
}

/** What only a meeting that has taken place may carry: attendance, real times, minutes, resolution. */
function checkHeld(heldOn: string, today: string, input: Partial<UpdateMeeting>) {
  if (heldOn <= today) return;
  if ((input.attendance?.length ?? 0) > 0 || input.startedAt || input.endedAt || input.minutes?.trim() || input.resolution?.trim()) {
    throw invalid('meeting_not_yet_held');
  }
}

function checkTimes(startedAt: string | null, endedAt: string | null) {
  if (startedAt && endedAt && endedAt <= startedAt) throw invalid('meeting_end_before_start');
}

/** Every row names a member of the cell, once; an excused absence gives its reason. */
async function checkRows(trx: Trx, unitId: number, rows: { memberId: number; presence?: string; reason?: string }[], locale: Locale) {
  // Members of the cell are named; a row for someone outside it keeps the number it was sent with, since
  // the caller may not be allowed to see who that is.
  const onRoll = new Map((await q.roster(trx, unitId)).map((r) => [r.id, r.full_name]));
  const seen = new Set<number>();
  const details: { field: string; message: string }[] = [];
  rows.forEach((r, i) => {
    const field = `rows.${i}`;
    if (!onRoll.has(r.memberId)) details.push({ field, message: translate(locale, 'errors.row_not_in_cell', { id: r.memberId }) });
    else if (seen.has(r.memberId))
      details.push({ field, message: translate(locale, 'errors.row_duplicate_named', { name: onRoll.get(r.memberId) }) });
    else if (r.presence === 'absent_excused' && !r.reason?.trim())
      details.push({ field, message: translate(locale, 'errors.row_reason_required_named', { name: onRoll.get(r.memberId) }) });
    seen.add(r.memberId);
  });
  if (details.length) throw new AppError('validation', 400, {}, details);
}

/** A reason is kept only for an absence. */
function writeAttendance(trx: Trx, meetingId: number, rows: AttendanceRow[]) {
  return q.replaceAttendance(
    trx,
    meetingId,
    rows.map((r) => ({
      memberId: r.memberId,
      presence: r.presence,
      reason: r.presence === 'present' ? '' : (r.reason?.trim() ?? ''),
    })),
  );
}

export async function create(db: Db, actor: Actor, input: CreateMeeting, o: { today: string; locale: Locale; rules: MeetingRules }) {
  const { today, locale, rules } = o;
  const attendance = input.attendance ?? [];
  checkHeld(input.heldOn, today, { attendance });
  return inTransaction(db, false, async (trx) => {
    const cell = await loadCell(trx, input.unitId);
    await checkRows(trx, cell.id, attendance, locale);
    const row = await q.insertMeeting(trx, {
      unit_id: cell.id,
      held_on: input.heldOn,
      kind: input.kind,
      topic: input.topic?.trim() ?? '',
      start_time: input.startTime ?? null,
      planned_minutes: input.plannedMinutes ?? null,
      agenda: (input.agenda ?? []).map((a) => a.trim()),
      content_kinds: input.contentKinds ?? [],
    });
    await writeAttendance(trx, row.id, attendance);
    const after = await meetingDto(trx, (await q.getMeeting(trx, row.id))!, rules);
    await appendAudit(trx, actor, { action: 'meeting.create', entityType: 'meeting', entityId: row.id, scopePath: cell.path, after });
    return after;
  });
}

export async function update(
  db: Db,
  actor: Actor,
  id: number,
  input: UpdateMeeting,
  o: { today: string; locale: Locale; rules: MeetingRules },
) {
  const { today, locale, rules } = o;
  return inTransaction(db, false, async (trx) => {
    const m = await loadMeeting(trx, id);
    const before = await meetingDto(trx, m, rules);
    // The meeting as it will be: a date still to come carries nothing of the day, and it ends after it starts.
    checkHeld(input.heldOn ?? m.held_on, today, {
      attendance: input.attendance ?? before.attendance,
      startedAt: input.startedAt === undefined ? before.startedAt : input.startedAt,
      endedAt: input.endedAt === undefined ? before.endedAt : input.endedAt,
      minutes: input.minutes ?? m.minutes,
      resolution: input.resolution ?? m.resolution,
    });
    checkTimes(
      input.startedAt === undefined ? before.startedAt : input.startedAt,
      input.endedAt === undefined ? before.endedAt : input.endedAt,
    );
    const set = <K extends string, V>(key: K, v: V | undefined) => (v === undefined ? {} : ({ [key]: v } as Record<K, V>));
    const updated = await q.updateMeeting(trx, id, input.version, {
      ...set('held_on', input.heldOn),
      ...set('kind', input.kind),
      ...set('topic', input.topic?.trim()),
      ...set('start_time', input.startTime),
      ...set('planned_minutes', input.plannedMinutes),
      ...set(
        'agenda',
        input.agenda?.map((a) => a.trim()),
      ),
      ...set('content_kinds', input.contentKinds),
      ...set('started_at', input.startedAt),
      ...set('ended_at', input.endedAt),
      ...set('minutes', input.minutes),
      ...set('resolution', input.resolution),
    });
    if (!updated) throw staleVersion();
    if (input.attendance) {
      await checkRows(trx, m.unit_id, input.attendance, locale);
      await writeAttendance(trx, id, input.attendance);
    }
    const after = await meetingDto(trx, (await q.getMeeting(trx, id))!, rules);
    await appendAudit(trx, actor, { action: 'meeting.update', entityType: 'meeting', entityId: id, scopePath: m.unit_path, before, after });
    return after;
  });
}

/** The cell's fees of a month: what was paid, and for everyone the amount the fee rule proposes from their basis. */
export async function feeSheet(db: Db, unitId: number, month: string, rule: FeeRule) {
  const [people, paid] = await Promise.all([q.roster(db, unitId), q.feesOfMonth(db, unitId, `${month}-01`)]);
  const by = new Map(paid.map((p) => [p.member_id, p]));
  const proposed = await proposals(
    db,
    people.map((p) => p.id),
    `${month}-01`,
    rule,
  );
  return {
    month,
    defaultAmount: rule.monthlyFee,
    rows: people.map((p) => ({
      memberId: p.id,
      fullName: p.full_name,
      status: p.status,
      amount: by.get(p.id)?.amount ?? null,
      paidOn: by.get(p.id)?.paid_on ?? null,
      basis: proposed.get(p.id)!.basis,
      proposed: proposed.get(p.id)!.proposed,
    })),
  };
}

export async function saveFees(
  db: Db,
  actor: Actor,
  sheet: { unitId: number; month: string },
  input: Fees,
  on: { today: string; locale: Locale },
) {
  const { unitId, month } = sheet;
  const { today, locale } = on;
  const first = `${month}-01`;
  if (first > today) throw invalid('fee_month_in_future');
  if (input.rows.some((r) => (r.paidOn ?? '') > today)) throw invalid('fee_paid_in_future');
  return inTransaction(db, false, async (trx) => {
    const cell = await loadCell(trx, unitId);
    await checkRows(trx, cell.id, input.rows, locale);
    const paid = input.rows.filter((r) => r.amount !== null);
    const unpaid = input.rows.filter((r) => r.amount === null).map((r) => r.memberId);
    if (unpaid.length) await q.clearFees(trx, first, unpaid);
    if (paid.length)
      await q.upsertFees(
        trx,
        paid.map((r) => ({ member_id: r.memberId, month: first, unit_id: cell.id, amount: r.amount!, paid_on: r.paidOn ?? today })),
      );
    await appendAudit(trx, actor, {
      action: 'fees.save',
      entityType: 'unit',
      entityId: cell.id,
      scopePath: cell.path,
      after: { month, paid: paid.length, unpaid: unpaid.length },
    });
    return { month, saved: paid.length, cleared: unpaid.length };
  });
}

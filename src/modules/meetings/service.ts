// Cell meetings with attendance (present / absent with reason / absent without), and monthly Party fees,
// each entered for a whole cell in one request. One transaction per write, audit entry inside it.
import type { Transaction } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../domain/access/scope.js';
import { AppError, invalid, notFound, staleVersion } from '../../shared/errors.js';
import { translate, type Locale } from '../../shared/i18n.js';
import { inTransaction } from '../../shared/tx.js';
import { appendAudit } from '../audit/service.js';
import { loadCell } from '../members/service.js';
import type { FeeRule } from '../../domain/lifecycle/fees.js';
import { proposals } from './fee-basis.js';
import * as q from './queries.js';
import type { AttendanceRow, CreateMeeting, Fees, UpdateMeeting } from './schemas.js';

type Trx = Transaction<Database>;

export async function loadMeeting(db: Db, id: number) {
  const m = await q.getMeeting(db, id);
  if (!m) throw notFound('meeting');
  return m;
}

export async function meetingDto(db: Db, m: q.MeetingRow) {
  const rows = await q.attendance(db, m.id);
  return {
    id: m.id, unitId: m.unit_id, unitName: m.unit_name, heldOn: m.held_on, kind: m.kind, topic: m.topic, version: m.version,
    attendance: rows.map((r) => ({ memberId: r.member_id, fullName: r.full_name, presence: r.presence, reason: r.reason })),
  };
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
    else if (seen.has(r.memberId)) details.push({ field, message: translate(locale, 'errors.row_duplicate_named', { name: onRoll.get(r.memberId) }) });
    else if (r.presence === 'absent_excused' && !r.reason?.trim()) details.push({ field, message: translate(locale, 'errors.row_reason_required_named', { name: onRoll.get(r.memberId) }) });
    seen.add(r.memberId);
  });
  if (details.length) throw new AppError('validation', 400, {}, details);
}

/** A reason is kept only for an absence. */
function writeAttendance(trx: Trx, meetingId: number, rows: AttendanceRow[]) {
  return q.replaceAttendance(trx, meetingId, rows.map((r) => ({
    memberId: r.memberId, presence: r.presence, reason: r.presence === 'present' ? '' : r.reason?.trim() ?? '',
  })));
}

export async function create(db: Db, actor: Actor, input: CreateMeeting, today: string, locale: Locale) {
  if (input.heldOn > today) throw invalid('meeting_in_future');
  return inTransaction(db, false, async (trx) => {
    const cell = await loadCell(trx, input.unitId);
    await checkRows(trx, cell.id, input.attendance, locale);
    const row = await q.insertMeeting(trx, { unit_id: cell.id, held_on: input.heldOn, kind: input.kind, topic: input.topic?.trim() ?? '' });
    await writeAttendance(trx, row.id, input.attendance);
    const after = await meetingDto(trx, (await q.getMeeting(trx, row.id))!);
    await appendAudit(trx, actor, { action: 'meeting.create', entityType: 'meeting', entityId: row.id, scopePath: cell.path, after });
    return after;
  });
}

export async function update(db: Db, actor: Actor, id: number, input: UpdateMeeting, today: string, locale: Locale) {
  if ((input.heldOn ?? '') > today) throw invalid('meeting_in_future');
  return inTransaction(db, false, async (trx) => {
    const m = await loadMeeting(trx, id);
    const before = await meetingDto(trx, m);
    const updated = await q.updateMeeting(trx, id, input.version, {
      ...(input.heldOn ? { held_on: input.heldOn } : {}), ...(input.kind ? { kind: input.kind } : {}),
      ...(input.topic !== undefined ? { topic: input.topic.trim() } : {}),
    });
    if (!updated) throw staleVersion();
    if (input.attendance) {
      await checkRows(trx, m.unit_id, input.attendance, locale);
      await writeAttendance(trx, id, input.attendance);
    }
    const after = await meetingDto(trx, (await q.getMeeting(trx, id))!);
    await appendAudit(trx, actor, { action: 'meeting.update', entityType: 'meeting', entityId: id, scopePath: m.unit_path, before, after });
    return after;
  });
}

/** The cell's fees of a month: what was paid, and for everyone the amount the fee rule proposes from their basis. */
export async function feeSheet(db: Db, unitId: number, month: string, rule: FeeRule) {
  const [people, paid] = await Promise.all([q.roster(db, unitId), q.feesOfMonth(db, unitId, `${month}-01`)]);
  const by = new Map(paid.map((p) => [p.member_id, p]));
  const proposed = await proposals(db, people.map((p) => p.id), `${month}-01`, rule);
  return {
    month, defaultAmount: rule.monthlyFee,
    rows: people.map((p) => ({
      memberId: p.id, fullName: p.full_name, status: p.status, amount: by.get(p.id)?.amount ?? null, paidOn: by.get(p.id)?.paid_on ?? null,
      basis: proposed.get(p.id)!.basis, proposed: proposed.get(p.id)!.proposed,
    })),
  };
}

export async function saveFees(db: Db, actor: Actor, unitId: number, month: string, input: Fees, today: string, locale: Locale) {
  const first = `${month}-01`;
  if (first > today) throw invalid('fee_month_in_future');
  if (input.rows.some((r) => (r.paidOn ?? '') > today)) throw invalid('fee_paid_in_future');
  return inTransaction(db, false, async (trx) => {
    const cell = await loadCell(trx, unitId);
    await checkRows(trx, cell.id, input.rows, locale);
    const paid = input.rows.filter((r) => r.amount !== null);
    const unpaid = input.rows.filter((r) => r.amount === null).map((r) => r.memberId);
    if (unpaid.length) await q.clearFees(trx, first, unpaid);
    if (paid.length) await q.upsertFees(trx, paid.map((r) => ({ member_id: r.memberId, month: first, unit_id: cell.id, amount: r.amount!, paid_on: r.paidOn ?? today })));
    await appendAudit(trx, actor, { action: 'fees.save', entityType: 'unit', entityId: cell.id, scopePath: cell.path, after: { month, paid: paid.length, unpaid: unpaid.length } });
    return { month, saved: paid.length, cleared: unpaid.length };
  });
}

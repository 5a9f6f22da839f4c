// Attendance by check-in: the secretary opens the check-in on the meeting's day and shows a QR code that changes
// every CHECKIN_PERIOD_SECONDS; a member of the cell who scans it with their own logged-in phone is marked
// present. The secretary can still mark by hand (PUT /api/meetings/:id), and absences still need a reason there.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import {
  CHECKIN_PERIOD_SECONDS,
  checkinCode,
  checkinWindow,
  isCurrentCheckinCode,
  secondsToNextCode,
} from '../../../domain/lifecycle/checkin.js';
import { ACTIVE_STATUSES } from '../../../domain/members/record.js';
import { AppError, invalid } from '../../../shared/errors.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import * as q from './checkin-queries.js';
import type { MeetingRow } from './queries.js';

const onRolls = (status: string) => (ACTIVE_STATUSES as readonly string[]).includes(status);

function mustBeToday(m: MeetingRow, today: string) {
  if (m.held_on !== today) throw invalid('checkin_not_today');
}

/** What the secretary's screen shows: the code of the moment, how long it lasts, and the count so far. */
async function screen(db: Db, m: MeetingRow, secret: Uint8Array, now: number) {
  const counts = await q.checkinCounts(db, m.id, m.unit_id, ACTIVE_STATUSES);
  return {
    available: true,
    open: true,
    code: checkinCode(secret, m.id, checkinWindow(now)),
    periodSeconds: CHECKIN_PERIOD_SECONDS,
    secondsLeft: secondsToNextCode(now),
    present: counts.present,
    checkedIn: counts.checked_in,
    members: counts.members,
  };
}

export async function open(db: Db, actor: Actor, m: MeetingRow, today: string, now = Date.now()) {
  mustBeToday(m, today);
  const secret = await inTransaction(db, false, async (trx) => {
    const s = await q.openCheckin(trx, m.id, randomBytes(32));
    await appendAudit(trx, actor, { action: 'meeting.checkin_open', entityType: 'meeting', entityId: m.id, scopePath: m.unit_path });
    return s;
  });
  return screen(db, m, secret, now);
}

/** The screen as it stands; `available`: the check-in can be opened (the meeting is held today). */
export async function current(db: Db, m: MeetingRow, today: string, now = Date.now()) {
  const state = await q.checkinState(db, m.id);
  if (!state?.checkin_secret || m.held_on !== today) {
    const counts = await q.checkinCounts(db, m.id, m.unit_id, ACTIVE_STATUSES);
    return {
      available: m.held_on === today,
      open: false,
      code: null,
      periodSeconds: CHECKIN_PERIOD_SECONDS,
      secondsLeft: 0,
      present: counts.present,
      checkedIn: counts.checked_in,
      members: counts.members,
    };
  }
  return screen(db, m, state.checkin_secret, now);
}

export async function close(db: Db, actor: Actor, m: MeetingRow, today: string) {
  await inTransaction(db, false, async (trx) => {
    await q.closeCheckin(trx, m.id);
    await appendAudit(trx, actor, { action: 'meeting.checkin_close', entityType: 'meeting', entityId: m.id, scopePath: m.unit_path });
  });
  return current(db, m, today);
}

/**
 * Checks a code before anything about the caller is looked at: a meeting that does not exist, whose check-in is
 * closed, or a code that is not the current one all read the same, so a guess learns nothing.
 */
export async function checkCode(db: Db, meetingId: number, code: string, today: string, now = Date.now()) {
  const state = await q.checkinState(db, meetingId);
  if (!state?.checkin_secret || !isCurrentCheckinCode(state.checkin_secret, meetingId, code, now)) throw invalid('checkin_code_invalid');
  if (state.held_on !== today) throw invalid('checkin_code_invalid');
  return state;
}

/** The member's own check-in, after checkCode. */
export async function checkIn(db: Db, actor: Actor, m: MeetingRow) {
  const memberId = actor.memberId;
  if (!memberId) throw new AppError('checkin_other_cell', 403);
  const member = await q.memberCell(db, memberId);
  if (!member || member.unit_id !== m.unit_id || !onRolls(member.status)) throw new AppError('checkin_other_cell', 403);
  const added = await inTransaction(db, false, async (trx) => {
    const first = await q.checkIn(trx, m.id, memberId);
    if (first) {
      await appendAudit(trx, actor, {
        action: 'meeting.check_in',
        entityType: 'meeting',
        entityId: m.id,
        scopePath: m.unit_path,
        after: { memberId },
      });
    }
    return first;
  });
  return { meetingId: m.id, unitName: m.unit_name, heldOn: m.held_on, topic: m.topic, alreadyRecorded: !added };
}

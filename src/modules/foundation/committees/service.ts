import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { isWithinPath } from '../../../domain/orgs/tree.js';
import { AppError, invalid, notFound } from '../../../shared/errors.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../audit/service.js';
import { getMember } from '../members/queries.js';
import * as q from './queries.js';

export const committee = q.termsWithSeats;

export async function loadTerm(db: Db, id: number) {
  const t = await q.getTerm(db, id);
  if (!t) throw notFound('term');
  return t;
}

export async function loadSeat(db: Db, id: number) {
  const s = await q.getSeat(db, id);
  if (!s) throw notFound('seat');
  return s;
}

export function addTerm(db: Db, actor: Actor, unit: { id: number; path: string }, t: { label: string; startsOn: string; endsOn?: string }) {
  if (t.endsOn && t.endsOn <= t.startsOn) throw invalid('validation');
  return inTransaction(db, false, async (trx) => {
    const id = await q.insertTerm(trx, { unitId: unit.id, label: t.label.trim(), startsOn: t.startsOn, endsOn: t.endsOn ?? null });
    await appendAudit(trx, actor, {
      action: 'committee.term_add',
      entityType: 'committee_term',
      entityId: id,
      scopePath: unit.path,
      after: t,
    });
    return { id };
  });
}

/** A seat goes to a member of the unit's own subtree. */
export function addSeat(
  db: Db,
  actor: Actor,
  term: { id: number; unit_path: string },
  s: { memberId: number; position: 'secretary' | 'deputy_secretary' | 'standing_member' | 'member'; fromDate: string },
) {
  return inTransaction(db, false, async (trx) => {
    const member = await getMember(trx, s.memberId);
    if (!member || !isWithinPath(member.unit_path, term.unit_path)) throw new AppError('not_found', 404, { entity: 'member' });
    const id = await q.insertSeat(trx, { termId: term.id, ...s });
    await appendAudit(trx, actor, {
      action: 'committee.seat_add',
      entityType: 'committee_seat',
      entityId: id,
      scopePath: term.unit_path,
      after: s,
    });
    return { id };
  });
}

export function endSeat(
  db: Db,
  actor: Actor,
  seat: { id: number; from_date: string; unit_path: string; to_date: string | null },
  toDate: string,
) {
  if (toDate <= seat.from_date) throw invalid('validation');
  return inTransaction(db, false, async (trx) => {
    await q.endSeat(trx, seat.id, toDate);
    await appendAudit(trx, actor, {
      action: 'committee.seat_end',
      entityType: 'committee_seat',
      entityId: seat.id,
      scopePath: seat.unit_path,
      before: { toDate: seat.to_date },
      after: { toDate },
    });
    return { id: seat.id, toDate };
  });
}

// Keeps the member registry coherent when the lifecycle changes a member's status or cell: member row,
// cell periods and timeline event, inside the caller's transaction (the caller adds the audit entry).
import type { Transaction } from 'kysely';
import type { Database, MemberStatus } from '../../../db/schema.js';
import type { Actor } from '../../../domain/access/scope.js';
import { notFound } from '../../../shared/errors.js';
import { addEvent, changeCell, getMember, openCellPeriod } from '../../foundation/members/queries.js';
import { closeCellPeriod, setMemberCell, setMemberStatus } from './queries.js';

type Trx = Transaction<Database>;

/** Statuses of people no longer on a cell's rolls: their last cell period is closed. */
export const LEFT: MemberStatus[] = ['transferred_out', 'removed', 'expelled', 'deceased'];

export async function lockMember(trx: Trx, id: number) {
  const m = await getMember(trx, id, true);
  if (!m) throw notFound('member');
  return m;
}

export interface StatusChange {
  memberId: number;
  to: MemberStatus;
  on: string;
  kind: string;
  details: Record<string, unknown>;
}

/** Sets the status, closes the open cell period when the member leaves, and adds the timeline event. */
export async function changeStatus(trx: Trx, actor: Actor, c: StatusChange, extra: Record<string, unknown> = {}) {
  const before = await lockMember(trx, c.memberId);
  await setMemberStatus(trx, c.memberId, c.to, extra);
  if (LEFT.includes(c.to) && !LEFT.includes(before.status)) await closeCellPeriod(trx, c.memberId, c.on);
  if (!LEFT.includes(c.to) && LEFT.includes(before.status)) await openCellPeriod(trx, c.memberId, before.unit_id, c.on);
  await addEvent(trx, {
    memberId: c.memberId,
    on: c.on,
    kind: c.kind,
    details: { ...c.details, from: before.status, to: c.to },
    actorUserId: actor.userId,
  });
  return before;
}

/** Moves a member to another cell on `on` (cell periods, member.unit_id and the timeline event). */
export async function moveToCell(
  trx: Trx,
  actor: Actor,
  memberId: number,
  move: { unitId: number; on: string; kind: string; details: Record<string, unknown> },
) {
  const { unitId, on, kind, details } = move;
  const before = await lockMember(trx, memberId);
  await changeCell(trx, memberId, unitId, on);
  await setMemberCell(trx, memberId, unitId);
  await addEvent(trx, { memberId, on, kind, details: { ...details, from: before.unit_id, to: unitId }, actorUserId: actor.userId });
  return before;
}

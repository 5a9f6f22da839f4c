// Transfers of Party activities (Quy định 294/2025): a handshake recorded → issued → in transit → received.
// Receiving an official transfer moves the member (cell periods); a temporary one keeps the home cell.
// Out of the province, handing the letter over ends our part: an official one sets 'transferred_out'.
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { deadlines, overdue, transition, type TransferAction } from '../../../domain/transfers/state.js';
import type { Settings } from '../../../domain/lifecycle/settings.js';
import { AppError, conflict, invalid, notFound, staleVersion } from '../../../shared/errors.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { addEvent } from '../../foundation/members/queries.js';
import { loadCell } from '../../foundation/members/service.js';
import { changeStatus, LEFT, lockMember, moveToCell } from '../shared/registry.js';
import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import * as q from './queries.js';
import type { CreateTransfer, Step } from './schemas.js';

export function toDto(r: q.TransferRow, holidays: ReadonlySet<string>, s: Settings, today: string) {
  const facts = { state: r.state, movedOn: r.moved_on, letterDate: r.letter_date, outOfProvince: r.out_of_province };
  const d = deadlines(facts, holidays, s);
  return {
    id: r.id,
    memberId: r.member_id,
    fullName: r.full_name,
    kind: r.kind,
    fromUnitId: r.from_unit_id,
    fromName: r.from_name,
    toUnitId: r.to_unit_id,
    toName: r.to_name,
    outOfProvince: r.out_of_province,
    destination: r.destination,
    movedOn: r.moved_on,
    letterNo: r.letter_no,
    letterDate: r.letter_date,
    state: r.state,
    handedOn: r.handed_on,
    receivedOn: r.received_on,
    note: r.note,
    version: r.version,
    startBy: d.startBy,
    presentBy: d.presentBy,
    overdue: overdue(facts, d, today),
  };
}

export async function load(db: Db, id: number) {
  const r = await q.getTransfer(db, id);
  if (!r) throw notFound('transfer');
  return r;
}

function checkDates(input: { movedOn?: string; letterDate?: string; letterNo?: string }, today: string) {
  if ((input.letterNo === undefined) !== (input.letterDate === undefined)) throw invalid('transfer_letter_incomplete');
  if ((input.movedOn ?? '') > today || (input.letterDate ?? '') > today) throw invalid('transfer_date_in_future');
  if (!input.movedOn && !input.letterNo) throw invalid('transfer_needs_move_or_letter');
}

export async function create(db: Db, actor: Actor, input: CreateTransfer, out: boolean, today: string) {
  checkDates(input, today);
  return inTransaction(db, false, async (trx) => {
    const m = await lockMember(trx, input.memberId);
    if (LEFT.includes(m.status)) throw conflict('member_not_active', { name: m.full_name });
    let toUnitId: number | null = null;
    if (!out) {
      const cell = await loadCell(trx, input.toUnitId!);
      if (cell.id === m.unit_id) throw invalid('transfer_same_cell');
      toUnitId = cell.id;
    }
    if (await q.openTransferOf(trx, m.id)) throw conflict('transfer_open_exists', { name: m.full_name });
    const id = await q.insertTransfer(trx, {
      member_id: m.id,
      kind: input.kind,
      from_unit_id: m.unit_id,
      to_unit_id: toUnitId,
      out_of_province: out,
      destination: input.destination?.trim() ?? '',
      moved_on: input.movedOn ?? null,
      letter_no: input.letterNo?.trim() ?? null,
      letter_date: input.letterDate ?? null,
      state: input.letterNo ? 'issued' : 'recorded',
      note: input.note?.trim() ?? '',
    });
    const kind = input.letterNo ? 'transfer_issued' : 'transfer_recorded';
    await addEvent(trx, {
      memberId: m.id,
      on: input.letterDate ?? input.movedOn!,
      kind,
      details: {
        transferId: id,
        toUnitId,
        destination: input.destination ?? null,
        letterNo: input.letterNo ?? null,
        transferKind: input.kind,
      },
      actorUserId: actor.userId,
    });
    const after = (await q.getTransfer(trx, id))!;
    await appendAudit(trx, actor, {
      action: 'transfer.create',
      entityType: 'transfer',
      entityId: id,
      scopePath: after.from_path,
      after: plain(after),
    });
    return id;
  });
}

const plain = (r: q.TransferRow) => ({
  state: r.state,
  kind: r.kind,
  memberId: r.member_id,
  fromUnitId: r.from_unit_id,
  toUnitId: r.to_unit_id,
  destination: r.destination,
  letterNo: r.letter_no,
  letterDate: r.letter_date,
  movedOn: r.moved_on,
  handedOn: r.handed_on,
  receivedOn: r.received_on,
});

type Trx = Transaction<Database>;

async function step(
  db: Db,
  actor: Actor,
  transfer: { id: number; version: number; action: TransferAction },
  apply: (trx: Trx, t: q.TransferRow) => Promise<Record<string, unknown>>,
) {
  const { id, version, action } = transfer;
  return inTransaction(db, false, async (trx) => {
    const before = await q.getTransfer(trx, id);
    if (!before) throw notFound('transfer');
    const next = transition({ state: before.state, outOfProvince: before.out_of_province }, action);
    if ('error' in next)
      throw new AppError(next.error, next.error === 'transfer_out_of_province_no_receive' ? 400 : 409, { state: before.state });
    if (before.version !== version) throw staleVersion();
    const values = await apply(trx, before);
    if (!(await q.advanceTransfer(trx, id, version, next.to, values))) throw staleVersion();
    const after = (await q.getTransfer(trx, id))!;
    await appendAudit(trx, actor, {
      action: `transfer.${action}`,
      entityType: 'transfer',
      entityId: id,
      scopePath: before.from_path,
      before: plain(before),
      after: plain(after),
    });
    return id;
  });
}

export function issue(db: Db, actor: Actor, id: number, input: { version: number; letterNo: string; letterDate: string }, today: string) {
  if (input.letterDate > today) throw invalid('transfer_date_in_future');
  return step(db, actor, { id, version: input.version, action: 'issue' }, async (trx, t) => {
    await addEvent(trx, {
      memberId: t.member_id,
      on: input.letterDate,
      kind: 'transfer_issued',
      details: { transferId: id, letterNo: input.letterNo },
      actorUserId: actor.userId,
    });
    return { letter_no: input.letterNo.trim(), letter_date: input.letterDate };
  });
}

export function handOver(db: Db, actor: Actor, id: number, input: Step, today: string) {
  const on = input.on ?? today;
  if (on > today) throw invalid('transfer_date_in_future');
  return step(db, actor, { id, version: input.version, action: 'hand_over' }, async (trx, t) => {
    if (on < t.letter_date!) throw invalid('transfer_before_letter');
    const details = { transferId: id, destination: t.destination || t.to_name };
    if (t.out_of_province && t.kind === 'official') {
      await changeStatus(trx, actor, { memberId: t.member_id, to: 'transferred_out', on, kind: 'transferred_out', details });
    } else {
      await addEvent(trx, { memberId: t.member_id, on, kind: 'transfer_handed_over', details, actorUserId: actor.userId });
    }
    return { handed_on: on };
  });
}

export function receive(db: Db, actor: Actor, id: number, input: Step, today: string) {
  const on = input.on ?? today;
  if (on > today) throw invalid('transfer_date_in_future');
  return step(db, actor, { id, version: input.version, action: 'receive' }, async (trx, t) => {
    if (on < t.letter_date!) throw invalid('transfer_before_letter');
    const m = await lockMember(trx, t.member_id);
    if (LEFT.includes(m.status)) throw conflict('member_not_active', { name: m.full_name });
    const details = { transferId: id, letterNo: t.letter_no, transferKind: t.kind };
    if (t.kind === 'official') await moveToCell(trx, actor, t.member_id, { unitId: t.to_unit_id!, on, kind: 'transfer_received', details });
    else
      await addEvent(trx, {
        memberId: t.member_id,
        on,
        kind: 'transfer_received_temporary',
        details: { ...details, hostUnitId: t.to_unit_id },
        actorUserId: actor.userId,
      });
    return { received_on: on, note: input.note?.trim() ?? t.note };
  });
}

export function cancel(db: Db, actor: Actor, id: number, input: Step, today: string) {
  return step(db, actor, { id, version: input.version, action: 'cancel' }, async (trx, t) => {
    await addEvent(trx, {
      memberId: t.member_id,
      on: input.on ?? today,
      kind: 'transfer_cancelled',
      details: { transferId: id },
      actorUserId: actor.userId,
    });
    return { note: input.note?.trim() ?? t.note };
  });
}

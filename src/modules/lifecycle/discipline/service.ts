// Discipline of members (Party Charter ch. VIII): reprimand, warning, dismissal, expulsion. Expulsion sets the
// status 'expelled' and closes the member's cell period. One transaction per write, audit entry inside it.
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { conflict, invalid, notFound, staleVersion } from '../../../shared/errors.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { addEvent } from '../../foundation/members/queries.js';
import { changeStatus, LEFT, lockMember } from '../shared/registry.js';
import * as q from './queries.js';
import type { RecordDiscipline, UpdateDiscipline } from './schemas.js';

export function toDto(r: q.DisciplineRow) {
  return {
    id: r.id,
    memberId: r.member_id!,
    fullName: r.full_name,
    unitId: r.unit_id,
    unitName: r.unit_name,
    form: r.form,
    decidedOn: r.decided_on,
    decisionNo: r.decision_no,
    authority: r.authority,
    reason: r.reason,
    selfDetectedRemedied: r.self_detected_remedied,
    version: r.version,
  };
}

export async function load(db: Db, id: number) {
  const r = await q.getRecord(db, id);
  if (!r) throw notFound('discipline');
  return r;
}

export async function record(db: Db, actor: Actor, input: RecordDiscipline, today: string) {
  if (input.decidedOn > today) throw invalid('decided_in_future');
  return inTransaction(db, false, async (trx) => {
    const m = await lockMember(trx, input.memberId);
    if (LEFT.includes(m.status)) throw conflict('member_not_active', { name: m.full_name });
    const recordId = await q.insertRecord(trx, { memberId: m.id, unitId: m.unit_id, ...decisionOf(input) });
    const details = { disciplineId: recordId, form: input.form, decisionNo: input.decisionNo };
    if (input.form === 'expulsion') {
      await changeStatus(trx, actor, { memberId: m.id, to: 'expelled', on: input.decidedOn, kind: 'expelled', details });
    } else {
      await addEvent(trx, { memberId: m.id, on: input.decidedOn, kind: 'disciplined', details, actorUserId: actor.userId });
    }
    const after = toDto((await q.getRecord(trx, recordId))!);
    await appendAudit(trx, actor, {
      action: 'discipline.record',
      entityType: 'discipline',
      entityId: recordId,
      scopePath: m.unit_path,
      after,
    });
    return after;
  });
}

/** The decision's fields as stored, text trimmed. */
export function decisionOf(
  input: Pick<RecordDiscipline, 'form' | 'decidedOn' | 'decisionNo' | 'authority' | 'reason' | 'selfDetectedRemedied'>,
) {
  return {
    form: input.form,
    decidedOn: input.decidedOn,
    decisionNo: input.decisionNo.trim(),
    authority: input.authority.trim(),
    reason: input.reason?.trim() ?? '',
    selfDetectedRemedied: input.selfDetectedRemedied ?? false,
  };
}

/** The columns a correction changes: only the fields sent, text trimmed. */
export function correctionValues(input: UpdateDiscipline) {
  return {
    ...(input.decidedOn !== undefined ? { decided_on: input.decidedOn } : {}),
    ...(input.decisionNo !== undefined ? { decision_no: input.decisionNo.trim() } : {}),
    ...(input.authority !== undefined ? { authority: input.authority.trim() } : {}),
    ...(input.reason !== undefined ? { reason: input.reason.trim() } : {}),
    ...(input.selfDetectedRemedied !== undefined ? { self_detected_remedied: input.selfDetectedRemedied } : {}),
  };
}

export async function update(db: Db, actor: Actor, id: number, input: UpdateDiscipline, today: string) {
  if (input.decidedOn && input.decidedOn > today) throw invalid('decided_in_future');
  return inTransaction(db, false, async (trx) => {
    const before = await q.getRecord(trx, id);
    if (!before) throw notFound('discipline');
    const values = correctionValues(input);
    if (!(await q.correctRecord(trx, id, input.version, values, 'member'))) throw staleVersion();
    const after = toDto((await q.getRecord(trx, id))!);
    await appendAudit(trx, actor, {
      action: 'discipline.update',
      entityType: 'discipline',
      entityId: id,
      scopePath: before.member_path,
      before: toDto(before),
      after,
    });
    return after;
  });
}

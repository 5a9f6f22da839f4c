// Exemption from (miễn, tạm miễn) and suspension of (đình chỉ) Party activities, with dates and decisions.
// Recording one in force today sets the member's status; the end is applied by an explicit "restore"
// (on the recorded end date, or earlier), which closes the period and puts the status back
// (official when the member has an official date, else probationary). Lists show those due to restore.
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { conflict, invalid, notFound, staleVersion } from '../../../shared/errors.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { changeStatus, lockMember } from '../shared/registry.js';
import * as q from './queries.js';
import type { RecordExemption } from './schemas.js';

export function toDto(r: q.ExemptionRow) {
  return {
    id: r.id,
    memberId: r.member_id,
    fullName: r.full_name,
    memberStatus: r.status,
    unitId: r.unit_id,
    unitName: r.unit_name,
    kind: r.kind,
    fromDate: r.from_date,
    toDate: r.to_date,
    decisionNo: r.decision_no,
    reason: r.reason,
    version: r.version,
  };
}

export async function load(db: Db, id: number) {
  const r = await q.getExemption(db, id);
  if (!r) throw notFound('exemption');
  return r;
}

export async function record(db: Db, actor: Actor, input: RecordExemption, today: string) {
  const toDate = input.toDate ?? null;
  if (input.fromDate > today) throw invalid('exemption_future_start');
  if (toDate !== null && toDate <= input.fromDate) throw invalid('exemption_end_before_start');
  return inTransaction(db, false, async (trx) => {
    const m = await lockMember(trx, input.memberId);
    if (m.status !== 'official' && m.status !== 'probationary')
      throw conflict('exemption_member_status', { name: m.full_name, status: m.status });
    if (await q.overlapping(trx, m.id, input.fromDate, toDate)) throw conflict('exemption_overlap', { name: m.full_name });
    const id = await q.insertExemption(trx, {
      member_id: m.id,
      kind: input.kind,
      from_date: input.fromDate,
      to_date: toDate,
      decision_no: input.decisionNo.trim(),
      reason: input.reason?.trim() ?? '',
    });
    const inForce = toDate === null || toDate > today;
    if (inForce) {
      await changeStatus(trx, actor, {
        memberId: m.id,
        to: input.kind,
        on: input.fromDate,
        kind: input.kind,
        details: { exemptionId: id, decisionNo: input.decisionNo, toDate },
      });
    }
    const after = toDto((await q.getExemption(trx, id))!);
    await appendAudit(trx, actor, { action: 'exemption.record', entityType: 'exemption', entityId: id, scopePath: m.unit_path, after });
    return after;
  });
}

export async function restore(db: Db, actor: Actor, id: number, input: { version: number; on?: string }, today: string) {
  const on = input.on ?? today;
  if (on > today) throw invalid('restore_in_future');
  return inTransaction(db, false, async (trx) => {
    const before = await q.getExemption(trx, id);
    if (!before) throw notFound('exemption');
    if (before.version !== input.version) throw staleVersion();
    const m = await lockMember(trx, before.member_id);
    if (m.status !== before.kind) throw conflict('exemption_not_in_force');
    if (on <= before.from_date) throw invalid('exemption_end_before_start');
    const toDate = before.to_date !== null && before.to_date < on ? before.to_date : on;
    if (!(await q.endExemption(trx, id, input.version, toDate))) throw staleVersion();
    const back = m.official_on ? 'official' : 'probationary';
    await changeStatus(trx, actor, { memberId: m.id, to: back, on: toDate, kind: 'exemption_ended', details: { exemptionId: id } });
    const after = toDto((await q.getExemption(trx, id))!);
    await appendAudit(trx, actor, {
      action: 'exemption.restore',
      entityType: 'exemption',
      entityId: id,
      scopePath: m.unit_path,
      before: toDto(before),
      after,
    });
    return after;
  });
}

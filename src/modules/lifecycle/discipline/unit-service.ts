// Discipline of Party organizations (reprimand, warning, dissolution), decided at the level above. The records
// share discipline_record (member_id NULL) so the assessment facts of collectives read them: the unit's own
// discipline, and its subordinate units disciplined. A dissolution is recorded only: the tree changes through a
// restructuring. One transaction per write, audit entry inside it.
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { needsRestructuring, unitDisciplineProblem } from '../../../domain/lifecycle/unit-discipline.js';
import { invalid, notFound, staleVersion } from '../../../shared/errors.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import * as q from './queries.js';
import type { RecordUnitDiscipline, UpdateDiscipline } from './schemas.js';
import { correctionValues, decisionOf } from './service.js';

export function toUnitDto(r: q.UnitDisciplineRow) {
  return {
    id: r.id,
    unitId: r.unit_id,
    unitName: r.unit_name,
    form: r.form,
    decidedOn: r.decided_on,
    decisionNo: r.decision_no,
    authority: r.authority,
    reason: r.reason,
    selfDetectedRemedied: r.self_detected_remedied,
    version: r.version,
    unitDissolvedOn: r.dissolved_on,
    needsRestructuring: needsRestructuring(r.form, { dissolvedOn: r.dissolved_on }),
  };
}

export async function loadUnitRecord(db: Db, id: number) {
  const r = await q.getUnitRecord(db, id);
  if (!r) throw notFound('discipline');
  return r;
}

const facts = (u: { path: string; founded_on: string; dissolved_on: string | null }) => ({
  path: u.path,
  foundedOn: u.founded_on,
  dissolvedOn: u.dissolved_on,
});

export async function recordUnit(db: Db, actor: Actor, input: RecordUnitDiscipline, today: string) {
  return inTransaction(db, false, async (trx) => {
    const unit = await loadUnit(trx, input.unitId);
    const problem = unitDisciplineProblem(facts(unit), input.decidedOn, today);
    if (problem) throw invalid(problem, { name: unit.name });
    const recordId = await q.insertRecord(trx, { memberId: null, unitId: unit.id, ...decisionOf(input) });
    const after = toUnitDto((await q.getUnitRecord(trx, recordId))!);
    await appendAudit(trx, actor, {
      action: 'discipline.unit.record',
      entityType: 'discipline',
      entityId: recordId,
      scopePath: unit.path,
      after,
    });
    return after;
  });
}

export async function updateUnit(db: Db, actor: Actor, id: number, input: UpdateDiscipline, today: string) {
  return inTransaction(db, false, async (trx) => {
    const before = await q.getUnitRecord(trx, id);
    if (!before) throw notFound('discipline');
    if (input.decidedOn !== undefined) {
      const unit = await loadUnit(trx, before.unit_id);
      const problem = unitDisciplineProblem(facts(unit), input.decidedOn, today);
      if (problem) throw invalid(problem, { name: unit.name });
    }
    const values = correctionValues(input);
    if (!(await q.correctRecord(trx, id, input.version, values, 'unit'))) throw staleVersion();
    const after = toUnitDto((await q.getUnitRecord(trx, id))!);
    await appendAudit(trx, actor, {
      action: 'discipline.unit.update',
      entityType: 'discipline',
      entityId: id,
      scopePath: before.unit_path,
      before: toUnitDto(before),
      after,
    });
    return after;
  });
}

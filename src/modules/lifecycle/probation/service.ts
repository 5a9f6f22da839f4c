// Probation (Party Charter art. 5): 12 months from admission, the checklist of forms 10–15-KNĐ, then the
// decision: official (official_on = the end of probation) or probation ended (name removed).
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { addDays, addMonths, toDay } from '../../../domain/calendar/dates.js';
import { PROBATION_FORMS } from '../../../domain/recruitment/stages.js';
import { conflict, invalid, staleVersion } from '../../../shared/errors.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { changeStatus, lockMember } from '../shared/registry.js';
import { loadSettings } from '../shared/settings.js';
import * as q from './queries.js';

export function toDto(r: q.ProbationRow, today: string) {
  const forms = r.forms ?? [];
  return {
    memberId: r.id,
    fullName: r.full_name,
    birthDate: r.birth_date,
    admittedOn: r.admitted_on,
    unitId: r.unit_id,
    unitName: r.unit_name,
    dueOn: r.due_on,
    daysLeft: toDay(r.due_on) - toDay(today),
    overdue: r.due_on < today,
    checklist: PROBATION_FORMS.map((form) => ({ form, done: forms.includes(form) })),
    fileVersion: r.version ?? 0,
  };
}

export async function list(db: Db, f: { path: string; filter: 'all' | 'due' | 'overdue'; today: string; limit: number; offset: number }) {
  const s = await loadSettings(db);
  const dueBy = f.filter === 'due' ? addDays(f.today, s.probationDueWindowDays) : f.filter === 'overdue' ? addDays(f.today, -1) : undefined;
  const { rows, total } = await q.probationers(db, { path: f.path, months: s.probationMonths, dueBy, limit: f.limit, offset: f.offset });
  return { total, items: rows.map((r) => toDto(r, f.today)) };
}

export async function saveForms(db: Db, actor: Actor, memberId: number, input: { version: number; forms: string[] }) {
  const unknown = input.forms.filter((f) => !PROBATION_FORMS.includes(f));
  if (unknown.length) throw invalid('probation_unknown_forms', { forms: unknown.join(', ') });
  return inTransaction(db, false, async (trx) => {
    const m = await lockMember(trx, memberId);
    if (m.status !== 'probationary') throw conflict('probation_not_probationary', { name: m.full_name });
    const forms = [...new Set(input.forms)].sort();
    const saved =
      input.version === 0
        ? await q.createProbationFile(trx, memberId, forms)
        : await q.updateProbationForms(trx, memberId, input.version, forms);
    if (!saved) throw staleVersion();
    await appendAudit(trx, actor, {
      action: 'probation.forms',
      entityType: 'member',
      entityId: memberId,
      scopePath: m.unit_path,
      after: { forms },
    });
    return { memberId, forms, version: input.version + 1 };
  });
}

export interface Decision {
  outcome: 'official' | 'ended';
  decisionNo: string;
  decidedOn: string;
  authority: string;
}

export async function decide(db: Db, actor: Actor, memberId: number, input: Decision, today: string) {
  if (input.decidedOn > today) throw invalid('decided_in_future');
  const s = await loadSettings(db);
  return inTransaction(db, false, async (trx) => {
    const m = await lockMember(trx, memberId);
    if (m.status !== 'probationary') throw conflict('probation_not_probationary', { name: m.full_name });
    const dueOn = addMonths(m.admitted_on, s.probationMonths);
    if (input.outcome === 'official' && input.decidedOn < dueOn) throw invalid('probation_not_finished', { dueOn });
    const details = { decisionNo: input.decisionNo, authority: input.authority };
    if (input.outcome === 'official') {
      await changeStatus(trx, actor, { memberId, to: 'official', on: dueOn, kind: 'probation_official', details }, { official_on: dueOn });
    } else {
      await changeStatus(trx, actor, { memberId, to: 'removed', on: input.decidedOn, kind: 'probation_ended', details });
    }
    await q.recordProbationDecision(trx, memberId, input);
    await appendAudit(trx, actor, {
      action: `probation.${input.outcome}`,
      entityType: 'member',
      entityId: memberId,
      scopePath: m.unit_path,
      before: { status: 'probationary' },
      after: { ...input, officialOn: input.outcome === 'official' ? dueOn : null },
    });
    return { memberId, outcome: input.outcome, officialOn: input.outcome === 'official' ? dueOn : null };
  });
}

// The review queue of flags, the removal workflow (cell proposal → committee decision with a complaint window),
// education records, deaths and departures. One transaction per write, audit entry inside it.
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { addDays } from '../../../domain/calendar/dates.js';
import { conflict, invalid, notFound, staleVersion } from '../../../shared/errors.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { addEvent } from '../../foundation/members/queries.js';
import { changeStatus, LEFT, lockMember } from '../shared/registry.js';
import { loadSettings } from '../shared/settings.js';
import * as q from './queries.js';

export const flagDto = (f: q.FlagRow) => ({
  id: f.id,
  memberId: f.member_id,
  fullName: f.full_name,
  unitId: f.unit_id,
  unitName: f.unit_name,
  rule: f.rule,
  evidence: f.evidence,
  state: f.state,
  reviewNote: f.review_note,
  version: f.version,
  runOn: f.run_on,
});

export async function loadFlag(db: Db, id: number) {
  const f = await q.getFlag(db, id);
  if (!f) throw notFound('flag');
  return f;
}

export async function dismiss(db: Db, actor: Actor, id: number, input: { version: number; note: string }) {
  return inTransaction(db, false, async (trx) => {
    const f = await loadFlag(trx, id);
    if (f.state !== 'open') throw conflict('flag_closed');
    if (!(await q.closeFlag(trx, id, input.version, 'dismissed', input.note.trim()))) throw staleVersion();
    await appendAudit(trx, actor, {
      action: 'flag.dismiss',
      entityType: 'flag',
      entityId: id,
      scopePath: f.unit_path,
      before: { state: 'open' },
      after: { state: 'dismissed', note: input.note },
    });
    return flagDto(await loadFlag(trx, id));
  });
}

export interface Proposal {
  resolutionNo: string;
  proposedOn: string;
  note?: string;
}

export async function propose(
  db: Db,
  actor: Actor,
  p: { memberId: number; reason: string; proposal: Proposal; today: string; flag?: { id: number; version: number } },
) {
  const { memberId, reason, proposal: input, today, flag } = p;
  if (input.proposedOn > today) throw invalid('decided_in_future');
  return inTransaction(db, false, async (trx) => {
    const m = await lockMember(trx, memberId);
    if (LEFT.includes(m.status)) throw conflict('member_not_active', { name: m.full_name });
    if (flag) {
      const f = await loadFlag(trx, flag.id);
      if (f.state !== 'open') throw conflict('flag_closed');
      if (!(await q.closeFlag(trx, flag.id, flag.version, 'proposed', input.note?.trim() ?? ''))) throw staleVersion();
    }
    if (await q.openRemovalOf(trx, memberId)) throw conflict('removal_open_exists', { name: m.full_name });
    const row = await q.insertRemoval(trx, {
      member_id: memberId,
      unit_id: m.unit_id,
      flag_id: flag?.id ?? null,
      reason,
      resolution_no: input.resolutionNo.trim(),
      proposed_on: input.proposedOn,
    });
    await addEvent(trx, {
      memberId,
      on: input.proposedOn,
      kind: 'removal_proposed',
      details: { removalId: row.id, reason, resolutionNo: input.resolutionNo },
      actorUserId: actor.userId,
    });
    await appendAudit(trx, actor, {
      action: 'removal.propose',
      entityType: 'removal',
      entityId: row.id,
      scopePath: m.unit_path,
      after: { memberId, reason, ...input, flagId: flag?.id ?? null },
    });
    return row.id;
  });
}

export interface RemovalDecision {
  version: number;
  outcome: 'removed' | 'rejected';
  decisionNo: string;
  decidedOn: string;
  authority: string;
}

export async function decide(db: Db, actor: Actor, id: number, input: RemovalDecision, today: string) {
  if (input.decidedOn > today) throw invalid('decided_in_future');
  const s = await loadSettings(db);
  return inTransaction(db, false, async (trx) => {
    const c = await q.getRemoval(trx, id);
    if (!c) throw notFound('removal');
    if (c.state !== 'proposed') throw conflict('removal_decided');
    if (input.decidedOn < c.proposed_on) throw invalid('removal_decision_before_proposal');
    const complaintUntil = input.outcome === 'removed' ? addDays(input.decidedOn, s.complaintDays) : null;
    const decided = await q.decideRemoval(trx, id, input.version, {
      state: input.outcome,
      decision_no: input.decisionNo.trim(),
      decided_on: input.decidedOn,
      authority: input.authority.trim(),
      complaint_until: complaintUntil,
    });
    if (!decided) throw staleVersion();
    const details = { removalId: id, reason: c.reason, decisionNo: input.decisionNo, complaintUntil };
    if (input.outcome === 'removed') {
      await changeStatus(trx, actor, { memberId: c.member_id, to: 'removed', on: input.decidedOn, kind: 'name_removed', details });
    } else {
      await addEvent(trx, { memberId: c.member_id, on: input.decidedOn, kind: 'removal_rejected', details, actorUserId: actor.userId });
    }
    const m = await lockMember(trx, c.member_id);
    await appendAudit(trx, actor, {
      action: `removal.${input.outcome}`,
      entityType: 'removal',
      entityId: id,
      scopePath: m.unit_path,
      before: { state: 'proposed' },
      after: { state: input.outcome, ...input, complaintUntil },
    });
    return { id, state: input.outcome, complaintUntil };
  });
}

/** The cell records that it educated a member, or the progress made since (the 12-month rule). */
export async function recordEducation(
  db: Db,
  actor: Actor,
  memberId: number,
  input: { kind: 'educated' | 'progress'; on: string; note?: string },
  today: string,
) {
  if (input.on > today) throw invalid('decided_in_future');
  return inTransaction(db, false, async (trx) => {
    const m = await lockMember(trx, memberId);
    const kind = input.kind === 'educated' ? 'educated' : 'education_progress';
    await addEvent(trx, { memberId, on: input.on, kind, details: { note: input.note ?? '' }, actorUserId: actor.userId });
    await appendAudit(trx, actor, {
      action: `member.${kind}`,
      entityType: 'member',
      entityId: memberId,
      scopePath: m.unit_path,
      after: input,
    });
    return { memberId, kind, on: input.on };
  });
}

/** Deaths and departures (leaving the Party at one's own request) take a member off the rolls. */
export async function recordExit(
  db: Db,
  actor: Actor,
  memberId: number,
  input: { kind: 'deceased' | 'departed'; on: string; note?: string },
  today: string,
) {
  if (input.on > today) throw invalid('decided_in_future');
  return inTransaction(db, false, async (trx) => {
    const m = await lockMember(trx, memberId);
    if (LEFT.includes(m.status)) throw conflict('member_not_active', { name: m.full_name });
    await q.insertExit(trx, {
      member_id: memberId,
      unit_id: m.unit_id,
      kind: input.kind,
      on_date: input.on,
      note: input.note?.trim() ?? '',
    });
    await changeStatus(trx, actor, {
      memberId,
      to: input.kind === 'deceased' ? 'deceased' : 'removed',
      on: input.on,
      kind: input.kind,
      details: { note: input.note ?? '' },
    });
    await appendAudit(trx, actor, {
      action: `member.${input.kind}`,
      entityType: 'member',
      entityId: memberId,
      scopePath: m.unit_path,
      after: input,
    });
    return { memberId, kind: input.kind, on: input.on };
  });
}

// Remarks on a subject's review: comments (reviewers, working groups) and attendance at the review meeting
// (members of a working group assigned to the unit, DOMAIN.md on working groups). The working groups themselves are the
// grassroots-work module's (src/modules/working-groups); here they are only read, to know who may remark.
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { insertRemark, remarksOf, upsertAttendance, workingGroupOfMember, type SubjectRow } from './queries.js';
import type { SubjectWithGroup } from './policy.js';
import { subjectRef } from './subjects.js';

/** The caller's working group in force today that is assigned to the subject's unit or a unit above it. */
export async function workingGroupOf(db: Db, actor: Actor | null, unitPath: string, today: string): Promise<number | null> {
  if (!actor?.memberId) return null;
  return workingGroupOfMember(db, actor.memberId, unitPath, today);
}

export async function refWithGroup(db: Db, actor: Actor | null, s: SubjectRow, today: string): Promise<SubjectWithGroup> {
  return { ...subjectRef(s), workingGroupId: await workingGroupOf(db, actor, s.unit_path, today) };
}

export async function listRemarks(db: Db, subjectId: number) {
  const rows = await remarksOf(db, subjectId);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    body: r.body,
    attendedOn: r.attended_on,
    present: r.present,
    absenceReason: r.absence_reason,
    workingGroupId: r.working_group_id,
    actorName: r.actor_name,
    at: r.created_at,
  }));
}

export async function addRemark(
  db: Db,
  actor: Actor,
  s: SubjectRow,
  ref: SubjectWithGroup,
  input: { kind: 'comment' | 'attendance'; body: string; attendedOn?: string; present?: boolean; absenceReason?: string },
) {
  // Attendance is present unless said otherwise; the reason is kept only for an absence (the route requires it).
  const present = input.kind === 'attendance' ? (input.present ?? true) : null;
  const absenceReason = present === false ? (input.absenceReason ?? '').trim() : null;
  return inTransaction(db, false, async (trx) => {
    const values = {
      subject_id: s.id,
      kind: input.kind,
      body: input.body.trim(),
      attended_on: input.attendedOn ?? null,
      present,
      absence_reason: absenceReason,
      working_group_id: ref.workingGroupId,
      actor_user_id: actor.userId,
      actor_name: actor.displayName,
    };
    const { id, before } =
      input.kind === 'attendance' ? await upsertAttendance(trx, values) : { id: await insertRemark(trx, values), before: null };
    await appendAudit(trx, actor, {
      action: `assessment.${input.kind}`,
      entityType: 'assessment_subject',
      entityId: s.id,
      scopePath: s.unit_path,
      ...(before ? { before } : {}),
      after: {
        remarkId: id,
        body: input.body.trim(),
        attendedOn: input.attendedOn ?? null,
        present,
        absenceReason,
        workingGroupId: ref.workingGroupId,
      },
    });
    return id;
  });
}

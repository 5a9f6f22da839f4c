// The recruitment pipeline (Quy định 294/2025): candidates from a source, proposed by a cell, moving stage by
// stage (domain/recruitment/stages.ts). One transaction per write, audit entry inside it.
import type { Transaction } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { Database } from '../../../db/schema.js';
import type { Actor } from '../../../domain/access/scope.js';
import {
  APPLICATION_FORMS,
  introducersRefusal,
  missingFor,
  missingPart,
  withdrawRefusal,
  type Stage,
} from '../../../domain/recruitment/stages.js';
import { normalizeFullName } from '../../../domain/names/index.js';
import { AppError, conflict, invalid, notFound, staleVersion } from '../../../shared/errors.js';
import { inTransaction } from '../../../shared/tx.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { getMember } from '../../foundation/members/queries.js';
import { assertMaySubmitKeys, refuseHiddenKey } from '../../foundation/members/key-conflicts.js';
import { canReadPath } from '../../../shared/scope.js';
import { loadCell } from '../../foundation/members/service.js';
import * as q from './queries.js';
import type { CreateCandidate, UpdateCandidate } from './schemas.js';

type Trx = Transaction<Database>;

type Withdrawal = Awaited<ReturnType<typeof q.withdrawal>>;

/** A row of the candidates list. */
export function toItem(c: q.CandidateRow) {
  return {
    id: c.id,
    unitId: c.unit_id,
    unitName: c.unit_name,
    fullName: c.full_name,
    gender: c.gender,
    birthDate: c.birth_date,
    stage: c.stage,
    source: c.source,
    version: c.version,
  };
}

export function toDto(c: q.CandidateRow, intro: Awaited<ReturnType<typeof q.introducers>> = [], withdrawal: Withdrawal = null) {
  return {
    id: c.id,
    unitId: c.unit_id,
    unitName: c.unit_name,
    fullName: c.full_name,
    gender: c.gender,
    birthDate: c.birth_date,
    citizenId: c.citizen_id,
    ethnicity: c.ethnicity,
    hometown: c.hometown,
    residence: c.residence,
    occupation: c.occupation,
    education: c.education,
    remoteArea: c.remote_area,
    source: c.source,
    stage: c.stage,
    courseCertificateOn: c.course_certificate_on,
    helperMemberId: c.helper_member_id,
    helperName: c.helper_name,
    forms: c.forms,
    attachments: c.attachments,
    verifiedOn: c.verified_on,
    verificationNote: c.verification_note,
    consideredOn: c.considered_on,
    decisionNo: c.decision_no,
    decisionOn: c.decision_on,
    decisionAuthority: c.decision_authority,
    ceremonyOn: c.ceremony_on,
    memberId: c.member_id,
    withdrawn: c.withdrawn,
    withdrawal: c.withdrawn ? withdrawal : null,
    version: c.version,
    introducers: intro.map((i) => ({ memberId: i.member_id, fullName: i.full_name, status: i.status, workedSince: i.worked_since })),
  };
}

export async function load(db: Db, id: number) {
  const c = await q.getCandidate(db, id);
  if (!c) throw notFound('candidate');
  return c;
}

export async function full(db: Db, id: number) {
  const c = await load(db, id);
  return toDto(c, await q.introducers(db, id), c.withdrawn ? await q.withdrawal(db, id) : null);
}

export async function create(db: Db, actor: Actor, input: CreateCandidate, today: string) {
  if (input.birthDate >= today) throw invalid('candidate_birth_date');
  await assertMaySubmitKeys(db, actor);
  const target = await loadCell(db, input.unitId);
  await refuseHeldCitizenId(db, actor, target.path, input.citizenId);
  try {
    return await inTransaction(db, false, async (trx) => {
      const cell = await loadCell(trx, target.id);
      const row = await q.insertCandidate(trx, {
        unit_id: cell.id,
        full_name: normalizeFullName(input.fullName),
        gender: input.gender,
        birth_date: input.birthDate,
        citizen_id: input.citizenId,
        ethnicity: input.ethnicity?.trim() ?? 'Kinh',
        hometown: input.hometown?.trim() ?? '',
        residence: input.residence?.trim() ?? '',
        occupation: input.occupation?.trim() ?? '',
        education: input.education,
        remote_area: input.remoteArea ?? false,
        source: input.source,
      });
      const after = await full(trx, row.id);
      await appendAudit(trx, actor, { action: 'candidate.create', entityType: 'candidate', entityId: row.id, scopePath: cell.path, after });
      return after;
    });
  } catch (e) {
    // Another file took the number between the check and the insert: answer as the check would have.
    if ((e as { constraint?: string }).constraint === 'candidate_citizen')
      await refuseHeldCitizenId(db, actor, target.path, input.citizenId);
    throw e;
  }
}

/**
 * An open applicant file already holds this citizen ID: named only to someone who may read that file;
 * otherwise the number is neither confirmed nor denied, and the try is audited on the caller's cell, where the
 * committees above it see it.
 */
async function refuseHeldCitizenId(db: Db, actor: Actor, cellPath: string, citizenId: string) {
  const holder = await q.activeCandidateByCitizenId(db, citizenId);
  if (!holder) return;
  if (canReadPath(actor, holder.unit_path)) throw conflict('candidate_duplicate', { citizenId });
  await refuseHiddenKey(db, actor, { scopePath: cellPath, field: 'citizenId', value: citizenId, code: 'citizen_id_unavailable' });
}

/** People named on a file (helper, introducers) must be members the actor may see. */
export type CanSee = (m: { id: number; unit_path: string }) => boolean;

async function visibleMember(trx: Trx, id: number, canSee: CanSee) {
  const m = await getMember(trx, id);
  if (!m || !canSee(m)) throw notFound('member');
  return m;
}

const COLUMNS: Record<string, string> = {
  fullName: 'full_name',
  gender: 'gender',
  birthDate: 'birth_date',
  citizenId: 'citizen_id',
  ethnicity: 'ethnicity',
  hometown: 'hometown',
  residence: 'residence',
  occupation: 'occupation',
  education: 'education',
  remoteArea: 'remote_area',
  source: 'source',
  courseCertificateOn: 'course_certificate_on',
  helperMemberId: 'helper_member_id',
  forms: 'forms',
  attachments: 'attachments',
  verifiedOn: 'verified_on',
  verificationNote: 'verification_note',
};

export async function update(db: Db, actor: Actor, id: number, input: UpdateCandidate, o: { today: string; canSee: CanSee }) {
  const { today, canSee } = o;
  for (const k of ['courseCertificateOn', 'verifiedOn', 'birthDate'] as const)
    if ((input[k] ?? '') > today) throw invalid('candidate_date_in_future', { field: k });
  if (input.introducers && new Set(input.introducers.map((i) => i.memberId)).size !== input.introducers.length)
    throw invalid('introducer_twice');
  const unknown = (input.forms ?? []).filter((f) => !APPLICATION_FORMS.includes(f));
  if (unknown.length) throw invalid('candidate_unknown_forms', { forms: unknown.join(', ') });
  return inTransaction(db, false, async (trx) => {
    const before = await full(trx, id);
    if (before.withdrawn || before.stage === 'ceremony') throw conflict('candidate_closed');
    if (input.helperMemberId) {
      const h = await visibleMember(trx, input.helperMemberId, canSee);
      if (h.status !== 'official') throw invalid('helper_not_official', { name: h.full_name });
    }
    const values: Record<string, unknown> = {};
    for (const [k, col] of Object.entries(COLUMNS)) if (k in input) values[col] = (input as Record<string, unknown>)[k];
    if (typeof values.full_name === 'string') values.full_name = normalizeFullName(values.full_name);
    if (values.forms) values.forms = [...new Set(values.forms as string[])].sort();
    await bump(trx, id, input.version, values);
    if (input.introducers) {
      const refusal = introducersRefusal(fileOf(await load(trx, id)));
      if (refusal) throw conflict(refusal);
      for (const i of input.introducers) await visibleMember(trx, i.memberId, canSee);
      await q.replaceIntroducers(trx, id, input.introducers);
    }
    const after = await full(trx, id);
    await appendAudit(trx, actor, {
      action: 'candidate.update',
      entityType: 'candidate',
      entityId: id,
      scopePath: (await load(trx, id)).unit_path,
      before,
      after,
    });
    return after;
  });
}

/** Each missing part of the file in the caller's language ("giấy chứng nhận học lớp bồi dưỡng", not `course_certificate`). */
export function missingText(locale: Locale, codes: string[]) {
  return codes.map((code) => {
    const { key, forms } = missingPart(code);
    return translate(locale, `recruitmentMissing.${key}`, { forms });
  });
}

export async function advance(db: Db, actor: Actor, id: number, input: { version: number; to: string }, locale: Locale = 'vi') {
  return inTransaction(db, false, async (trx) => {
    const c = await load(trx, id);
    if (c.version !== input.version) throw staleVersion();
    const missing = missingFor(fileOf(c), input.to as Stage);
    if (missing.length) {
      const texts = missingText(locale, missing);
      throw new AppError(
        'candidate_stage_missing',
        400,
        { missing: texts.join('; ') },
        missing.map((m, i) => ({ field: 'stage', code: m, message: texts[i] })),
      );
    }
    await bump(trx, id, input.version, { stage: input.to });
    await appendAudit(trx, actor, {
      action: 'candidate.advance',
      entityType: 'candidate',
      entityId: id,
      scopePath: c.unit_path,
      before: { stage: c.stage },
      after: { stage: input.to },
    });
    return full(trx, id);
  });
}

/** Ends the file for good, with the reason kept in the audit entry (a terminal state: see withdrawRefusal). */
export async function withdraw(
  db: Db,
  actor: Actor,
  id: number,
  input: { version: number; reason: string },
  on: { today: string; locale?: Locale },
) {
  const { today, locale = 'vi' } = on;
  const reason = input.reason.trim();
  if (!reason)
    throw new AppError('validation', 400, {}, [{ field: 'reason', message: translate(locale, 'errors.withdraw_reason_required') }]);
  return inTransaction(db, false, async (trx) => {
    const c = await load(trx, id);
    if (c.version !== input.version) throw staleVersion();
    const refusal = withdrawRefusal(fileOf(c));
    if (refusal) throw conflict(refusal);
    await bump(trx, id, input.version, { withdrawn: true });
    await appendAudit(trx, actor, {
      action: 'candidate.withdraw',
      entityType: 'candidate',
      entityId: id,
      scopePath: c.unit_path,
      before: { stage: c.stage, withdrawn: false },
      after: { stage: c.stage, withdrawn: true, reason, on: today },
    });
    return full(trx, id);
  });
}

/** Corrects who introduces the applicant, at any stage before the admission decision. */
export async function correctIntroducers(
  db: Db,
  actor: Actor,
  id: number,
  input: { version: number; introducers: { memberId: number; workedSince: string }[] },
  o: { today: string; canSee: CanSee; locale?: Locale },
) {
  const { today, canSee, locale = 'vi' } = o;
  if (input.introducers.some((i) => i.workedSince > today)) {
    throw new AppError('validation', 400, {}, [{ field: 'workedSince', message: translate(locale, 'errors.introducer_date_in_future') }]);
  }
  if (new Set(input.introducers.map((i) => i.memberId)).size !== input.introducers.length) throw invalid('introducer_twice');
  return inTransaction(db, false, async (trx) => {
    const c = await load(trx, id);
    if (c.version !== input.version) throw staleVersion();
    const refusal = introducersRefusal(fileOf(c));
    if (refusal) throw conflict(refusal);
    const before = (await q.introducers(trx, id)).map((i) => ({ memberId: i.member_id, workedSince: i.worked_since }));
    for (const i of input.introducers) await visibleMember(trx, i.memberId, canSee);
    await bump(trx, id, input.version, {});
    await q.replaceIntroducers(trx, id, input.introducers);
    await appendAudit(trx, actor, {
      action: 'candidate.introducers',
      entityType: 'candidate',
      entityId: id,
      scopePath: c.unit_path,
      before: { introducers: before },
      after: { introducers: input.introducers },
    });
    return full(trx, id);
  });
}

export const fileOf = (c: q.CandidateRow) => ({
  stage: c.stage,
  withdrawn: c.withdrawn,
  courseCertificateOn: c.course_certificate_on,
  helperMemberId: c.helper_member_id,
  forms: c.forms,
  verifiedOn: c.verified_on,
  decisionNo: c.decision_no,
  ceremonyOn: c.ceremony_on,
});

export async function bump(trx: Trx, id: number, version: number, values: Record<string, unknown>) {
  if (!(await q.bumpCandidate(trx, id, version, values))) throw staleVersion();
}

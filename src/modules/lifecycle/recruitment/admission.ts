// Admission: the eligibility checks on the date the cell considers (age in whole months, education, introducers,
// course certificate), the committee's decision, and the ceremony that creates the probationary member.
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { checkEligibility, type Reason } from '../../../domain/recruitment/eligibility.js';
import { missingFor } from '../../../domain/recruitment/stages.js';
import { searchName, sortKey } from '../../../domain/names/index.js';
import { AppError, invalid, staleVersion } from '../../../shared/errors.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { addEvent, insertMember, openCellPeriod } from '../../foundation/members/queries.js';
import { loadSettings } from '../shared/settings.js';
import * as q from './queries.js';
import { bump, fileOf, full, load } from './service.js';
import type { Admit } from './schemas.js';

const FIELD: Record<string, string> = {
  age_too_young: 'birthDate',
  age_too_old: 'birthDate',
  education_too_low: 'education',
  course_missing: 'courseCertificateOn',
  course_expired: 'courseCertificateOn',
  introducer_count: 'introducers',
  introducer_not_official: 'introducers',
  introducer_too_short: 'introducers',
};

export function explain(reasons: Reason[], locale: Locale) {
  return reasons.map((r) => ({
    field: FIELD[r.code] ?? 'candidate',
    code: r.code,
    message: translate(locale, `eligibility.${r.code}`, r.params),
  }));
}

export async function eligibility(db: Db, c: q.CandidateRow, on: string, locale: Locale) {
  const [s, intro] = await Promise.all([loadSettings(db), q.introducers(db, c.id)]);
  const reasons = checkEligibility(
    { birthDate: c.birth_date, education: c.education, remoteArea: c.remote_area, courseCertificateOn: c.course_certificate_on },
    intro.map((i) => ({ memberId: i.member_id, fullName: i.full_name, status: i.status, workedSince: i.worked_since })),
    on,
    s,
  );
  return { on, eligible: reasons.length === 0, reasons: explain(reasons, locale) };
}

export async function admit(db: Db, actor: Actor, id: number, input: Admit, on: { today: string; locale: Locale }) {
  const { today, locale } = on;
  if (input.consideredOn > today || input.decisionOn > today) throw invalid('decided_in_future');
  if (input.decisionOn < input.consideredOn) throw invalid('candidate_decision_before_consideration');
  return inTransaction(db, false, async (trx) => {
    const c = await load(trx, id);
    if (c.version !== input.version) throw staleVersion();
    const missing = missingFor({ ...fileOf(c), decisionNo: null }, 'decision');
    if (missing.length) throw new AppError('candidate_stage_missing', 400, { missing: missing.join('; ') });
    const check = await eligibility(trx, c, input.consideredOn, locale);
    if (!check.eligible)
      throw new AppError(
        'not_eligible',
        400,
        { count: check.reasons.length },
        check.reasons.map(({ field, message }) => ({ field, message })),
      );
    await bump(trx, id, input.version, {
      stage: 'decision',
      considered_on: input.consideredOn,
      decision_no: input.decisionNo.trim(),
      decision_on: input.decisionOn,
      decision_authority: input.authority.trim(),
    });
    await appendAudit(trx, actor, {
      action: 'candidate.admit',
      entityType: 'candidate',
      entityId: id,
      scopePath: c.unit_path,
      before: { stage: c.stage },
      after: { stage: 'decision', ...input },
    });
    return full(trx, id);
  });
}

const EDUCATION_TEXT: Record<string, string> = {
  primary: '5/12',
  lower_secondary: '9/12',
  upper_secondary: '12/12',
  vocational: '12/12, trung cấp',
  college: '12/12, cao đẳng',
  university: '12/12, đại học',
  postgraduate: '12/12, sau đại học',
};

/** The ceremony creates the probationary member in the registry (admitted on the ceremony date). */
export async function ceremony(
  db: Db,
  actor: Actor,
  id: number,
  input: { version: number; ceremonyOn: string; partyCardNo?: string },
  today: string,
) {
  if (input.ceremonyOn > today) throw invalid('decided_in_future');
  return inTransaction(db, false, async (trx) => {
    const c = await load(trx, id);
    if (c.version !== input.version) throw staleVersion();
    const missing = missingFor(fileOf(c), 'ceremony');
    if (missing.length) throw new AppError('candidate_stage_missing', 400, { missing: missing.join('; ') });
    if (input.ceremonyOn < c.decision_on!) throw invalid('candidate_ceremony_before_decision');
    const memberId = await insertMember(trx, {
      full_name: c.full_name,
      search_name: searchName(c.full_name),
      sort_key: sortKey(c.full_name),
      gender: c.gender,
      birth_date: c.birth_date,
      ethnicity: c.ethnicity,
      hometown: c.hometown || '—',
      residence: c.residence || '—',
      citizen_id: c.citizen_id,
      party_card_no: input.partyCardNo ?? null,
      admitted_on: input.ceremonyOn,
      official_on: null,
      education: EDUCATION_TEXT[c.education] ?? '—',
      theory_level: '',
      occupation: c.occupation,
      status: 'probationary',
      unit_id: c.unit_id,
    });
    await openCellPeriod(trx, memberId, c.unit_id, input.ceremonyOn);
    await addEvent(trx, {
      memberId,
      on: input.ceremonyOn,
      kind: 'admitted',
      details: { candidateId: id, decisionNo: c.decision_no },
      actorUserId: actor.userId,
    });
    await bump(trx, id, input.version, { stage: 'ceremony', ceremony_on: input.ceremonyOn, member_id: memberId });
    await appendAudit(trx, actor, {
      action: 'candidate.ceremony',
      entityType: 'candidate',
      entityId: id,
      scopePath: c.unit_path,
      after: { memberId, ceremonyOn: input.ceremonyOn },
    });
    return full(trx, id);
  });
}

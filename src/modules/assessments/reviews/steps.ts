// The workflow's steps: self-assessment, collective review, verification, decision, publication,
// complaint, and the Standing Committee's additional assessment.
import type { Db } from '../../../db/connection.js';
import { headAboveCollectiveWarning, type Level } from '../../../domain/assessment/index.js';
import { AppError } from '../../../shared/errors.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { reasonDto } from './errors.js';
import { assertOrder, assertQuota } from './order-quota.js';
import * as q from './queries.js';
import type { Decide, Review, SelfAssessment, Verify } from './schemas.js';
import { assertChoice, evaluationDto, runStep, settingsOf, type Authorize } from './workflow.js';

export async function selfAssess(db: Db, authorize: Authorize, id: number, body: SelfAssessment, locale: Locale) {
  const { version, ...entry } = body;
  return runStep(db, authorize, { subjectId: id, version, action: 'submit_self', locale }, async (ctx) => {
    const ev = await ctx.evaluateWith(entry, null);
    if (entry.proposedLevel) assertChoice(ev, entry.proposedLevel, undefined, 'proposedLevel');
    return {
      set: { self_assessment: JSON.stringify(entry), evaluation: JSON.stringify(evaluationDto(ev)) },
      data: { evaluation: evaluationDto(ev) },
    };
  });
}

function assertVotes(v: Review['votes'], locale: Locale) {
  const details: { field: string; message: string }[] = [];
  if (v.present < 1) details.push({ field: 'votes.present', message: translate(locale, 'errors.votes_nobody_present') });
  if (v.for + v.against + v.abstain > v.present) {
    details.push({
      field: 'votes',
      message: translate(locale, 'errors.votes_exceed_present', { total: v.for + v.against + v.abstain, present: v.present }),
    });
  }
  if (details.length) throw new AppError('validation', 400, {}, details);
}

export async function review(db: Db, authorize: Authorize, id: number, body: Review, locale: Locale) {
  assertVotes(body.votes, locale);
  const { version, ...entry } = body;
  return runStep(db, authorize, { subjectId: id, version, action: 'record_review', locale }, async (ctx) => {
    const ev = await ctx.evaluateWith(undefined, entry);
    assertChoice(ev, entry.proposedLevel, entry.overrideReason, 'proposedLevel');
    const quota = await assertQuota(ctx.trx, ctx.cycle, ctx.subject, entry.proposedLevel, entry.overrideReason);
    return {
      set: { review: JSON.stringify(entry), evaluation: JSON.stringify(evaluationDto(ev)) },
      data: {
        proposedLevel: entry.proposedLevel,
        votes: entry.votes,
        overrideReason: entry.overrideReason ?? null,
        quotaOverrideReason: quota.overridden,
        quota: quota.quota,
      },
    };
  });
}

export async function verify(db: Db, authorize: Authorize, id: number, body: Verify, locale: Locale) {
  const { version, ...entry } = body;
  return runStep(db, authorize, { subjectId: id, version, action: 'verify', locale }, async (ctx) => {
    const ev = await ctx.evaluateWith();
    assertChoice(ev, entry.proposedLevel, entry.overrideReason, 'proposedLevel');
    const quota = await assertQuota(ctx.trx, ctx.cycle, ctx.subject, entry.proposedLevel, entry.overrideReason);
    return {
      set: { verification: JSON.stringify({ ...entry, by: ctx.actor.displayName }), evaluation: JSON.stringify(evaluationDto(ev)) },
      data: {
        proposedLevel: entry.proposedLevel,
        overrideReason: entry.overrideReason ?? null,
        quotaOverrideReason: quota.overridden,
        quota: quota.quota,
      },
    };
  });
}

/** The collective a head leads, to warn when the head is rated above it ([U] setting). */
async function headWarning(db: Db, s: q.SubjectRow, level: Level, settings: ReturnType<typeof settingsOf>) {
  if (s.subject_kind !== 'leader') return null;
  const collective = await q.collectiveLevel(db, s);
  return collective ? headAboveCollectiveWarning(level, collective, settings) : null;
}

export async function decide(db: Db, authorize: Authorize, id: number, body: Decide, locale: Locale) {
  const { version, ...entry } = body;
  return runStep(db, authorize, { subjectId: id, version, action: 'decide', locale }, async (ctx) => {
    await assertOrder(ctx.trx, ctx.subject);
    const ev = await ctx.evaluateWith();
    assertChoice(ev, entry.level, entry.overrideReason, 'level');
    const quota = await assertQuota(ctx.trx, ctx.cycle, ctx.subject, entry.level, entry.quotaOverrideReason);
    const warning = await headWarning(db, ctx.subject, entry.level, settingsOf(ctx.cycle));
    const decision = { ...entry, by: ctx.actor.displayName, warning: warning ? reasonDto(warning) : null };
    return {
      set: { decision: JSON.stringify(decision), level: entry.level, evaluation: JSON.stringify(evaluationDto(ev)), reopened: false },
      data: {
        level: entry.level,
        decisionNo: entry.decisionNo,
        overrideReason: entry.overrideReason ?? null,
        quotaOverrideReason: quota.overridden,
        quota: quota.quota,
      },
    };
  });
}

export async function publish(db: Db, authorize: Authorize, id: number, version: number, locale: Locale) {
  return runStep(db, authorize, { subjectId: id, version, action: 'publish', locale }, async () => ({ set: {}, data: {} }));
}

/** A complaint reopens the subject for re-verification by the level above the competent one. */
export async function complain(db: Db, authorize: Authorize, id: number, body: { version: number; reason: string }, locale: Locale) {
  return runStep(db, authorize, { subjectId: id, version: body.version, action: 'complain', locale }, async (ctx) => ({
    set: { reopened: true, level: null, decision: null, verification: null },
    data: { reason: body.reason, previousLevel: ctx.subject.level },
  }));
}

export async function additional(
  db: Db,
  authorize: Authorize,
  id: number,
  body: { version: number; level: Level; note: string },
  locale: Locale,
) {
  return runStep(db, authorize, { subjectId: id, version: body.version, action: 'additional', locale }, async (ctx) => {
    const seated = ctx.subject.member_id !== null && (await q.seatedDuring(ctx.trx, ctx.subject.member_id, ctx.cycle));
    if (!seated) throw new AppError('additional_not_committee_member', 400);
    const entry = { level: body.level, note: body.note, by: ctx.actor.displayName, at: new Date().toISOString() };
    return { set: { additional: JSON.stringify(entry) }, data: { additional: entry } };
  });
}

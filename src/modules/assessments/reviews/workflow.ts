// The per-subject workflow: each step locks the subject, checks its version and the state machine's
// order, applies the rule engine, and writes the step, the subject and an audit entry in one statement.
import type { Transaction, Updateable } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import {
  checkChoice,
  evaluate,
  isStep,
  nextStep,
  resolveSettings,
  validateFacts,
  type Evaluation,
  type Level,
  type RuleSetId,
  type RuleSettings,
  type SubjectFacts,
  type WorkflowAction,
} from '../../../domain/assessment/index.js';
import { notFound, staleVersion } from '../../../shared/errors.js';
import type { Locale } from '../../../shared/i18n.js';
import { inTransaction } from '../../../shared/tx.js';
import { auditedStatement } from '../../foundation/audit/service.js';
import { actionWord, factErrors, reasonDto, stepWord, WorkflowError } from './errors.js';
import { gatherFacts } from './facts.js';
import * as q from './queries.js';
import type { ReviewEntry, SelfEntry } from './schemas.js';

/**
 * Who takes a step: asked about the subject once it is locked (so the subject is read once), it answers
 * with the actor or throws 404 (may not read it) or 403 (may not take this step).
 */
export type Authorize = (subject: q.SubjectRow) => Actor;

export interface StepContext {
  trx: Transaction<Database>;
  actor: Actor;
  cycle: q.CycleRow;
  subject: q.SubjectRow;
  to: string;
  /** Evaluates the subject's facts with the given entries (defaults: those stored). */
  evaluateWith(self?: SelfEntry | null, review?: ReviewEntry | null): Promise<Evaluation & { facts: SubjectFacts }>;
}

export function settingsOf(c: q.CycleRow): RuleSettings {
  return resolveSettings({ ...(c.settings as Partial<RuleSettings>), quotaRounding: c.quota_rounding as RuleSettings['quotaRounding'] });
}

/**
 * Runs one workflow action on a subject. `work` returns the columns to set and the data recorded with the step.
 * A stale version gives 409 stale_version; an action out of order gives 409 with the actions expected.
 */
export async function runStep(
  db: Db,
  authorize: Authorize,
  step: { subjectId: number; version: number; action: WorkflowAction | 'additional'; locale: Locale },
  work: (ctx: StepContext) => Promise<{ set: Updateable<Database['assessment_subject']>; data: unknown }>,
) {
  const { subjectId, version, action, locale } = step;
  return inTransaction(db, false, async (trx) => {
    const locked = await q.lockSubjectWithCycle(trx, subjectId);
    if (!locked) throw notFound('assessment_subject');
    const { subject, cycle } = locked;
    const actor = authorize(subject);
    if (subject.version !== version) throw staleVersion();
    if (subject.not_rated_reason) {
      throw new WorkflowError('subject_not_rated', 409, { reason: { key: `assessments.notRated.${subject.not_rated_reason}` } });
    }
    let to = subject.step;
    if (action !== 'additional') {
      const from = subject.step;
      if (!isStep(from)) throw new Error(`assessment subject ${subject.id} is at an unknown step ${from}`);
      const next = nextStep(from, action);
      if (!next.ok) {
        throw new WorkflowError(
          'step_out_of_order',
          409,
          {
            step: stepWord(subject.step),
            action: actionWord(action),
            expected: { list: next.expected.map(actionWord) },
          },
          { step: subject.step, expected: next.expected },
        );
      }
      to = next.step;
    }
    const ctx: StepContext = {
      trx,
      actor,
      cycle,
      subject,
      to,
      async evaluateWith(self, review) {
        const facts = await gatherFacts(
          trx,
          cycle,
          subject,
          self === undefined ? (subject.self_assessment as SelfEntry | null) : self,
          review === undefined ? (subject.review as ReviewEntry | null) : review,
        );
        const errors = validateFacts(cycle.rule_set as RuleSetId, facts);
        if (errors.length) throw factErrors(errors, locale);
        return { ...evaluate(cycle.rule_set as RuleSetId, facts, settingsOf(cycle)), facts };
      },
    };
    const { set, data } = await work(ctx);
    const values = action === 'additional' ? set : { ...set, step: to };
    const audited = auditedStatement(trx, actor, {
      action: `assessment.${action}`,
      entityType: 'assessment_subject',
      entityId: subject.id,
      scopePath: subject.unit_path,
      before: { step: subject.step, level: subject.level, version: subject.version },
      after: { step: to, ...(data as object) },
    });
    const after = await q.recordStep(audited, subject.id, version, values, {
      from: subject.step,
      action,
      to,
      data,
      actorUserId: actor.userId,
      actorName: actor.displayName,
    });
    if (!after) throw staleVersion();
    return { ...after, cycleRow: cycle }; // the cycle goes along, so the answer need not read it again
  });
}

/**
 * A level chosen by a person: lower than the engine allows is fine; higher is refused, or (where the
 * capping rule is a setting) accepted with a recorded override reason.
 */
export function assertChoice(ev: Evaluation, chosen: Level, overrideReason: string | undefined, field: string) {
  const check = checkChoice(ev, chosen, overrideReason ? { reason: overrideReason } : undefined);
  if (check.ok) return;
  const reasons = check.reasons.map(reasonDto);
  throw new WorkflowError(
    check.overridable ? 'level_needs_override' : 'level_above_allowed',
    400,
    {
      level: { key: `assessments.levels.${chosen}` },
      allowed: { key: `assessments.levels.${ev.allowed}` },
    },
    { field, allowed: ev.allowed, overridable: check.overridable, reasons },
  );
}

export const evaluationDto = (ev: Evaluation & { facts?: SubjectFacts }) => ({
  allowed: ev.allowed,
  proposed: ev.proposed,
  reasons: ev.reasons.map(reasonDto),
  ...(ev.facts ? { facts: ev.facts } : {}),
});

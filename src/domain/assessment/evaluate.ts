// evaluate: the highest level allowed, the proposed level and the reasons; checkChoice: may a level be chosen.
import { isAbove, lowerLevel, type Level } from './levels.js';
import { validateFacts } from './facts.js';
import { reg124Reasons } from './reg124.js';
import { reg366Reasons } from './reg366.js';
import { resolveSettings, type SettingsInput } from './settings.js';
import type { Evaluation, FactError, Reason, RuleSetId, SubjectFacts } from './types.js';

export class InvalidFactsError extends Error {
  constructor(readonly errors: FactError[]) {
    super(`invalid facts: ${errors.map((e) => `${e.field}: ${e.en}`).join('; ')}`);
    this.name = 'InvalidFactsError';
  }
}

/** Throws InvalidFactsError when validateFacts finds errors (call validateFacts first to show them per field). */
export function evaluate(ruleSet: RuleSetId, facts: SubjectFacts, settings?: SettingsInput): Evaluation {
  const errors = validateFacts(ruleSet, facts);
  if (errors.length) throw new InvalidFactsError(errors);
  const s = resolveSettings(settings);
  const reasons = ruleSet === 'reg124-2023' ? reg124Reasons(facts, s) : reg366Reasons(facts, s);
  return levelsFrom(reasons);
}

/** allowed = the lowest cap of the binding reasons; proposed = also lowered by the proposal-only ones. */
export function levelsFrom(reasons: Reason[]): Evaluation {
  let allowed: Level = 'excellent';
  let proposed: Level = 'excellent';
  for (const r of reasons) {
    if (!r.cap || r.warning) continue;
    proposed = lowerLevel(proposed, r.cap);
    if (!r.proposalOnly) allowed = lowerLevel(allowed, r.cap);
  }
  return { allowed, proposed: lowerLevel(proposed, allowed), reasons };
}

export type ChoiceCheck = { ok: true } | { ok: false; code: 'above_allowed'; overridable: boolean; reasons: Reason[] };

/**
 * The allowed level or lower is always fine. Higher is refused, unless every reason capping below the chosen
 * level is a setting ([U]/[P]) and an override reason is given (the caller records it).
 */
export function checkChoice(ev: Evaluation, chosen: Level, override?: { reason: string }): ChoiceCheck {
  if (!isAbove(chosen, ev.allowed)) return { ok: true };
  const capping = ev.reasons.filter((r) => r.cap && !r.proposalOnly && !r.warning && isAbove(chosen, r.cap));
  const overridable = capping.every((r) => r.setting === true);
  if (overridable && override && override.reason.trim().length > 0) return { ok: true };
  return { ok: false, code: 'above_allowed', overridable, reasons: capping };
}

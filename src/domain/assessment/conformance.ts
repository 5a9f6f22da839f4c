// The engine behind `grassroots rules evaluate case.json` and the conformance tests: a parsed case in, the
// result out (for each subject the allowed and proposed levels with the reasons, plus the quota check). Pure.
import { checkCaseShape, type CaseError, type CaseSubject, type EvaluationCase } from './case-shape.js';
import { checkChoice, evaluate, type ChoiceCheck } from './evaluate.js';
import { validateFacts } from './facts.js';
import type { Level } from './levels.js';
import { NOT_RATED_TEXTS, notRatedReason, type NotRatedReason } from './not-rated.js';
import { headAboveCollectiveWarning } from './order.js';
import { checkQuota, type QuotaGroupCheck } from './quota.js';
import { reason } from './reasons.js';
import { resolveSettings } from './settings.js';
import type { Reason, RuleSetId } from './types.js';

export type { CaseError, CaseSubject, EvaluationCase } from './case-shape.js';

export interface SubjectResult {
  id: string;
  notRated: NotRatedReason | null;
  allowed: Level | null;
  proposed: Level | null;
  /** The chosen level (input `level`) and whether it may stand. */
  level?: Level;
  choice?: ChoiceCheck;
  reasons: Reason[];
}
export interface CaseResult {
  ruleSet: RuleSetId;
  subjects: SubjectResult[];
  quota: QuotaGroupCheck[];
}

export function runCase(input: unknown): { ok: true; result: CaseResult } | { ok: false; errors: CaseError[] } {
  const shape = checkCaseShape(input);
  if (!shape.ok) return shape;
  const c = shape.value;
  const notRated = c.subjects.map((s) => (s.notRated && c.period ? notRatedReason({ kind: s.facts.kind, ...s.notRated }, c.period) : null));
  const errors: CaseError[] = [];
  c.subjects.forEach((s, i) => {
    if (notRated[i]) return;
    for (const fe of validateFacts(c.ruleSet, s.facts))
      errors.push({ path: `subjects[${i}].facts.${fe.field}`, message: `${fe.en} / ${fe.vi}` });
  });
  if (errors.length) return { ok: false, errors };
  const settings = resolveSettings(c.settings);
  const subjects = c.subjects.map((s, i) => subjectResult(c, s, notRated[i] ?? null));
  addHeadWarnings(c, subjects);
  return { ok: true, result: { ruleSet: c.ruleSet, subjects, quota: quota(c, subjects, settings.quotaRounding) } };
}

function subjectResult(c: EvaluationCase, s: CaseSubject, nr: NotRatedReason | null): SubjectResult {
  if (nr) {
    const r = reason('common.not_rated', { detail: NOT_RATED_TEXTS[nr] });
    return { id: s.id, notRated: nr, allowed: null, proposed: null, reasons: [r] };
  }
  const ev = evaluate(c.ruleSet, s.facts, c.settings);
  const out: SubjectResult = { id: s.id, notRated: null, allowed: ev.allowed, proposed: ev.proposed, reasons: ev.reasons };
  if (s.level) {
    out.level = s.level;
    out.choice = checkChoice(ev, s.level, s.override !== undefined ? { reason: s.override } : undefined);
  }
  return out;
}

/** The level that counts: the chosen one when it may stand, otherwise the proposal. */
function effective(r: SubjectResult): Level | null {
  return r.level && r.choice?.ok ? r.level : r.proposed;
}

function addHeadWarnings(c: EvaluationCase, results: SubjectResult[]): void {
  const byId = new Map(results.map((r) => [r.id, r]));
  c.subjects.forEach((s, i) => {
    const head = results[i];
    const collective = s.headOf ? byId.get(s.headOf) : undefined;
    const hl = head && effective(head);
    const cl = collective && effective(collective);
    if (!head || !hl || !cl) return;
    const w = headAboveCollectiveWarning(hl, cl, c.settings);
    if (w) head.reasons.push(w);
  });
}

function quota(c: EvaluationCase, results: SubjectResult[], rounding: Parameters<typeof checkQuota>[1]): QuotaGroupCheck[] {
  const groups = new Map<string, Level[]>();
  c.subjects.forEach((s, i) => {
    if (s.quotaGroup === undefined) return;
    const list = groups.get(s.quotaGroup) ?? [];
    groups.set(s.quotaGroup, list);
    const l = results[i] && effective(results[i]);
    if (l) list.push(l);
  });
  return checkQuota(
    [...groups].map(([groupId, levels]) => ({ groupId, levels })),
    rounding,
  );
}

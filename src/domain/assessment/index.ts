// Public API of the assessment rule engine (DOMAIN.md §5, issue 3 items 3–5 and 10). Pure: no I/O.
// The rules live in small files; docs/rules/assessment.md maps each rule to its regulation.
export { LEVELS, LEVEL_NAMES, isLevel, isAbove, levelRank, lowerLevel, type Level } from './levels.js';
export {
  CRITERION_RATINGS,
  DISCIPLINE_FORMS,
  RULE_SET_IDS,
  SUBJECT_KINDS,
  isIndividual,
  isRuleSetId,
  type CriterionRating,
  type DisciplineFact,
  type DisciplineForm,
  type Evaluation,
  type FactError,
  type Reason,
  type RuleSetId,
  type SubjectFacts,
  type SubjectKind,
  type TaskFigures,
} from './types.js';
export { RULE_SETS } from './sources.js';
export { CRITERIA, type Criterion } from './criteria.js';
export {
  DEFAULT_SETTINGS,
  ROUNDINGS,
  SPECIAL_CASES_366,
  resolveSettings,
  type Rounding,
  type RuleSettings,
  type SettingsInput,
  type SpecialCase366,
} from './settings.js';
export { validateFacts, taskShares } from './facts.js';
export { evaluate, checkChoice, levelsFrom, InvalidFactsError, type ChoiceCheck } from './evaluate.js';
export { totalPoints, pointsBand } from './reg366.js';
export { ruleCatalog, RULES, type RuleId } from './reasons.js';
export { checkQuota, mustMove, quotaAllowed, type QuotaGroupCheck } from './quota.js';
export { NOT_RATED_TEXTS, addMonths, notRatedReason, type NotRatedInput, type NotRatedReason } from './not-rated.js';
export {
  STEPS,
  WORKFLOW_ACTIONS,
  expectedActions,
  isReopening,
  isStep,
  nextStep,
  type Step,
  type StepResult,
  type WorkflowAction,
} from './workflow.js';
export { headAboveCollectiveWarning, missingBeforeDecision, type OrderNode } from './order.js';
export { runCase, type CaseResult, type SubjectResult } from './conformance.js';
export { checkCaseShape, type CaseError, type CaseSubject, type EvaluationCase } from './case-shape.js';
export { hd43Form, type Hd43Form } from './forms.js';

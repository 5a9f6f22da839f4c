// Plain data the rule sets work on (issue 3, item 3). Absent discipline-type facts mean "none";
// absent positive evidence (tasks, concrete products) means "unknown" and only lowers the proposal.
import type { Level } from './levels.js';

export type RuleSetId = 'reg124-2023' | 'reg366-2025';
export const RULE_SET_IDS: readonly RuleSetId[] = ['reg124-2023', 'reg366-2025'];
export function isRuleSetId(x: unknown): x is RuleSetId {
  return typeof x === 'string' && (RULE_SET_IDS as readonly string[]).includes(x);
}

export type SubjectKind = 'member' | 'party_cell' | 'grassroots_org' | 'party_committee' | 'leadership_collective' | 'leader';
export const SUBJECT_KINDS: readonly SubjectKind[] = [
  'member',
  'party_cell',
  'grassroots_org',
  'party_committee',
  'leadership_collective',
  'leader',
];
/** Individuals are rated as persons (sick leave, maternity, targets); the others are collectives. */
export function isIndividual(k: SubjectKind): boolean {
  return k === 'member' || k === 'leader';
}

export type CriterionRating = 'excellent' | 'good' | 'average' | 'weak';
export const CRITERION_RATINGS: readonly CriterionRating[] = ['excellent', 'good', 'average', 'weak'];

export type DisciplineForm = 'reprimand' | 'warning' | 'dismissal' | 'expulsion' | 'dissolution';
export const DISCIPLINE_FORMS: readonly DisciplineForm[] = ['reprimand', 'warning', 'dismissal', 'expulsion', 'dissolution'];
export interface DisciplineFact {
  form: DisciplineForm;
  decidedOn: string;
  selfDetectedRemedied: boolean;
}

/**
 * Every task counts in exactly one of onTime, late, exceeded (done on time and above target), notDone,
 * so onTime + late + exceeded + notDone = total. keyMissed: key targets among the not done ones.
 */
export interface TaskFigures {
  total: number;
  onTime: number;
  late: number;
  exceeded: number;
  notDone: number;
  keyMissed: number;
  forceMajeure?: boolean;
}

export interface SubjectFacts {
  kind: SubjectKind;
  criteria?: Record<string, CriterionRating>; // reg124: criterion id → rating (ids per kind in CRITERIA)
  points?: { general: number; tasks: number }; // reg366: 0–30 and 0–70, fractions allowed
  tasks?: TaskFigures;
  concreteProducts?: boolean;
  discipline?: DisciplineFact[]; // in the period
  sickLeaveDays?: number; // whole days of sick leave in the period (see common.ts)
  maternityLeaveMonths?: number;
  degradation?: boolean; // degradation in ideology/ethics or a breach of what members must not do
  earlierShortcomingsRemedied?: boolean; // absent: nothing outstanding
  subordinateUnits?: number;
  subordinateUnitsDisciplined?: number;
  leadershipDisciplined?: boolean;
  internalDisunity?: boolean;
}

/**
 * One reason of an evaluation. `cap` lowers `allowed` (and so `proposed`); with `proposalOnly` it lowers only
 * `proposed` (evidence for a higher level is missing, not known to be false). `setting`: the rule is a [U]/[P]
 * setting, so a higher choice may be made with a recorded override reason. `warning`: shown, never blocks.
 */
export interface Reason {
  ruleId: string;
  vi: string;
  en: string;
  source: string;
  cap?: Level;
  proposalOnly?: boolean;
  setting?: boolean;
  warning?: boolean;
}

export interface Evaluation {
  allowed: Level;
  proposed: Level;
  reasons: Reason[];
}

/** A field error in facts; `field` is a dotted path such as "points.general" or "tasks.total". */
export interface FactError {
  field: string;
  code: string;
  vi: string;
  en: string;
}

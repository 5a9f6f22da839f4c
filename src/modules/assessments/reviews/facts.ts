// The facts the rule engine evaluates, gathered for one subject: its own entries (self-assessment,
// review), task figures, discipline in the period, and for collectives their subordinate units and leadership.
import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { SubjectFacts, SubjectKind } from '../../../domain/assessment/index.js';
import { collectiveFacts, tasksAndDiscipline } from './facts-queries.js';
import type { CycleRow, SubjectRow } from './queries.js';
import type { ReviewEntry, SelfEntry } from './schemas.js';

type Q = Kysely<Database>;
const COLLECTIVES = new Set(['party_cell', 'grassroots_org', 'party_committee', 'leadership_collective']);

/** Facts as entered (self-assessment and review), without I/O: also used to check a submission before it is stored. */
export function enteredFacts(kind: SubjectKind, self: SelfEntry | null, review: ReviewEntry | null): SubjectFacts {
  const f: SubjectFacts = { kind };
  if (self) {
    if (self.criteria) f.criteria = self.criteria;
    if (self.generalPoints !== undefined || self.taskPoints !== undefined) {
      f.points = { general: self.generalPoints ?? 0, tasks: self.taskPoints ?? 0 };
    }
    if (self.concreteProducts !== undefined) f.concreteProducts = self.concreteProducts;
    if (self.sickLeaveDays !== undefined) f.sickLeaveDays = self.sickLeaveDays;
    if (self.maternityLeaveMonths !== undefined) f.maternityLeaveMonths = self.maternityLeaveMonths;
    if (self.shortcomingsRemedied !== undefined) f.earlierShortcomingsRemedied = self.shortcomingsRemedied;
    if (self.tasks) f.tasks = self.tasks;
  }
  if (review?.degradation !== undefined) f.degradation = review.degradation;
  if (review?.disunity !== undefined && COLLECTIVES.has(kind)) f.internalDisunity = review.disunity;
  return f;
}

export async function gatherFacts(
  db: Q,
  c: CycleRow,
  s: SubjectRow,
  self: SelfEntry | null,
  review: ReviewEntry | null,
): Promise<SubjectFacts> {
  const facts = enteredFacts(s.subject_kind as SubjectKind, self, review);
  const { tasks, discipline } = await tasksAndDiscipline(db, s, c.period_from, c.period_to);
  if (tasks) facts.tasks = tasks;
  facts.discipline = discipline;
  if (COLLECTIVES.has(s.subject_kind)) Object.assign(facts, await collectiveFacts(db, s, c.period_from, c.period_to));
  return facts;
}

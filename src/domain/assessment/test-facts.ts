// Builders of plain facts for the unit tests (not exported from index.ts).
import { CRITERIA } from './criteria.js';
import type { CriterionRating, SubjectFacts, SubjectKind, TaskFigures } from './types.js';

export function ratings(
  kind: SubjectKind,
  all: CriterionRating,
  over: Record<string, CriterionRating> = {},
): Record<string, CriterionRating> {
  return { ...Object.fromEntries(CRITERIA[kind].map((c) => [c.id, all])), ...over };
}

export function tasks(over: Partial<TaskFigures> = {}): TaskFigures {
  const t = { onTime: 5, late: 0, exceeded: 5, notDone: 0, keyMissed: 0, ...over };
  return { total: t.onTime + t.late + t.exceeded + t.notDone, ...t, ...(over.total !== undefined ? { total: over.total } : {}) };
}

/** A reg124 member meeting every condition of excellent. */
export function best124(over: Partial<SubjectFacts> = {}): SubjectFacts {
  return { kind: 'member', criteria: ratings('member', 'excellent'), tasks: tasks(), concreteProducts: true, ...over };
}

/** A reg366 member meeting every condition of excellent (95 points, 50% exceeded). */
export function best366(over: Partial<SubjectFacts> = {}): SubjectFacts {
  return { kind: 'member', points: { general: 28, tasks: 67 }, tasks: tasks(), ...over };
}

// Discipline of a Party organization (Party Charter ch. VIII; Quy định 69-QĐ/TW, 2022): reprimand, warning or
// dissolution, decided by the Party committee of the level above. Recording a dissolution does not change the
// tree: the unit is dissolved by a restructuring with its own effective date.
import { parentPath } from '../orgs/tree.js';

export const UNIT_DISCIPLINE_FORMS = ['reprimand', 'warning', 'dissolution'] as const;
export type UnitDisciplineForm = (typeof UNIT_DISCIPLINE_FORMS)[number];

export interface UnitFacts {
  path: string;
  foundedOn: string;
  dissolvedOn: string | null;
}

/** The unit whose managers decide: the level above (none for the top of the tree, disciplined from outside it). */
export const decidingPath = (unitPath: string): string | null => parentPath(unitPath);

export type UnitDisciplineProblem = 'decided_in_future' | 'unit_discipline_top' | 'unit_discipline_unit_not_active';

/** Why a decision cannot be recorded as given, or null. */
export function unitDisciplineProblem(unit: UnitFacts, decidedOn: string, today: string): UnitDisciplineProblem | null {
  if (decidedOn > today) return 'decided_in_future';
  if (decidingPath(unit.path) === null) return 'unit_discipline_top';
  if (decidedOn < unit.foundedOn || (unit.dissolvedOn !== null && decidedOn > unit.dissolvedOn)) return 'unit_discipline_unit_not_active';
  return null;
}

/** A dissolution recorded while the unit still stands in the tree: the user is pointed to the restructuring. */
export const needsRestructuring = (form: string, unit: Pick<UnitFacts, 'dissolvedOn'>): boolean =>
  form === 'dissolution' && unit.dissolvedOn === null;

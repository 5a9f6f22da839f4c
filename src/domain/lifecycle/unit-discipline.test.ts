import { describe, expect, it } from 'vitest';
import { decidingPath, needsRestructuring, unitDisciplineProblem } from './unit-discipline.js';

const cell = { path: '1.2.4.5', foundedOn: '2010-01-01', dissolvedOn: null };

describe('discipline of a Party organization', () => {
  it('is decided at the level above', () => {
    expect(decidingPath('1.2.4.5')).toBe('1.2.4');
    expect(decidingPath('1')).toBeNull();
  });

  it('refuses a decision in the future, the top of the tree, and a date when the unit did not exist', () => {
    expect(unitDisciplineProblem(cell, '2026-11-26', '2026-11-26')).toBeNull();
    expect(unitDisciplineProblem(cell, '2026-11-27', '2026-11-26')).toBe('decided_in_future');
    expect(unitDisciplineProblem({ ...cell, path: '1' }, '2026-01-01', '2026-11-26')).toBe('unit_discipline_top');
    expect(unitDisciplineProblem(cell, '2009-12-31', '2026-11-26')).toBe('unit_discipline_unit_not_active');
    expect(unitDisciplineProblem({ ...cell, dissolvedOn: '2026-06-30' }, '2026-06-30', '2026-11-26')).toBeNull();
    expect(unitDisciplineProblem({ ...cell, dissolvedOn: '2026-06-30' }, '2026-07-01', '2026-11-26')).toBe(
      'unit_discipline_unit_not_active',
    );
  });

  it('points to the restructuring only for a dissolution of a unit still in the tree', () => {
    expect(needsRestructuring('dissolution', cell)).toBe(true);
    expect(needsRestructuring('dissolution', { dissolvedOn: '2026-06-30' })).toBe(false);
    expect(needsRestructuring('warning', cell)).toBe(false);
  });
});

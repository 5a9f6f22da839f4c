import { describe, expect, it } from 'vitest';
import { checkCaseShape, runCase } from './index.js';

const paths = (x: unknown) => {
  const r = checkCaseShape(x);
  return r.ok ? [] : r.errors.map((e) => e.path);
};
const member = {
  kind: 'member',
  points: { general: 20, tasks: 55 },
  tasks: { total: 1, onTime: 1, late: 0, exceeded: 0, notDone: 0, keyMissed: 0 },
};

describe('conformance case shape', () => {
  it('names each bad field', () => {
    expect(paths([])).toEqual(['$']);
    expect(paths({ ruleSet: 'reg366-2025', subjects: [] })).toEqual(['subjects']);
    expect(paths({ ruleSet: 'reg366-2025', subjects: [{ id: 'a', facts: { kind: 'robot' }, level: 'best' }] })).toEqual([
      'subjects[0].facts.kind',
      'subjects[0].level',
    ]);
    expect(paths({ ruleSet: 'reg366-2025', subjects: [{ id: 'a', facts: member, headOf: 'zz' }] })).toEqual(['subjects[0].headOf']);
    expect(paths({ ruleSet: 'reg366-2025', subjects: [{ id: 'a', facts: member, notRated: { admittedOn: '2025-01-01' } }] })).toEqual([
      'period',
    ]);
  });
  it('checks settings by name and type', () => {
    expect(
      paths({
        ruleSet: 'reg366-2025',
        subjects: [{ id: 'a', facts: member }],
        settings: { quotaRounding: 'up', bogus: 1, sickLeaveCap: { months: 0 }, specialCases366: { weather: true, discipline: 'yes' } },
      }).sort(),
    ).toEqual([
      'settings.bogus',
      'settings.quotaRounding',
      'settings.sickLeaveCap.months',
      'settings.specialCases366.discipline',
      'settings.specialCases366.weather',
    ]);
  });
  it('reports fact errors with the subject path, and evaluates a good case', () => {
    const bad = runCase({ ruleSet: 'reg366-2025', subjects: [{ id: 'a', facts: { ...member, points: { general: 20, tasks: 71 } } }] });
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['subjects[0].facts.points.tasks']);
    const good = runCase({ ruleSet: 'reg366-2025', subjects: [{ id: 'a', quotaGroup: 'g', facts: member }] });
    expect(good.ok && good.result.subjects[0]).toMatchObject({ id: 'a', allowed: 'good', proposed: 'good' });
    expect(good.ok && good.result.quota).toEqual([{ groupId: 'g', good: 1, excellent: 0, allowed: 0, mustMove: 0 }]);
  });
});

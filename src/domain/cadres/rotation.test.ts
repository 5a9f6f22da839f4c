import { describe, expect, it } from 'vitest';
import { rotationStats, watchState } from './rotation.js';

describe('rotation statistics', () => {
  it('counts per year and kind', () => {
    const stats = rotationStats([
      { kind: 'department_to_commune', effectiveOn: '2026-03-01' },
      { kind: 'department_to_commune', effectiveOn: '2026-05-01' },
      { kind: 'commune_to_commune', effectiveOn: '2026-05-01' },
      { kind: 'other', effectiveOn: '2025-12-31' },
    ]);
    expect(stats.map((s) => s.year)).toEqual([2025, 2026]);
    expect(stats[1]).toMatchObject({ total: 3, counts: { department_to_commune: 2, commune_to_commune: 1, other: 0 } });
  });
});

describe('whom to watch', () => {
  it('classifies the next review against today', () => {
    expect(watchState('2026-11-25', '2026-11-26')).toBe('overdue');
    expect(watchState('2026-12-20', '2026-11-26')).toBe('due_soon');
    expect(watchState('2027-03-01', '2026-11-26')).toBe('later');
    expect(watchState(null, '2026-11-26')).toBe('no_date');
  });
});

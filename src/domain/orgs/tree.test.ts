import { describe, expect, it } from 'vitest';
import {
  canContain,
  checkEffectiveDate,
  checkMove,
  holdsMembers,
  isWithinPath,
  parentPath,
  rebasePath,
  unassignedInSplit,
} from './tree.js';

describe('paths', () => {
  it('knows a subtree without confusing id prefixes', () => {
    expect(isWithinPath('1.2.3', '1.2')).toBe(true);
    expect(isWithinPath('1.2', '1.2')).toBe(true);
    expect(isWithinPath('1.23', '1.2')).toBe(false);
    expect(isWithinPath('1', '1.2')).toBe(false);
  });
  it('rebases a subtree under a new parent', () => {
    expect(rebasePath('1.2.5', '1.2', '1.9')).toBe('1.9.2.5');
    expect(rebasePath('1.2', '1.2', '1.9.10')).toBe('1.9.10.2');
    expect(() => rebasePath('1.3', '1.2', '1.9')).toThrow();
  });
  it('finds the parent path', () => {
    expect(parentPath('1.2.3')).toBe('1.2');
    expect(parentPath('1')).toBeNull();
  });
});

describe('moves', () => {
  const cell = { path: '1.2.3.4', kind: 'cell' as const, parentId: 3 };
  it('refuses a move under the unit itself or its descendant', () => {
    const committee = { path: '1.2.3', kind: 'grassroots_committee' as const, parentId: 2 };
    expect(checkMove(committee, { id: 3, path: '1.2.3', kind: 'grassroots_committee' })).toBe('move_into_descendant');
    expect(
      checkMove({ path: '1.2', kind: 'subordinate_committee', parentId: 1 }, { id: 3, path: '1.2.3', kind: 'grassroots_committee' }),
    ).toBe('move_into_descendant');
  });
  it('refuses moving the root, a no-op, and a kind that does not fit', () => {
    expect(
      checkMove({ path: '1', kind: 'province_committee', parentId: null }, { id: 2, path: '1.2', kind: 'subordinate_committee' }),
    ).toBe('move_root');
    expect(checkMove(cell, { id: 3, path: '1.2.3', kind: 'grassroots_committee' })).toBe('move_same_parent');
    expect(checkMove(cell, { id: 2, path: '1.2', kind: 'subordinate_committee' })).toBe('kind_not_allowed_under');
  });
  it('allows a cell to move to another grassroots committee', () => {
    expect(checkMove(cell, { id: 7, path: '1.2.7', kind: 'grassroots_committee' })).toBeNull();
  });
});

describe('kinds', () => {
  it('keeps members in cells only', () => {
    expect(holdsMembers('cell')).toBe(true);
    expect(holdsMembers('grassroots_cell')).toBe(true);
    expect(holdsMembers('grassroots_committee')).toBe(false);
  });
  it('lets depth be data: a committee under a committee (old district level)', () => {
    expect(canContain('subordinate_committee', 'subordinate_committee')).toBe(true);
    expect(canContain('cell', 'cell')).toBe(false);
  });
});

describe('effective dates', () => {
  it('accepts today and the past after the latest change', () => {
    expect(checkEffectiveDate('2026-01-01', '2025-01-01', '2026-11-26')).toBeNull();
    expect(checkEffectiveDate('2026-11-26', '2026-11-26', '2026-11-26')).toBeNull();
  });
  it('refuses the future and dates before history', () => {
    expect(checkEffectiveDate('2026-11-27', '2025-01-01', '2026-11-26')).toBe('effective_in_future');
    expect(checkEffectiveDate('2024-12-31', '2025-01-01', '2026-11-26')).toBe('effective_before_history');
  });
});

describe('split assignment', () => {
  it('counts members and child units not sent to a valid new unit', () => {
    const a = {
      members: new Map([
        [1, 0],
        [2, 1],
        [3, 5],
      ]),
      children: new Map([[10, 1]]),
    };
    expect(unassignedInSplit([1, 2, 3, 4], [10, 11], 2, a)).toBe(3);
    expect(unassignedInSplit([1, 2], [10], 2, a)).toBe(0);
  });
});

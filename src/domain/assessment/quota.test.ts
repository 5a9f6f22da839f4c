import { describe, expect, it } from 'vitest';
import { checkQuota, mustMove, quotaAllowed, type Level } from './index.js';

const levels = (good: number, excellent: number, other = 0): Level[] => [
  ...Array<Level>(good).fill('good'),
  ...Array<Level>(excellent).fill('excellent'),
  ...Array<Level>(other).fill('completed'),
];

describe('quota: excellent ≤ 20% of good', () => {
  it('floors by default: 4 good → 0, 5 → 1, 9 → 1, 10 → 2, 0 → 0', () => {
    expect([0, 4, 5, 9, 10, 15].map((g) => quotaAllowed(g))).toEqual([0, 0, 1, 1, 2, 3]);
  });
  it('rounding is a setting: round and ceil', () => {
    expect([4, 7, 8, 15].map((g) => quotaAllowed(g, 'round'))).toEqual([1, 1, 2, 3]);
    expect([1, 4, 15, 16].map((g) => quotaAllowed(g, 'ceil'))).toEqual([1, 1, 3, 4]);
  });
  it('rejects a negative or fractional count', () => {
    expect(() => quotaAllowed(-1)).toThrow(RangeError);
    expect(() => quotaAllowed(2.5)).toThrow(RangeError);
  });
  it('checks each group: used, allowed and how many must move', () => {
    expect(
      checkQuota([
        { groupId: 'a', levels: levels(4, 1, 3) },
        { groupId: 'b', levels: levels(5, 1) },
        { groupId: 'c', levels: levels(10, 5) },
        { groupId: 'd', levels: [] },
      ]),
    ).toEqual([
      { groupId: 'a', good: 4, excellent: 1, allowed: 0, mustMove: 1 },
      { groupId: 'b', good: 5, excellent: 1, allowed: 1, mustMove: 0 },
      { groupId: 'c', good: 10, excellent: 5, allowed: 2, mustMove: 3 },
      { groupId: 'd', good: 0, excellent: 0, allowed: 0, mustMove: 0 },
    ]);
  });
  it('counts that each move adds a good: 4 good + 2 excellent needs only 1 move', () => {
    expect(mustMove(4, 2)).toBe(1);
    expect(mustMove(0, 3)).toBe(3);
    expect(mustMove(0, 3, 'ceil')).toBe(2);
  });
});

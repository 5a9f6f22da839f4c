// The scope rules every policy is built from, as tables: paths × roots, actors × paths, and the list roots.
import { describe, expect, it } from 'vitest';
import {
  EDITORS,
  hasRoleOver,
  hasRoleStrictlyBelow,
  isWithin,
  MANAGERS,
  READERS,
  readableRoots,
  type Actor,
  type Grant,
  type Role,
} from './scope.js';

const grant = (role: Role, unitPath: string): Grant => ({ role, unitId: Number(unitPath.split('.').at(-1)), unitPath });
const actor = (...grants: Grant[]): Actor => ({ userId: 0, username: 'u', displayName: 'u', memberId: null, locale: 'vi', grants });

describe('isWithin', () => {
  const rows: [string, string, boolean][] = [
    ['1', '1', true],
    ['1.2', '1', true],
    ['1.2.4.5', '1.2', true],
    ['1', '1.2', false],
    ['1.3', '1.2', false],
    ['1.22', '1.2', false], // a sibling whose id starts with the same digits is not below
    ['12', '1', false],
  ];
  for (const [path, root, expected] of rows) it(`${path} within ${root}: ${expected}`, () => expect(isWithin(path, root)).toBe(expected));
});

describe('hasRoleOver and hasRoleStrictlyBelow', () => {
  const office = actor(grant('committee_office', '1.2.4'));
  const secretary = actor(grant('cell_secretary', '1.2.4.5'), grant('member', '1.2.4.5'));
  const member = actor(grant('member', '1.2.4.5'));
  const observer = actor(grant('observer', '1.3'));
  const rows: [string, Actor, string, readonly Role[], boolean, boolean][] = [
    // name, actor, path, roles, over, strictly below
    ['office over its own unit', office, '1.2.4', MANAGERS, true, false],
    ['office over a cell below', office, '1.2.4.5', MANAGERS, true, true],
    ['office over its district', office, '1.2', MANAGERS, false, false],
    ['office over another district', office, '1.3', READERS, false, false],
    ['secretary edits its cell', secretary, '1.2.4.5', EDITORS, true, false],
    ['secretary does not manage its cell', secretary, '1.2.4.5', MANAGERS, false, false],
    ['a member grant reads nothing', member, '1.2.4.5', READERS, false, false],
    ['observer reads below its root', observer, '1.3.7.8', READERS, true, true],
    ['observer edits nothing', observer, '1.3.7.8', EDITORS, false, false],
  ];
  for (const [name, a, path, roles, over, below] of rows) {
    it(name, () => {
      expect(hasRoleOver(a, path, roles)).toBe(over);
      expect(hasRoleStrictlyBelow(a, path, roles)).toBe(below);
    });
  }
});

describe('readableRoots', () => {
  const rows: [string, Grant[], string[]][] = [
    ['none for a plain member', [grant('member', '1.2.4.5')], []],
    ['one reading grant', [grant('observer', '1.3')], ['1.3']],
    ['nested roots collapse into the widest', [grant('cell_secretary', '1.2.4.5'), grant('committee_office', '1.2.4')], ['1.2.4']],
    ['disjoint roots, widest first', [grant('cell_secretary', '1.3.7.8'), grant('committee_office', '1.2')], ['1.2', '1.3.7.8']],
    ['the same root twice once', [grant('observer', '1.3'), grant('committee_office', '1.3')], ['1.3']],
    ['member grants do not count', [grant('member', '1'), grant('cell_secretary', '1.2.4.5')], ['1.2.4.5']],
  ];
  for (const [name, grants, roots] of rows) {
    it(name, () => expect(readableRoots(actor(...grants)).map((g) => g.unitPath)).toEqual(roots));
  }
});

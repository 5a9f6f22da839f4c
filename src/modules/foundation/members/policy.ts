import { allow } from '../../../shared/policy.js';
import { EDITORS, hasRoleOver, MANAGERS, READERS, type Actor } from '../../../domain/access/scope.js';

type MemberRef = { id: number; unitPath: string };

/** Listing members of a subtree: reading roles over it. A plain member lists nobody. */
export const MEMBER_LIST = allow('member.list', (actor: Actor, unit: { path: string }) => hasRoleOver(actor, unit.path, READERS));

/** Reading a record: reading roles over the member's cell, or the member themself. */
export const MEMBER_READ = allow(
  'member.read',
  (actor: Actor, m: MemberRef) => actor.memberId === m.id || hasRoleOver(actor, m.unitPath, READERS),
);

/** Adding a member to a cell: province admin, committee office, or that cell's secretary. */
export const MEMBER_CREATE = allow('member.create', (actor: Actor, cell: { path: string }) => hasRoleOver(actor, cell.path, EDITORS));

/** Editing a record: the same editors over the member's current cell. */
export const MEMBER_UPDATE = allow('member.update', (actor: Actor, m: MemberRef) => hasRoleOver(actor, m.unitPath, EDITORS));

/** Moving a member to another cell needs a manager over both cells (not a cell secretary). */
export const MEMBER_CHANGE_CELL = allow('member.change_cell', (actor: Actor, cell: { path: string }) =>
  hasRoleOver(actor, cell.path, MANAGERS),
);

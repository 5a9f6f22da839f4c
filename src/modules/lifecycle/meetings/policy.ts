// Who may read a cell meeting and its papers. Editing stays LC_EDIT (editors over the cell).
import { allow } from '../../../shared/policy.js';
import { hasRoleOver, READERS, type Actor } from '../../../domain/access/scope.js';

/**
 * Reading a meeting, its papers and its minutes: the reading roles over the cell (the cell's secretary, the
 * committees above, observers), and the members of that very cell. A member's grant is their own cell, so it
 * reaches neither another cell nor a level above.
 */
export const MEETING_READ = allow(
  'meeting.read',
  (actor: Actor, r: { path: string }) =>
    hasRoleOver(actor, r.path, READERS) || actor.grants.some((g) => g.role === 'member' && g.unitPath === r.path),
);

/**
 * Checking in to a meeting with its QR code: a member on the rolls of that very cell, for themselves
 * (`memberPath`: the path of the caller's own cell today, read from the registry: a secretary checks in too).
 */
export const MEETING_CHECK_IN = allow(
  'meeting.check_in',
  (actor: Actor, r: { path: string; memberPath: string | null }) => actor.memberId !== null && r.memberPath === r.path,
);

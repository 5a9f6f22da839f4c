import { allow } from '../../shared/policy.js';
import { hasRoleOver, MANAGERS, type Actor, type Role } from '../../domain/access/scope.js';

/** Managing accounts of a subtree: province admins and committee offices over it. */
export const USER_MANAGE = allow('user.manage', (actor: Actor, unit: { path: string }) => hasRoleOver(actor, unit.path, MANAGERS));

/** Granting a role over a unit: a manager over the unit; only a province admin grants the top two roles. */
export const GRANT_ROLE = allow('user.grant', (actor: Actor, g: { path: string; role: Role }) =>
  g.role === 'province_admin' || g.role === 'committee_office'
    ? hasRoleOver(actor, g.path, ['province_admin'])
    : hasRoleOver(actor, g.path, MANAGERS));

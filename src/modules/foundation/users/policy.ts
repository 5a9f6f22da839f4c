import { allow } from '../../../shared/policy.js';
import { hasRoleOver, MANAGERS, type Actor, type Role } from '../../../domain/access/scope.js';
import { canGrant, coversAccount, type AccountReach } from '../../../domain/access/accounts.js';

/** Managing accounts of a subtree: province admins and committee offices over it. */
export const USER_MANAGE = allow('user.manage', (actor: Actor, unit: { path: string }) => hasRoleOver(actor, unit.path, MANAGERS));

/** Granting a role over a unit: a manager over the unit; only a province admin grants the top two roles. */
export const GRANT_ROLE = allow('user.grant', (actor: Actor, g: { path: string; role: Role }) => canGrant(actor, g.role, g.path));

/** Acting on an existing account (a new grant, a password reset): the manager covers all of it. */
export const ACCOUNT_MANAGE = allow('user.account', (actor: Actor, account: AccountReach) => coversAccount(actor, account));

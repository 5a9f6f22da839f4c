// Who may manage an account: accounts are scoped like records. A manager covers an account when every
// grant it would act through lies in the manager's reach (never above the manager's own rank) and the
// Party member it is bound to lies in the manager's subtree. Otherwise the account is someone else's
// and answers as missing.
import { hasRoleOver, MANAGERS, type Actor, type Role } from './scope.js';

/** Only a province admin grants (or manages holders of) the two top roles; offices grant below them. */
export function canGrant(actor: Actor, role: Role, path: string): boolean {
  return role === 'province_admin' || role === 'committee_office'
    ? hasRoleOver(actor, path, ['province_admin'])
    : hasRoleOver(actor, path, MANAGERS);
}

export interface AccountReach {
  /** The account's grants that are current or still to come; when none, all its grants ever. */
  grants: { role: Role; path: string }[];
  /** Unit path of the Party member bound to the account, when there is one. */
  memberPath: string | null;
}

export function coversAccount(actor: Actor, account: AccountReach): boolean {
  if (account.memberPath !== null && !hasRoleOver(actor, account.memberPath, MANAGERS)) return false;
  if (account.grants.length === 0) return account.memberPath !== null;
  return account.grants.every((g) => canGrant(actor, g.role, g.path));
}

/** Roles that may add a second factor: those who act over a province or committee, not a cell. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['province_admin', 'committee_office'];

export const mayUseSecondFactor = (actor: Actor) => actor.grants.some((g) => SECOND_FACTOR_ROLES.includes(g.role));

import { allow } from '../../../shared/policy.js';
import { EDITORS, hasRoleOver, type Actor } from '../../../domain/access/scope.js';

/**
 * Reconciling a list against a subtree and deciding its differences: the roles that edit member
 * records there (the review queue writes to them).
 */
export const RECONCILE = allow('reconciliation.manage', (actor: Actor, unit: { path: string }) => hasRoleOver(actor, unit.path, EDITORS));

import { allow } from '../../../shared/policy.js';
import { hasRoleOver, READERS, type Actor } from '../../../domain/access/scope.js';

/** Reading the trail of a subtree: anyone who reads that subtree (members do not). */
export const AUDIT_LIST = allow('audit.list', (actor: Actor, unit: { path: string }) => hasRoleOver(actor, unit.path, READERS));

/** Verifying the whole chain is a province-level check. */
export const AUDIT_VERIFY = allow('audit.verify', (actor: Actor, _: null) =>
  actor.grants.some((g) => g.role === 'province_admin' && !g.unitPath.includes('.')),
);

/**
 * Reading the log of who read which member: a province administrator, over the members of the
 * subtree of that grant (Decree 13/2023/ND-CP: the controller checks access to personal data).
 */
export const READ_LOG_LIST = allow('audit.reads', (actor: Actor, unit: { path: string }) =>
  hasRoleOver(actor, unit.path, ['province_admin']),
);

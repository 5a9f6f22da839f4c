import { allow } from '../../../shared/policy.js';
import { hasRoleOver, MANAGERS, type Actor } from '../../../domain/access/scope.js';

/** Recording a unit's committee (terms and seats): province admins and committee offices over the unit. */
export const COMMITTEE_MANAGE = allow('committee.manage', (actor: Actor, unit: { path: string }) =>
  hasRoleOver(actor, unit.path, MANAGERS),
);

import { allow } from '../../../shared/policy.js';
import { hasRoleOver, hasRoleStrictlyBelow, READERS, type Actor } from '../../../domain/access/scope.js';

type UnitRef = { path: string };

/** Reading a unit: anyone with a reading role over its subtree. */
export const UNIT_READ = allow('unit.read', (actor: Actor, unit: UnitRef) => hasRoleOver(actor, unit.path, READERS));

/** Creating a unit under a parent: province admins and committee offices over the parent. */
export const UNIT_CREATE = allow('unit.create', (actor: Actor, parent: UnitRef) =>
  hasRoleOver(actor, parent.path, ['province_admin', 'committee_office']),
);

/**
 * Restructuring a unit (rename, move, merge, split, dissolve): a province admin anywhere in scope;
 * a committee office only strictly inside its subtree, never its own unit.
 */
export const UNIT_RESTRUCTURE = allow(
  'unit.restructure',
  (actor: Actor, unit: UnitRef) =>
    hasRoleOver(actor, unit.path, ['province_admin']) || hasRoleStrictlyBelow(actor, unit.path, ['committee_office']),
);

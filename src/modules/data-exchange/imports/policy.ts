import { allow } from '../../../shared/policy.js';
import { EDITORS, hasRoleOver, type Actor } from '../../../domain/access/scope.js';

/**
 * Importing members into a subtree, reading and undoing its import jobs: the roles that may add
 * members there (province admin, committee office, the cell's secretary). Jobs hold member data.
 */
export const IMPORT_MANAGE = allow('import.manage', (actor: Actor, unit: { path: string }) => hasRoleOver(actor, unit.path, EDITORS));

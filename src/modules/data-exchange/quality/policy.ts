import { allow } from '../../../shared/policy.js';
import { hasRoleOver, READERS, type Actor } from '../../../domain/access/scope.js';

/** The data-quality dashboard of a subtree: whoever may read its members. */
export const QUALITY_READ = allow('quality.read', (actor: Actor, unit: { path: string }) => hasRoleOver(actor, unit.path, READERS));

import { allow, can } from '../../../shared/policy.js';
import type { Actor } from '../../../domain/access/scope.js';
import { UNIT_CREATE } from '../orgs/policy.js';

/**
 * Drafting, previewing, applying and undoing a reorganization plan rooted at a unit: whoever may restructure
 * under it today (province admins; committee offices in their own subtree). Each operation of the plan is
 * then checked with the restructuring policies on the units it names.
 */
export const REORG_MANAGE = allow('reorg.manage', (actor: Actor, root: { path: string }) => can(actor, UNIT_CREATE, root));

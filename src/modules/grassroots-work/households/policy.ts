// Who may read and keep the household register. Residential groups and households lie in the area of a
// commune (grassroots committee): their scope is that unit's path.
import { allow } from '../../../shared/policy.js';
import { EDITORS, hasRoleOver, READERS, type Actor } from '../../../domain/access/scope.js';

type Scoped = { path: string };

/** Reading groups and households: reading roles over the commune. */
export const HOUSEHOLD_READ = allow('household.read', (actor: Actor, r: Scoped) => hasRoleOver(actor, r.path, READERS));

/** Keeping the register: editors (province admin, committee office, secretary) over the commune. */
export const HOUSEHOLD_EDIT = allow('household.edit', (actor: Actor, r: Scoped) => hasRoleOver(actor, r.path, EDITORS));

// Who may see and keep the cadre rotation register. Rotations are decisions of a committee (the deciding unit).
import { allow } from '../../../shared/policy.js';
import { hasRoleOver, MANAGERS, READERS, type Actor } from '../../../domain/access/scope.js';

type Scoped = { path: string };

/** Reading cadres and rotations: reading roles over the member's cell or the deciding unit. */
export const CADRE_READ = allow('cadre.read', (actor: Actor, r: Scoped) => hasRoleOver(actor, r.path, READERS));

/** Entering cadres and rotation decisions: managers (province admin, committee office) over the unit. */
export const CADRE_MANAGE = allow('cadre.manage', (actor: Actor, r: Scoped) => hasRoleOver(actor, r.path, MANAGERS));

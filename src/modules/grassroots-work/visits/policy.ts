// Who may read and log visits, and follow up the problems they find.
import { allow } from '../../../shared/policy.js';
import { EDITORS, hasRoleOver, READERS, type Actor } from '../../../domain/access/scope.js';

type Scoped = { path: string };

/** Reading visits and problems of a unit: reading roles over it. */
export const VISIT_READ = allow('visit.read', (actor: Actor, r: Scoped) => hasRoleOver(actor, r.path, READERS));

/** Logging a visit and following up its problems: editors over the unit visited. */
export const VISIT_WRITE = allow('visit.write', (actor: Actor, r: Scoped) => hasRoleOver(actor, r.path, EDITORS));

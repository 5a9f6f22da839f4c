// Who may see and keep working groups (tổ công tác).
import { allow } from '../../../shared/policy.js';
import { EDITORS, hasRoleOver, MANAGERS, READERS, type Actor } from '../../../domain/access/scope.js';

type Scoped = { path: string };

/** Reading a working group: reading roles over the unit that formed it. */
export const WORKING_GROUP_READ = allow('working_group.read', (actor: Actor, r: Scoped) => hasRoleOver(actor, r.path, READERS));

/** Forming a group and changing its composition: managers over the unit (a committee decision). */
export const WORKING_GROUP_MANAGE = allow('working_group.manage', (actor: Actor, r: Scoped) => hasRoleOver(actor, r.path, MANAGERS));

/** Recording the group's activities: editors over the unit. */
export const WORKING_GROUP_RECORD = allow('working_group.record', (actor: Actor, r: Scoped) => hasRoleOver(actor, r.path, EDITORS));

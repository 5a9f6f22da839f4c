// Who may see and set "phụ trách" (who is in charge of which unit and household), and read coverage reports.
import { allow } from '../../../shared/policy.js';
import { EDITORS, hasRoleOver, MANAGERS, READERS, type Actor } from '../../../domain/access/scope.js';

type Scoped = { path: string };

/** Reading assignments and coverage reports of a subtree: reading roles over it. */
export const ASSIGNMENT_READ = allow('assignment.read', (actor: Actor, r: Scoped) => hasRoleOver(actor, r.path, READERS));

/** Putting a committee member in charge of a unit is the committee's decision: managers over the unit. */
export const UNIT_ASSIGNMENT_EDIT = allow('assignment.unit.edit', (actor: Actor, r: Scoped) => hasRoleOver(actor, r.path, MANAGERS));

/** Putting a member in charge of a household: editors over the household's commune. */
export const HOUSEHOLD_ASSIGNMENT_EDIT = allow('assignment.household.edit', (actor: Actor, r: Scoped) =>
  hasRoleOver(actor, r.path, EDITORS),
);

/** Changing the module's settings (household limit): province admin only. */
export const GRASSROOTS_SETTINGS = allow('grassroots.settings', (actor: Actor, r: Scoped) =>
  hasRoleOver(actor, r.path, ['province_admin']),
);

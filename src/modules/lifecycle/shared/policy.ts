// Who may do what in the member lifecycle. Resources carry the unit path they concern.
import { allow } from '../../../shared/policy.js';
import { EDITORS, hasRoleOver, MANAGERS, READERS, type Actor } from '../../../domain/access/scope.js';

type Scoped = { path: string; memberId?: number };

/** Reading lifecycle records of a unit or a member: reading roles over it, or the member themself. */
export const LC_READ = allow(
  'lifecycle.read',
  (actor: Actor, r: Scoped) => (r.memberId !== undefined && actor.memberId === r.memberId) || hasRoleOver(actor, r.path, READERS),
);

/** Recording what a cell decides (attendance, fees, exemptions, proposals, transfers): editors over the cell. */
export const LC_EDIT = allow('lifecycle.edit', (actor: Actor, r: Scoped) => hasRoleOver(actor, r.path, EDITORS));

/** Decisions of a competent committee (removal, probation, admission, suspension): managers over the unit. */
export const LC_DECIDE = allow('lifecycle.decide', (actor: Actor, r: Scoped) => hasRoleOver(actor, r.path, MANAGERS));

/** Discipline: a cell may reprimand or warn its members; dismissal and expulsion are for committees. */
export const DISCIPLINE_RECORD = allow('discipline.record', (actor: Actor, r: Scoped & { form: string }) =>
  hasRoleOver(actor, r.path, r.form === 'reprimand' || r.form === 'warning' ? EDITORS : MANAGERS),
);

/** Exemption from activities is the cell's; suspension is a committee's. */
export const EXEMPTION_RECORD = allow('exemption.record', (actor: Actor, r: Scoped & { kind: string }) =>
  hasRoleOver(actor, r.path, r.kind === 'suspended' ? MANAGERS : EDITORS),
);

/** Discipline of a Party organization (reprimand, warning, dissolution): managers of the level above the unit. */
export const DISCIPLINE_UNIT = allow(
  'discipline.unit',
  (actor: Actor, r: { path: string; decidingPath: string | null }) =>
    r.decidingPath !== null && hasRoleOver(actor, r.decidingPath, MANAGERS),
);

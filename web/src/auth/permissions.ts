// What the user may do, as the server answers it: `me.abilities` (GET /api/auth/me, the session's create
// abilities computed from the route policies) and the `abilities` sent with records (member, assessment
// subject). Pages read those instead of re-deriving scope rules. The server still decides every request.
import type { Me, Role } from '../types';
import { useCurrentUser } from './useMe';

/** Names of the session abilities (src/modules/foundation/auth/abilities.ts). */
export type SessionAbility =
  | 'campaign.create'
  | 'assignment.create'
  | 'workingGroup.create'
  | 'cadre.create'
  | 'transfer.create'
  | 'transfer.import'
  | 'member.create'
  | 'member.import'
  | 'unit.create'
  | 'user.manage'
  | 'household.edit'
  | 'visit.create'
  | 'task.create'
  | 'plan.create'
  | 'assessmentCycle.create'
  | 'lifecycle.edit'
  | 'lifecycle.decide'
  | 'unitDiscipline.create'
  | `discipline.${'reprimand' | 'warning' | 'dismissal' | 'expulsion'}`
  | `exemption.${'exempted' | 'temporarily_exempted' | 'suspended'}`;

/** Whether the server says this user may do it somewhere in their scope (false while unknown). */
export const may = (me: Me | null | undefined, ability: SessionAbility) => me?.abilities?.[ability] === true;

/** The signed-in user's answer for one session ability. */
export function useAbility(ability: SessionAbility): boolean {
  return may(useCurrentUser(), ability);
}

// Navigation only (which menu entries and unit links to show): reading scope, the same rule as the server's
// READERS in src/domain/access/scope.ts. Anything that writes asks the abilities above instead.
export const EDITORS: Role[] = ['province_admin', 'committee_office', 'cell_secretary'];
export const READERS: Role[] = ['province_admin', 'committee_office', 'cell_secretary', 'observer'];

export const isWithin = (path: string, root: string) => path === root || path.startsWith(`${root}.`);

const hasRoleOver = (me: Me | null | undefined, path: string, roles: Role[]) =>
  !!me?.grants.some((g) => roles.includes(g.role) && isWithin(path, g.unitPath));

export const hasAnyRole = (me: Me | null | undefined, roles: Role[]) => !!me?.grants.some((g) => roles.includes(g.role));

export const canReadRegistry = (me: Me | null | undefined) => hasAnyRole(me, READERS);

/** Paths of a unit's ancestors and itself, root first (paths are ltree strings of unit ids). */
export const ancestorPaths = (path: string) => path.split('.').map((_, i, all) => all.slice(0, i + 1).join('.'));

/** Whether the user may open the unit at `path` (ancestors above a user's scope are shown as plain text). */
export const canReadUnit = (me: Me | null | undefined, path: string) => hasRoleOver(me, path, READERS);

/** The widest unit the user reads (the default scope of lists), like the server's readableRoots()[0]. */
export function widestReadableUnit(me: Me | null | undefined): number | null {
  const readers = (me?.grants ?? []).filter((g) => READERS.includes(g.role));
  readers.sort((a, b) => a.unitPath.split('.').length - b.unitPath.split('.').length);
  return readers[0]?.unitId ?? null;
}

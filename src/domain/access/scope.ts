// Access is scoped to subtrees of the org tree. Paths are ltree strings of unit ids ('1.17.503').
export const ROLES = ['province_admin', 'committee_office', 'cell_secretary', 'member', 'observer'] as const;
export type Role = (typeof ROLES)[number];

export interface Grant {
  role: Role;
  unitId: number;
  unitPath: string;
}

export interface Actor {
  userId: number;
  username: string;
  displayName: string;
  memberId: number | null;
  locale: 'vi' | 'en';
  grants: Grant[];
}

/** True when `path` is `root` or lies below it. */
export function isWithin(path: string, root: string): boolean {
  return path === root || path.startsWith(`${root}.`);
}

export function hasRoleOver(actor: Actor, path: string, roles: readonly Role[]): boolean {
  return actor.grants.some((g) => roles.includes(g.role) && isWithin(path, g.unitPath));
}

/** Strictly below the grant's root: an office may restructure inside its subtree, not its own root. */
export function hasRoleStrictlyBelow(actor: Actor, path: string, roles: readonly Role[]): boolean {
  return actor.grants.some((g) => roles.includes(g.role) && path !== g.unitPath && isWithin(path, g.unitPath));
}

export const MANAGERS: readonly Role[] = ['province_admin', 'committee_office'];
export const EDITORS: readonly Role[] = ['province_admin', 'committee_office', 'cell_secretary'];
export const READERS: readonly Role[] = ['province_admin', 'committee_office', 'cell_secretary', 'observer'];

/** The subtree roots an actor may read, widest first, without roots nested in another. */
export function readableRoots(actor: Actor): Grant[] {
  const readers = actor.grants.filter((g) => READERS.includes(g.role));
  return readers
    .filter((g) => !readers.some((o) => o !== g && o.unitPath !== g.unitPath && isWithin(g.unitPath, o.unitPath)))
    .filter((g, i, all) => all.findIndex((o) => o.unitPath === g.unitPath) === i)
    .sort((a, b) => a.unitPath.split('.').length - b.unitPath.split('.').length);
}

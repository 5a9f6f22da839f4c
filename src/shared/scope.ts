// Records named by ids in a request body (members, households, units, working groups…) are checked against
// the caller's reading scope before anything about them is used. A record outside that scope gets exactly the
// answer of an id that does not exist (404 not_found, no name), so an error message can never reveal a name,
// an address or even the existence of another unit's record. Only after this check may a message name them.
import { hasRoleOver, READERS, type Actor } from '../domain/access/scope.js';
import { notFound } from './errors.js';
import { allow } from './policy.js';

/** True when the caller holds a reading role over `path` (the unit subtree the record lives in). */
export function canReadPath(actor: Actor, path: string): boolean {
  return hasRoleOver(actor, path, READERS);
}

/**
 * The rows for `ids`, in the order of `ids`, when every id exists and lies inside the caller's reading
 * scope; otherwise 404 not_found for `entity`, the same answer for a missing and an out-of-scope id.
 * `allowed` admits rows the use case accepts although the caller cannot read them (e.g. the households of
 * the commune around the caller's cell): the record the request acts on already makes them known.
 */
export function requireInScope<T extends { id: number; path: string }>(
  actor: Actor,
  ids: readonly number[],
  rows: readonly T[],
  entity: string,
  allowed?: (row: T) => boolean,
): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => requireOneInScope(actor, byId.get(id), entity, allowed));
}

/** One record named in a body: itself when it exists inside the caller's reading scope (or is `allowed`), else 404 not_found. */
export function requireOneInScope<T extends { path: string }>(
  actor: Actor,
  row: T | null | undefined,
  entity: string,
  allowed?: (row: T) => boolean,
): T {
  if (!row || !(canReadPath(actor, row.path) || allowed?.(row))) throw notFound(entity);
  return row;
}

/** Reading whatever lies at `path`: a reading role over it. For `readableBy` on writes about a unit or a record with a path. */
export const PATH_READ = allow('path.read', (actor: Actor, r: { path: string }) => canReadPath(actor, r.path));

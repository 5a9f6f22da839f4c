// Helpers shared by the grassroots-work routes: which subtree a list covers, and loading members in scope.
import type { Db } from '../../db/connection.js';
import { readableRoots, type Actor } from '../../domain/access/scope.js';
import { notFound } from '../../shared/errors.js';
import { getMember } from '../members/queries.js';
import { loadUnit } from '../orgs/service.js';

/** The unit a list covers: the one asked for, or the caller's widest readable root. */
export async function listRoot(db: Db, actor: Actor | null, unitId: number | undefined) {
  const id = unitId ?? (actor ? readableRoots(actor)[0]?.unitId : undefined);
  if (!id) throw notFound('unit');
  return loadUnit(db, id);
}

/** A member with the path of their cell, as a scope resource ({ path }). */
export async function loadMemberRef(db: Db, id: number) {
  const m = await getMember(db, id);
  if (!m) throw notFound('member');
  return { id: m.id, fullName: m.full_name, status: m.status, unitId: m.unit_id, path: m.unit_path };
}
export type MemberRef = Awaited<ReturnType<typeof loadMemberRef>>;

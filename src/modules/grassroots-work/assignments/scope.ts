// Helpers shared by the grassroots-work routes: loading members in scope (lists: orgs/list-scope.ts).
import type { Db } from '../../../db/connection.js';
import { notFound } from '../../../shared/errors.js';
import { getMember } from '../../foundation/members/queries.js';

/** A member with the path of their cell, as a scope resource ({ path }). */
export async function loadMemberRef(db: Db, id: number) {
  const m = await getMember(db, id);
  if (!m) throw notFound('member');
  return { id: m.id, fullName: m.full_name, status: m.status, unitId: m.unit_id, path: m.unit_path };
}
export type MemberRef = Awaited<ReturnType<typeof loadMemberRef>>;

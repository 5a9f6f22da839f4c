import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, Role } from '../../../db/schema.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

/** Users holding a grant somewhere in the subtree, with those grants. */
export async function usersInSubtree(db: Q, path: string) {
  const rows = await db
    .selectFrom('role_grant as g')
    .innerJoin('app_user as u', 'u.id', 'g.user_id')
    .innerJoin('org_unit as o', 'o.id', 'g.unit_id')
    .select([
      'u.id as user_id',
      'u.username',
      'u.display_name',
      'u.member_id',
      'u.must_change_password',
      'u.totp_enabled_at',
      'g.id as grant_id',
      'g.role',
      'g.unit_id',
      'o.name as unit_name',
      'g.valid_from',
      'g.valid_to',
    ])
    .where(sql<boolean>`o.path <@ ${path}::ltree`)
    .orderBy('u.username')
    .orderBy('g.valid_from')
    .execute();
  const users = new Map<
    number,
    {
      id: number;
      username: string;
      displayName: string;
      memberId: number | null;
      mustChangePassword: boolean;
      secondFactor: boolean;
      grants: unknown[];
    }
  >();
  for (const r of rows) {
    const u = users.get(r.user_id) ?? {
      id: r.user_id,
      username: r.username,
      displayName: r.display_name,
      memberId: r.member_id,
      mustChangePassword: r.must_change_password,
      secondFactor: r.totp_enabled_at !== null,
      grants: [],
    };
    u.grants.push({ id: r.grant_id, role: r.role, unitId: r.unit_id, unitName: r.unit_name, validFrom: r.valid_from, validTo: r.valid_to });
    users.set(r.user_id, u);
  }
  return [...users.values()];
}

export async function insertUser(trx: Trx, u: { username: string; displayName: string; passwordHash: string; memberId: number | null }) {
  const r = await trx
    .insertInto('app_user')
    .values({ username: u.username, display_name: u.displayName, password_hash: u.passwordHash, member_id: u.memberId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export function usernameTaken(db: Q, username: string) {
  return db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirst();
}

export async function overlappingGrant(
  db: Q,
  g: { userId: number; role: Role; unitId: number; validFrom: string; validTo: string | null },
) {
  return db
    .selectFrom('role_grant')
    .select('id')
    .where('user_id', '=', g.userId)
    .where('role', '=', g.role)
    .where('unit_id', '=', g.unitId)
    .where(sql<boolean>`daterange(valid_from, valid_to) && daterange(${g.validFrom}::date, ${g.validTo}::date)`)
    .executeTakeFirst();
}

export async function insertGrant(trx: Trx, g: { userId: number; role: Role; unitId: number; validFrom: string; validTo: string | null }) {
  const r = await trx
    .insertInto('role_grant')
    .values({ user_id: g.userId, role: g.role, unit_id: g.unitId, valid_from: g.validFrom, valid_to: g.validTo })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export function getGrant(db: Q, id: number) {
  return db
    .selectFrom('role_grant as g')
    .innerJoin('org_unit as o', 'o.id', 'g.unit_id')
    .select(['g.id', 'g.user_id', 'g.role', 'g.unit_id', 'g.valid_from', 'g.valid_to', sql<string>`o.path::text`.as('unit_path')])
    .where('g.id', '=', id)
    .executeTakeFirst();
}

export async function endGrant(trx: Trx, id: number, validTo: string) {
  await trx.updateTable('role_grant').set({ valid_to: validTo }).where('id', '=', id).execute();
}

/** The unit path of a Party member's current cell, or undefined for an unknown id. */
export async function memberPath(db: Q, memberId: number) {
  const r = await db
    .selectFrom('member as m')
    .innerJoin('org_unit as o', 'o.id', 'm.unit_id')
    .select(sql<string>`o.path::text`.as('path'))
    .where('m.id', '=', memberId)
    .executeTakeFirst();
  return r?.path;
}

/** The grants an account acts through (current or to come; all of them when none is), with their unit paths. */
export async function accountGrants(db: Q, userId: number, today: string) {
  const rows = await db
    .selectFrom('role_grant as g')
    .innerJoin('org_unit as o', 'o.id', 'g.unit_id')
    .select(['g.role', sql<string>`o.path::text`.as('path'), 'g.valid_to'])
    .where('g.user_id', '=', userId)
    .execute();
  const live = rows.filter((r) => r.valid_to === null || r.valid_to > today);
  return (live.length ? live : rows).map((r) => ({ role: r.role, path: r.path }));
}

export function getAccount(db: Q, id: number) {
  return db.selectFrom('app_user').select(['id', 'username', 'display_name', 'member_id']).where('id', '=', id).executeTakeFirst();
}

/** After a reset, the account may log in again from anywhere: its login throttles are lifted. */
export async function clearThrottles(trx: Trx, username: string) {
  await trx.deleteFrom('login_throttle').where('username', '=', username).execute();
}

import { sql } from 'kysely';
import type { Db } from '../../db/connection.js';
import type { Grant } from '../../domain/access/scope.js';

export function findUserByUsername(db: Db, username: string) {
  return db.selectFrom('app_user').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function recordFailedLogin(db: Db, userId: number, maxFailures: number, lockMinutes: number) {
  await db.updateTable('app_user')
    .set((eb) => ({
      failed_logins: eb('failed_logins', '+', 1),
      locked_until: sql`CASE WHEN failed_logins + 1 >= ${maxFailures} THEN now() + make_interval(mins => ${lockMinutes}) ELSE locked_until END`,
    }))
    .where('id', '=', userId).execute();
}

export async function clearFailedLogins(db: Db, userId: number) {
  await db.updateTable('app_user').set({ failed_logins: 0, locked_until: null }).where('id', '=', userId).execute();
}

export async function insertSession(db: Db, s: { tokenHash: string; userId: number; csrf: string; expiresAt: Date }) {
  await db.insertInto('user_session')
    .values({ token_hash: s.tokenHash, user_id: s.userId, csrf_token: s.csrf, expires_at: s.expiresAt }).execute();
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.deleteFrom('user_session').where('token_hash', '=', tokenHash).execute();
}

/** The session's user with the grants valid today, each with its unit's current path: one round trip. */
export async function findSessionActor(db: Db, tokenHash: string, today: string) {
  const row = await db.selectFrom('user_session as s')
    .innerJoin('app_user as u', 'u.id', 's.user_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.member_id', 'u.locale', 's.csrf_token',
      sql<Grant[]>`coalesce((SELECT json_agg(json_build_object('role', g.role, 'unitId', g.unit_id, 'unitPath', o.path::text))
        FROM role_grant g JOIN org_unit o ON o.id = g.unit_id
        WHERE g.user_id = u.id AND g.valid_from <= ${today}::date AND (g.valid_to IS NULL OR g.valid_to > ${today}::date)), '[]')`.as('grants')])
    .where('s.token_hash', '=', tokenHash).where('s.expires_at', '>', new Date())
    .executeTakeFirst();
  return row ?? null;
}

export async function purgeExpiredSessions(db: Db) {
  await db.deleteFrom('user_session').where('expires_at', '<', new Date()).execute();
}

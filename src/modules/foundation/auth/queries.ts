import { sql, type Kysely } from 'kysely';
import type { Db } from '../../../db/connection.js';
import type { Database } from '../../../db/schema.js';
import type { Grant } from '../../../domain/access/scope.js';
import { THROTTLE_MEMORY_HOURS } from '../../../domain/access/throttle.js';

type Q = Kysely<Database>;

export function findUserByUsername(db: Db, username: string) {
  return db
    .selectFrom('app_user')
    .select(['id', 'username', 'display_name', 'password_hash', 'must_change_password', 'totp_secret', 'totp_last_step'])
    .where('username', '=', username)
    .executeTakeFirst();
}

export function findUserById(db: Q, id: number) {
  return db
    .selectFrom('app_user')
    .select([
      'id',
      'username',
      'display_name',
      'password_hash',
      'must_change_password',
      'totp_secret',
      'totp_pending_secret',
      'totp_last_step',
      'totp_enabled_at',
    ])
    .where('id', '=', id)
    .executeTakeFirst();
}

// Throttling: one row per (username as typed, address).
export function throttleOf(db: Db, username: string, address: string) {
  return db
    .selectFrom('login_throttle')
    .select(['failures', 'blocked_until'])
    .where('username', '=', username)
    .where('address', '=', address)
    .where('updated_at', '>', sql<Date>`now() - make_interval(hours => ${THROTTLE_MEMORY_HOURS})`)
    .executeTakeFirst();
}

/** Counts one more failure (a forgotten row starts again) and returns the new count. */
export async function recordFailure(db: Db, username: string, address: string): Promise<number> {
  const r = await db
    .insertInto('login_throttle')
    .values({ username, address, failures: 1, blocked_until: new Date() })
    .onConflict((oc) =>
      oc.columns(['username', 'address']).doUpdateSet({
        failures: sql<number>`CASE WHEN login_throttle.updated_at > now() - make_interval(hours => ${THROTTLE_MEMORY_HOURS})
        THEN login_throttle.failures + 1 ELSE 1 END`,
        updated_at: sql<Date>`now()`,
      }),
    )
    .returning('failures')
    .executeTakeFirstOrThrow();
  return r.failures;
}

export async function setBlockedUntil(db: Db, username: string, address: string, seconds: number) {
  await db
    .updateTable('login_throttle')
    .set({ blocked_until: sql<Date>`now() + make_interval(secs => ${seconds})` })
    .where('username', '=', username)
    .where('address', '=', address)
    .execute();
}

export async function clearThrottle(db: Db, username: string, address: string) {
  await db.deleteFrom('login_throttle').where('username', '=', username).where('address', '=', address).execute();
}

export async function insertSession(db: Q, s: { tokenHash: string; userId: number; csrf: string; expiresAt: Date }) {
  await db
    .insertInto('user_session')
    .values({ token_hash: s.tokenHash, user_id: s.userId, csrf_token: s.csrf, expires_at: s.expiresAt })
    .execute();
}

export async function deleteSession(db: Db, tokenHash: string) {
  await db.deleteFrom('user_session').where('token_hash', '=', tokenHash).execute();
}

/** Ends the user's sessions, but the one given (the session that changed the password goes on). */
export async function deleteOtherSessions(db: Q, userId: number, keepTokenHash: string | null) {
  let q = db.deleteFrom('user_session').where('user_id', '=', userId);
  if (keepTokenHash) q = q.where('token_hash', '<>', keepTokenHash);
  await q.execute();
}

/**
 * The session's user with the grants valid today, each with its unit's current path: one round trip.
 * A session idle for longer than `idleMinutes` is not found; an active one has last_seen_at moved on,
 * at most once a minute so most requests write nothing.
 */
export async function findSessionActor(db: Db, tokenHash: string, today: string, idleMinutes: number) {
  const { rows } = await sql<{
    id: number;
    username: string;
    display_name: string;
    member_id: number | null;
    locale: 'vi' | 'en';
    must_change_password: boolean;
    totp_enabled: boolean;
    csrf_token: string;
    grants: Grant[];
  }>`WITH s AS (
      SELECT token_hash, user_id, csrf_token, last_seen_at FROM user_session
      WHERE token_hash = ${tokenHash} AND expires_at > now() AND last_seen_at > now() - make_interval(mins => ${idleMinutes})
    ), touched AS (
      UPDATE user_session SET last_seen_at = now()
      WHERE token_hash = (SELECT token_hash FROM s WHERE last_seen_at < now() - interval '1 minute')
    )
    SELECT u.id, u.username, u.display_name, u.member_id, u.locale, u.must_change_password,
      u.totp_enabled_at IS NOT NULL AS totp_enabled, s.csrf_token,
      coalesce((SELECT json_agg(json_build_object('role', g.role, 'unitId', g.unit_id, 'unitPath', o.path::text))
        FROM role_grant g JOIN org_unit o ON o.id = g.unit_id
        WHERE g.user_id = u.id AND g.valid_from <= ${today}::date AND (g.valid_to IS NULL OR g.valid_to > ${today}::date)), '[]') AS grants
    FROM s JOIN app_user u ON u.id = s.user_id`.execute(db);
  return rows[0] ?? null;
}

export async function purgeExpiredSessions(db: Db) {
  await db.deleteFrom('user_session').where('expires_at', '<', new Date()).execute();
  await db.deleteFrom('login_challenge').where('expires_at', '<', new Date()).execute();
  await db
    .deleteFrom('login_throttle')
    .where('updated_at', '<', sql<Date>`now() - make_interval(hours => ${THROTTLE_MEMORY_HOURS})`)
    .execute();
}

// The second login step.
export async function insertChallenge(db: Db, c: { tokenHash: string; userId: number; address: string; expiresAt: Date }) {
  await db
    .insertInto('login_challenge')
    .values({ token_hash: c.tokenHash, user_id: c.userId, address: c.address, expires_at: c.expiresAt })
    .execute();
}

export function findChallenge(db: Db, tokenHash: string) {
  return db
    .selectFrom('login_challenge as c')
    .innerJoin('app_user as u', 'u.id', 'c.user_id')
    .select(['c.user_id', 'c.address', 'c.attempts', 'u.username'])
    .where('c.token_hash', '=', tokenHash)
    .where('c.expires_at', '>', new Date())
    .executeTakeFirst();
}

export async function countChallengeAttempt(db: Db, tokenHash: string) {
  await db
    .updateTable('login_challenge')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('token_hash', '=', tokenHash)
    .execute();
}

export async function deleteChallenge(db: Db, tokenHash: string) {
  await db.deleteFrom('login_challenge').where('token_hash', '=', tokenHash).execute();
}

// Passwords and the second factor.
export async function setPassword(db: Q, userId: number, passwordHash: string, mustChange: boolean) {
  await db
    .updateTable('app_user')
    .set({ password_hash: passwordHash, must_change_password: mustChange, password_changed_at: sql<Date>`now()` })
    .where('id', '=', userId)
    .execute();
}

export async function setPendingTotp(db: Q, userId: number, secret: string) {
  await db.updateTable('app_user').set({ totp_pending_secret: secret }).where('id', '=', userId).execute();
}

export async function enableTotp(db: Q, userId: number, step: number) {
  await db
    .updateTable('app_user')
    .set({
      totp_secret: sql<string>`totp_pending_secret`,
      totp_pending_secret: null,
      totp_enabled_at: sql<Date>`now()`,
      totp_last_step: step,
    })
    .where('id', '=', userId)
    .execute();
}

export async function disableTotp(db: Q, userId: number) {
  await db
    .updateTable('app_user')
    .set({ totp_secret: null, totp_pending_secret: null, totp_enabled_at: null, totp_last_step: null })
    .where('id', '=', userId)
    .execute();
  await db.deleteFrom('totp_recovery_code').where('user_id', '=', userId).execute();
}

/** Records the step a code was accepted at, unless a concurrent request took it first (then false). */
export async function consumeTotpStep(db: Q, userId: number, step: number): Promise<boolean> {
  const r = await db
    .updateTable('app_user')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function replaceRecoveryCodes(db: Q, userId: number, hashes: string[]) {
  await db.deleteFrom('totp_recovery_code').where('user_id', '=', userId).execute();
  await db
    .insertInto('totp_recovery_code')
    .values(hashes.map((h) => ({ user_id: userId, code_hash: h })))
    .execute();
}

export function unusedRecoveryCodes(db: Q, userId: number) {
  return db
    .selectFrom('totp_recovery_code')
    .select(['id', 'code_hash'])
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .execute();
}

/** Spends a recovery code once: false when a concurrent request spent it first. */
export async function spendRecoveryCode(db: Q, id: number): Promise<boolean> {
  const r = await db
    .updateTable('totp_recovery_code')
    .set({ used_at: sql<Date>`now()` })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function secondFactorState(db: Q, userId: number) {
  const r = await db
    .selectFrom('app_user')
    .select('totp_enabled_at')
    .select((eb) =>
      eb
        .selectFrom('totp_recovery_code')
        .select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('user_id', '=', 'app_user.id')
        .where('used_at', 'is', null)
        .as('recovery_left'),
    )
    .where('id', '=', userId)
    .executeTakeFirstOrThrow();
  return { enabled: r.totp_enabled_at !== null, recoveryCodesLeft: Number(r.recovery_left ?? 0) };
}

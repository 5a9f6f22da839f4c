// Logging in and sessions. Failed logins are throttled per (username, address) with growing delays
// (src/domain/access/throttle.ts): known and unknown usernames get the same answers at the same cost.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../../../db/connection.js';
import { AppError } from '../../../shared/errors.js';
import type { Actor } from '../../../domain/access/scope.js';
import { normalizePassword } from '../../../domain/access/password.js';
import { throttleDelaySeconds } from '../../../domain/access/throttle.js';
import { matchTotp, base32Decode } from '../../../domain/access/totp.js';
import * as q from './queries.js';

export const SESSION_HOURS = 12;
export const DEFAULT_IDLE_MINUTES = 30;
/** Wrong codes one second-step ticket takes before it is void (the password must be given again). */
export const CHALLENGE_ATTEMPTS = 5;
const CHALLENGE_MINUTES = 5;

// Verifying against a fixed hash when the user does not exist costs the same argon2 time as a real check.
let dummyHash: Promise<string> | null = null;

export const hashPassword = (password: string) => hash(normalizePassword(password));
export const verifyPassword = (passwordHash: string, password: string) =>
  verify(passwordHash, normalizePassword(password)).catch(() => false);

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Usernames are stored lowercased; the throttle counts the name as it would be looked up. */
export const normalizeUsername = (username: string) => username.trim().toLowerCase().slice(0, 100);

/** 429 with the seconds to wait while (username, address) is held back; the same for any username. */
export async function checkThrottle(db: Db, username: string, address: string) {
  const t = await q.throttleOf(db, username, address);
  const wait = t ? Math.ceil((t.blocked_until.getTime() - Date.now()) / 1000) : 0;
  if (wait > 0) throw new AppError('login_throttled', 429, { seconds: wait });
}

/** Counts a failure and holds (username, address) back for the delay the count has reached. */
export async function recordFailure(db: Db, username: string, address: string) {
  const failures = await q.recordFailure(db, username, address);
  const delay = throttleDelaySeconds(failures);
  if (delay > 0) await q.setBlockedUntil(db, username, address, delay);
}

export type LoginResult =
  | { kind: 'session'; token: string; csrf: string; mustChangePassword: boolean }
  | { kind: 'second_factor'; challenge: string };

export async function login(db: Db, username: string, password: string, address: string): Promise<LoginResult> {
  const name = normalizeUsername(username);
  await checkThrottle(db, name, address);
  const user = await q.findUserByUsername(db, name);
  let ok = false;
  if (user) ok = await verifyPassword(user.password_hash, password);
  else {
    dummyHash ??= hash('not-a-real-password');
    await verifyPassword(await dummyHash, password);
  }
  if (!user || !ok) {
    await recordFailure(db, name, address);
    throw new AppError('bad_credentials', 401);
  }
  if (user.totp_secret) {
    // The throttle is cleared only after the code: the password alone must not reset the count of wrong codes.
    const challenge = randomBytes(32).toString('base64url');
    await q.insertChallenge(db, {
      tokenHash: tokenHash(challenge),
      userId: user.id,
      address,
      expiresAt: new Date(Date.now() + CHALLENGE_MINUTES * 60_000),
    });
    return { kind: 'second_factor', challenge };
  }
  await q.clearThrottle(db, name, address);
  return { kind: 'session', ...(await openSession(db, user.id)), mustChangePassword: user.must_change_password };
}

/** The second step: the ticket from the password step and a code from the app or a recovery code. */
export async function loginWithCode(db: Db, challenge: string, code: string, address: string): Promise<LoginResult> {
  const ticket = tokenHash(challenge);
  const c = await q.findChallenge(db, ticket);
  if (!c || c.address !== address) throw new AppError('login_challenge_expired', 401);
  await checkThrottle(db, c.username, address);
  if (!(await checkSecondFactor(db, c.user_id, code))) {
    await recordFailure(db, c.username, address);
    if (c.attempts + 1 >= CHALLENGE_ATTEMPTS) await q.deleteChallenge(db, ticket);
    else await q.countChallengeAttempt(db, ticket);
    throw new AppError('bad_code', 401);
  }
  await q.deleteChallenge(db, ticket);
  await q.clearThrottle(db, c.username, address);
  const user = await q.findUserById(db, c.user_id);
  return { kind: 'session', ...(await openSession(db, c.user_id)), mustChangePassword: !!user?.must_change_password };
}

/** A current authenticator code (each time step accepted once) or an unused recovery code, spent on use. */
export async function checkSecondFactor(db: Db, userId: number, code: string): Promise<boolean> {
  const user = await q.findUserById(db, userId);
  if (!user?.totp_secret) return false;
  const clean = code.replace(/[\s-]/g, '');
  if (/^\d{6}$/.test(clean)) {
    const step = matchTotp(
      base32Decode(user.totp_secret)!,
      clean,
      Date.now() / 1000,
      user.totp_last_step === null ? null : Number(user.totp_last_step),
    );
    return step !== null && (await q.consumeTotpStep(db, userId, step));
  }
  const recovery = normalizeRecoveryCode(clean);
  if (!recovery) return false;
  for (const r of await q.unusedRecoveryCodes(db, userId)) {
    if (await verify(r.code_hash, recovery).catch(() => false)) return q.spendRecoveryCode(db, r.id);
  }
  return false;
}

/** Recovery codes are shown as XXXXX-XXXXX (base32 letters and digits); typed in any case, with or without the dash. */
export const normalizeRecoveryCode = (code: string) => {
  const c = code.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z2-7]{10}$/.test(c) ? c : null;
};

async function openSession(db: Db, userId: number) {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  await q.insertSession(db, { tokenHash: tokenHash(token), userId, csrf, expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000) });
  return { token, csrf };
}

export async function logout(db: Db, token: string) {
  await q.deleteSession(db, tokenHash(token));
}

export interface SessionFlags {
  mustChangePassword: boolean;
  totpEnabled: boolean;
}
export interface ResolvedSession extends SessionFlags {
  actor: Actor;
  csrf: string;
}

/** The flags of the request's session, read with it in one query (GET /api/auth/me shows them). */
export const sessionFlags = new WeakMap<object, SessionFlags>();

export async function resolveSession(
  db: Db,
  token: string,
  today: string,
  idleMinutes = DEFAULT_IDLE_MINUTES,
): Promise<ResolvedSession | null> {
  const row = await q.findSessionActor(db, tokenHash(token), today, idleMinutes);
  if (!row) return null;
  return {
    csrf: row.csrf_token,
    mustChangePassword: row.must_change_password,
    totpEnabled: row.totp_enabled,
    actor: {
      userId: Number(row.id),
      username: row.username,
      displayName: row.display_name,
      memberId: row.member_id === null ? null : Number(row.member_id),
      locale: row.locale,
      grants: row.grants,
    },
  };
}

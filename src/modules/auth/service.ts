import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Db } from '../../db/connection.js';
import { AppError } from '../../shared/errors.js';
import type { Actor } from '../../domain/access/scope.js';
import * as q from './queries.js';

export const SESSION_HOURS = 12;
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

// Verifying against a fixed hash when the user does not exist keeps timing similar for both cases.
let dummyHash: Promise<string> | null = null;

export const hashPassword = (password: string) => hash(password);

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function login(db: Db, username: string, password: string) {
  const user = await q.findUserByUsername(db, username.trim().toLowerCase());
  if (!user) {
    dummyHash ??= hash('not-a-real-password');
    await verify(await dummyHash, password);
    throw new AppError('bad_credentials', 401);
  }
  if (user.locked_until && user.locked_until > new Date()) {
    const minutes = Math.ceil((user.locked_until.getTime() - Date.now()) / 60_000);
    throw new AppError('account_locked', 423, { minutes });
  }
  if (!(await verify(user.password_hash, password))) {
    await q.recordFailedLogin(db, user.id, MAX_FAILED_LOGINS, LOCK_MINUTES);
    throw new AppError('bad_credentials', 401);
  }
  await q.clearFailedLogins(db, user.id);
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  await q.insertSession(db, {
    tokenHash: tokenHash(token), userId: user.id, csrf, expiresAt: new Date(Date.now() + SESSION_HOURS * 3600_000),
  });
  return { token, csrf };
}

export async function logout(db: Db, token: string) {
  await q.deleteSession(db, tokenHash(token));
}

export async function resolveSession(db: Db, token: string, today: string): Promise<{ actor: Actor; csrf: string } | null> {
  const row = await q.findSessionActor(db, tokenHash(token), today);
  if (!row) return null;
  return {
    csrf: row.csrf_token,
    actor: {
      userId: row.id, username: row.username, displayName: row.display_name,
      memberId: row.member_id, locale: row.locale, grants: row.grants,
    },
  };
}

// A user's own account: changing the password, and the optional second factor (TOTP + recovery codes).
import { randomBytes, randomInt } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { Db } from '../../../db/connection.js';
import type { Actor } from '../../../domain/access/scope.js';
import { mayUseSecondFactor } from '../../../domain/access/accounts.js';
import { PASSWORD_MIN, passwordProblem } from '../../../domain/access/password.js';
import { base32Decode, base32Encode, matchTotp, otpauthUri } from '../../../domain/access/totp.js';
import { AppError } from '../../../shared/errors.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../audit/service.js';
import * as q from './queries.js';
import { checkSecondFactor, checkThrottle, hashPassword, normalizeUsername, recordFailure, tokenHash, verifyPassword } from './service.js';

export const RECOVERY_CODES = 10;
const ISSUER = 'Grassroots';

/** A refused field: 400 with the sentence placed on the field, as the web forms show them. */
const fieldError = (locale: Locale, code: string, field: string, params: Record<string, unknown> = {}) =>
  new AppError(code, 400, params, [{ field, message: translate(locale, `errors.${code}`, params) }]);

/** Checks a new password against the rule; the error sits on `field`. */
export function checkNewPassword(locale: Locale, password: string, username: string, field = 'newPassword') {
  const problem = passwordProblem(password, username);
  if (problem) throw fieldError(locale, problem, field, { min: PASSWORD_MIN });
}

/** The audit scope of an account's own actions: its widest grant. */
const scopeOf = (actor: Actor) => [...actor.grants].sort((a, b) => a.unitPath.length - b.unitPath.length)[0]?.unitPath ?? null;

export async function changePassword(
  db: Db,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  caller: { sessionToken: string | null; address: string; locale: Locale },
) {
  const { sessionToken, address, locale } = caller;
  const name = normalizeUsername(actor.username);
  await checkThrottle(db, name, address);
  const user = await q.findUserById(db, actor.userId);
  if (!user) throw new AppError('unauthenticated', 401);
  if (!(await verifyPassword(user.password_hash, input.currentPassword))) {
    await recordFailure(db, name, address);
    throw fieldError(locale, 'current_password_wrong', 'currentPassword');
  }
  checkNewPassword(locale, input.newPassword, user.username);
  if (input.newPassword === input.currentPassword) throw fieldError(locale, 'password_unchanged', 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await inTransaction(db, false, async (trx) => {
    await q.setPassword(trx, user.id, passwordHash, false);
    // Whoever may hold the old password loses every other session with it.
    await q.deleteOtherSessions(trx, user.id, sessionToken ? tokenHash(sessionToken) : null);
    await appendAudit(trx, actor, {
      action: 'user.password_change',
      entityType: 'user',
      entityId: user.id,
      scopePath: scopeOf(actor),
      after: { username: user.username, forced: user.must_change_password },
    });
  });
  await q.clearThrottle(db, name, address);
  return { ok: true };
}

export async function startTotp(db: Db, actor: Actor) {
  if (!mayUseSecondFactor(actor)) throw new AppError('second_factor_not_available', 403);
  const user = await q.findUserById(db, actor.userId);
  if (!user) throw new AppError('unauthenticated', 401);
  if (user.totp_secret) throw new AppError('second_factor_already_on', 409);
  const secret = base32Encode(randomBytes(20)); // 160 bits, the HMAC-SHA1 block RFC 4226 recommends
  await q.setPendingTotp(db, user.id, secret);
  return { secret, otpauthUri: otpauthUri(ISSUER, user.username, secret) };
}

/** A recovery code: 10 base32 characters (50 bits), shown as XXXXX-XXXXX. */
function newRecoveryCode() {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let s = '';
  for (let i = 0; i < 10; i++) s += alphabet[randomInt(32)];
  return `${s.slice(0, 5)}-${s.slice(5)}`;
}

export async function confirmTotp(db: Db, actor: Actor, code: string, locale: Locale) {
  const user = await q.findUserById(db, actor.userId);
  if (!user) throw new AppError('unauthenticated', 401);
  if (user.totp_secret) throw new AppError('second_factor_already_on', 409);
  if (!user.totp_pending_secret) throw new AppError('second_factor_not_started', 409);
  const step = matchTotp(base32Decode(user.totp_pending_secret)!, code, Date.now() / 1000, null);
  if (step === null) throw fieldError(locale, 'bad_code', 'code');
  const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
  const hashes = await Promise.all(codes.map((c) => hash(c.replace('-', ''))));
  await inTransaction(db, false, async (trx) => {
    await q.enableTotp(trx, user.id, step);
    await q.replaceRecoveryCodes(trx, user.id, hashes);
    await appendAudit(trx, actor, {
      action: 'user.second_factor_on',
      entityType: 'user',
      entityId: user.id,
      scopePath: scopeOf(actor),
      after: { username: user.username },
    });
  });
  return { recoveryCodes: codes };
}

export async function disableTotp(db: Db, actor: Actor, code: string, address: string, locale: Locale) {
  const name = normalizeUsername(actor.username);
  await checkThrottle(db, name, address);
  const user = await q.findUserById(db, actor.userId);
  if (!user) throw new AppError('unauthenticated', 401);
  if (!user.totp_secret) throw new AppError('second_factor_not_on', 409);
  if (!(await checkSecondFactor(db, user.id, code))) {
    await recordFailure(db, name, address);
    throw fieldError(locale, 'bad_code', 'code');
  }
  await inTransaction(db, false, async (trx) => {
    await q.disableTotp(trx, user.id);
    await appendAudit(trx, actor, {
      action: 'user.second_factor_off',
      entityType: 'user',
      entityId: user.id,
      scopePath: scopeOf(actor),
      after: { username: user.username },
    });
  });
  await q.clearThrottle(db, name, address);
  return { ok: true };
}

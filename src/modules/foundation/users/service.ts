import { randomInt } from 'node:crypto';
import type { Db } from '../../../db/connection.js';
import type { Actor, Role } from '../../../domain/access/scope.js';
import type { AccountReach } from '../../../domain/access/accounts.js';
import { passwordProblem } from '../../../domain/access/password.js';
import { AppError, invalid, notFound } from '../../../shared/errors.js';
import type { Locale } from '../../../shared/i18n.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../audit/service.js';
import { hashPassword } from '../auth/service.js';
import { checkNewPassword } from '../auth/account-service.js';
import { deleteOtherSessions, disableTotp, setPassword } from '../auth/queries.js';
import * as q from './queries.js';

export const listUsers = q.usersInSubtree;

export interface NewGrant {
  role: Role;
  unitId: number;
  validFrom: string;
  validTo?: string;
}

type Trx = Parameters<Parameters<typeof inTransaction>[2]>[0];

async function addGrantIn(trx: Trx, actor: Actor, userId: number, g: NewGrant, unitPath: string) {
  if (g.validTo && g.validTo <= g.validFrom) throw invalid('validation');
  const grant = { userId, role: g.role, unitId: g.unitId, validFrom: g.validFrom, validTo: g.validTo ?? null };
  if (await q.overlappingGrant(trx, grant)) throw new AppError('grant_overlap', 409);
  const id = await q.insertGrant(trx, grant);
  await appendAudit(trx, actor, { action: 'user.grant', entityType: 'role_grant', entityId: id, scopePath: unitPath, after: grant });
  return id;
}

/** The unit path of the member an account is to be bound to; unknown ids answer like out-of-scope ones. */
export async function loadMemberPath(db: Db, memberId: number) {
  const path = await q.memberPath(db, memberId);
  if (!path) throw notFound('member');
  return path;
}

export async function createUser(
  db: Db,
  actor: Actor,
  u: { username: string; displayName: string; password: string; memberId?: number; grant: NewGrant },
  unitPath: string,
  locale: Locale,
) {
  const username = u.username.trim().toLowerCase();
  checkNewPassword(locale, u.password, username, 'password');
  const passwordHash = await hashPassword(u.password);
  return inTransaction(db, false, async (trx) => {
    if (await q.usernameTaken(trx, username)) throw new AppError('duplicate_username', 409, { username });
    const memberId = u.memberId ?? null;
    const id = await q.insertUser(trx, { username, displayName: u.displayName.trim(), passwordHash, memberId });
    const grant = { role: u.grant.role, unitId: u.grant.unitId, validFrom: u.grant.validFrom, validTo: u.grant.validTo ?? null };
    await appendAudit(trx, actor, {
      action: 'user.create',
      entityType: 'user',
      entityId: id,
      scopePath: unitPath,
      after: { username, displayName: u.displayName.trim(), memberId, grant },
    });
    await addGrantIn(trx, actor, id, u.grant, unitPath);
    return { id, username };
  });
}

export interface Account {
  id: number;
  username: string;
  displayName: string;
  reach: AccountReach;
}

/** An account with what it reaches: who acts on it must cover all of that (policy ACCOUNT_MANAGE). */
export async function loadAccount(db: Db, id: number, today: string): Promise<Account> {
  const u = await q.getAccount(db, id);
  if (!u) throw notFound('user');
  const memberPath = u.member_id === null ? null : ((await q.memberPath(db, u.member_id)) ?? null);
  return {
    id: u.id,
    username: u.username,
    displayName: u.display_name,
    reach: { grants: await q.accountGrants(db, id, today), memberPath },
  };
}

export function addGrant(db: Db, actor: Actor, userId: number, g: NewGrant, unitPath: string) {
  return inTransaction(db, false, (trx) => addGrantIn(trx, actor, userId, g, unitPath).then((id) => ({ id })));
}

export async function loadGrant(db: Db, id: number) {
  const g = await q.getGrant(db, id);
  if (!g) throw notFound('user');
  return g;
}

export function endGrant(db: Db, actor: Actor, g: { id: number; valid_from: string; unit_path: string }, validTo: string) {
  if (validTo <= g.valid_from) throw invalid('validation');
  return inTransaction(db, false, async (trx) => {
    await q.endGrant(trx, g.id, validTo);
    await appendAudit(trx, actor, {
      action: 'user.grant_end',
      entityType: 'role_grant',
      entityId: g.id,
      scopePath: g.unit_path,
      after: { validTo },
    });
    return { id: g.id, validTo };
  });
}

/** A temporary password, easy to read aloud or copy (no 0/O, 1/l/I), 16 characters of 55: about 92 bits. */
export function temporaryPassword(username: string): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
  for (;;) {
    let s = '';
    for (let i = 0; i < 16; i++) s += alphabet[randomInt(alphabet.length)];
    if (!passwordProblem(s, username)) return s;
  }
}

/**
 * Sets a temporary password, shown once to the manager; the user must change it at the next login.
 * Every session of the account ends; with `disableSecondFactor` (lost phone and codes) TOTP is removed too.
 */
export async function resetPassword(db: Db, actor: Actor, account: Account, opts: { disableSecondFactor?: boolean }) {
  if (account.id === actor.userId) throw invalid('reset_own_password');
  const password = temporaryPassword(account.username);
  const passwordHash = await hashPassword(password);
  const scopePath = account.reach.grants[0]?.path ?? account.reach.memberPath;
  await inTransaction(db, false, async (trx) => {
    await setPassword(trx, account.id, passwordHash, true);
    await deleteOtherSessions(trx, account.id, null);
    await q.clearThrottles(trx, account.username);
    if (opts.disableSecondFactor) await disableTotp(trx, account.id);
    await appendAudit(trx, actor, {
      action: 'user.password_reset',
      entityType: 'user',
      entityId: account.id,
      scopePath,
      after: { username: account.username, secondFactorRemoved: !!opts.disableSecondFactor },
    });
  });
  return { temporaryPassword: password };
}

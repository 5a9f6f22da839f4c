import type { Db } from '../../db/connection.js';
import type { Actor, Role } from '../../domain/access/scope.js';
import { AppError, invalid, notFound } from '../../shared/errors.js';
import { inTransaction } from '../../shared/tx.js';
import { appendAudit } from '../audit/service.js';
import { hashPassword } from '../auth/service.js';
import * as q from './queries.js';

export const listUsers = q.usersInSubtree;

export interface NewGrant { role: Role; unitId: number; validFrom: string; validTo?: string }

async function addGrantIn(db: Db, trx: Parameters<Parameters<typeof inTransaction>[2]>[0], actor: Actor, userId: number, g: NewGrant, unitPath: string) {
  if (g.validTo && g.validTo <= g.validFrom) throw invalid('validation');
  const grant = { userId, role: g.role, unitId: g.unitId, validFrom: g.validFrom, validTo: g.validTo ?? null };
  if (await q.overlappingGrant(trx, grant)) throw new AppError('grant_overlap', 409);
  const id = await q.insertGrant(trx, grant);
  await appendAudit(trx, actor, { action: 'user.grant', entityType: 'role_grant', entityId: id, scopePath: unitPath, after: grant });
  return id;
}

export function createUser(db: Db, actor: Actor, u: { username: string; displayName: string; password: string; memberId?: number; grant: NewGrant }, unitPath: string) {
  return inTransaction(db, false, async (trx) => {
    const username = u.username.trim().toLowerCase();
    if (await q.usernameTaken(trx, username)) throw new AppError('duplicate_username', 409, { username });
    const id = await q.insertUser(trx, { username, displayName: u.displayName.trim(), passwordHash: await hashPassword(u.password), memberId: u.memberId ?? null });
    await appendAudit(trx, actor, { action: 'user.create', entityType: 'user', entityId: id, scopePath: unitPath, after: { username, displayName: u.displayName } });
    await addGrantIn(db, trx, actor, id, u.grant, unitPath);
    return { id, username };
  });
}

export async function loadUser(db: Db, id: number) {
  const u = await q.getUser(db, id);
  if (!u) throw notFound('user');
  return { ...u, grantPaths: await q.grantPaths(db, id) };
}

export function addGrant(db: Db, actor: Actor, userId: number, g: NewGrant, unitPath: string) {
  return inTransaction(db, false, (trx) => addGrantIn(db, trx, actor, userId, g, unitPath).then((id) => ({ id })));
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
    await appendAudit(trx, actor, { action: 'user.grant_end', entityType: 'role_grant', entityId: g.id, scopePath: g.unit_path, after: { validTo } });
    return { id: g.id, validTo };
  });
}

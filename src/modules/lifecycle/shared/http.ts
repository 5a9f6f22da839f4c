// Small helpers shared by the lifecycle routes.
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { Db } from '../../../db/connection.js';
import { listScope } from '../../foundation/orgs/list-scope.js';
import type { Policy } from '../../../shared/policy.js';
import { LC_READ } from './policy.js';

export const DateT = Type.String({ format: 'date' });
export const IdT = Type.Integer({ minimum: 1 });
export const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
export const Version = Type.Integer({ minimum: 1 });

/** Authorizes a write; someone who may not even read the record gets 404 (learns nothing), a reader 403. */
export function authorizeWrite<R extends { path: string; memberId?: number }>(
  req: FastifyRequest,
  resource: R,
  entity: string,
  policy?: Policy<R>,
) {
  return req.authorize(resource, { entity, policy, readableBy: LC_READ });
}

/** The unit a list asks for, or the caller's widest readable root; authorized for reading. */
export async function listUnit(req: FastifyRequest, db: Db, unitId: number | undefined) {
  const unit = await listScope(db, req.actor, unitId);
  req.authorize({ path: unit.path }, { entity: 'unit', policy: LC_READ });
  return unit;
}

export const memberRef = (m: { id: number; unit_path: string }) => ({ path: m.unit_path, memberId: m.id });

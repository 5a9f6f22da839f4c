// Small helpers shared by the lifecycle routes.
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { readableRoots } from '../../domain/access/scope.js';
import { can } from '../../shared/policy.js';
import { notFound } from '../../shared/errors.js';
import type { Db } from '../../db/connection.js';
import { loadUnit } from '../orgs/service.js';
import { LC_READ } from './policy.js';

export const DateT = Type.String({ format: 'date' });
export const IdT = Type.Integer({ minimum: 1 });
export const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
export const Version = Type.Integer({ minimum: 1 });

/** Authorizes a write; someone who may not even read the record gets 404 (learns nothing), a reader 403. */
export function authorizeWrite(req: FastifyRequest, resource: { path: string; memberId?: number }, entity: string, policy?: string) {
  return req.authorize(resource, { entity, policy, hideAs404: !can(req.actor!, LC_READ, resource) });
}

/** The unit a list asks for, or the caller's widest readable root; authorized for reading. */
export async function listUnit(req: FastifyRequest, db: Db, unitId: number | undefined) {
  const id = unitId ?? (req.actor ? readableRoots(req.actor)[0]?.unitId : undefined);
  if (!id) throw notFound('unit');
  const unit = await loadUnit(db, id);
  req.authorize({ path: unit.path }, { entity: 'unit', policy: LC_READ });
  return unit;
}

export const memberRef = (m: { id: number; unit_path: string }) => ({ path: m.unit_path, memberId: m.id });

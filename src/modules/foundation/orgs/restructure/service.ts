// Restructuring use cases: each operation of ops.ts in one transaction with its audit entry; preview rolls back.
import type { UnitKind } from '../../../../db/schema.js';
import type { Db } from '../../../../db/connection.js';
import type { Actor } from '../../../../domain/access/scope.js';
import { inTransaction } from '../../../../shared/tx.js';
import * as ops from './ops.js';

export type { Common, NewUnit, Outcome } from './ops.js';
type C = ops.Common;

export const create = (db: Db, actor: Actor, today: string, parentId: number, u: ops.NewUnit & { kind: UnitKind }, c: C) =>
  inTransaction(db, !!c.preview, (trx) => ops.create(trx, actor, today, parentId, u, c));

export const rename = (db: Db, actor: Actor, today: string, unitId: number, version: number, name: string, c: C) =>
  inTransaction(db, !!c.preview, (trx) => ops.rename(trx, actor, today, unitId, version, name, c));

export const move = (db: Db, actor: Actor, today: string, unitId: number, version: number, newParentId: number, c: C) =>
  inTransaction(db, !!c.preview, (trx) => ops.move(trx, actor, today, unitId, version, newParentId, c));

/** A + B (+ …) → target: a new unit, or one of the sources that absorbs the others. */
export const merge = (
  db: Db,
  actor: Actor,
  today: string,
  sources: { id: number; version: number }[],
  into: { unitId: number } | (ops.NewUnit & { parentId: number }),
  c: C,
) => inTransaction(db, !!c.preview, (trx) => ops.merge(trx, actor, today, sources, into, c));

/** A → parts: each member and child unit of A goes to the part named by its index; A is dissolved. */
export const split = (
  db: Db,
  actor: Actor,
  today: string,
  unitId: number,
  version: number,
  parts: ops.NewUnit[],
  assign: { members: Map<number, number>; children: Map<number, number> },
  c: C,
) => inTransaction(db, !!c.preview, (trx) => ops.split(trx, actor, today, unitId, version, parts, assign, c));

export const dissolve = (db: Db, actor: Actor, today: string, unitId: number, version: number, c: C) =>
  inTransaction(db, !!c.preview, (trx) => ops.dissolve(trx, actor, today, unitId, version, c));

// Restructuring use cases: each operation of ops.ts in one transaction with its audit entry; preview rolls back.
import type { UnitKind } from '../../../../db/schema.js';
import type { Db } from '../../../../db/connection.js';
import type { Actor } from '../../../../domain/access/scope.js';
import { inTransaction } from '../../../../shared/tx.js';
import * as ops from './ops.js';

export type { Common, NewUnit, Outcome } from './ops.js';
type C = ops.Common;

/** Who asks, against which database, on which day. */
export interface Caller {
  db: Db;
  actor: Actor;
  today: string;
}

/** Runs one operation in its own transaction, rolled back when the caller only previews it. */
const inOwnTransaction = <T>({ db, actor, today }: Caller, c: C, op: (run: ops.Run) => Promise<T>) =>
  inTransaction(db, !!c.preview, (trx) => op({ trx, actor, today }));

export const create = (caller: Caller, parentId: number, u: ops.NewUnit & { kind: UnitKind }, c: C) =>
  inOwnTransaction(caller, c, (run) => ops.create(run, parentId, u, c));

export const rename = (caller: Caller, target: ops.Target, name: string, c: C) =>
  inOwnTransaction(caller, c, (run) => ops.rename(run, target, name, c));

export const move = (caller: Caller, target: ops.Target, newParentId: number, c: C) =>
  inOwnTransaction(caller, c, (run) => ops.move(run, target, newParentId, c));

/** A + B (+ …) → target: a new unit, or one of the sources that absorbs the others. */
export const merge = (
  caller: Caller,
  sources: { id: number; version: number }[],
  into: { unitId: number } | (ops.NewUnit & { parentId: number }),
  c: C,
) => inOwnTransaction(caller, c, (run) => ops.merge(run, sources, into, c));

/** A → parts: each member and child unit of A goes to the part named by its index; A is dissolved. */
export const split = (caller: Caller, target: ops.Target, into: ops.SplitInto, c: C) =>
  inOwnTransaction(caller, c, (run) => ops.split(run, target, into, c));

export const dissolve = (caller: Caller, target: ops.Target, c: C) => inOwnTransaction(caller, c, (run) => ops.dissolve(run, target, c));

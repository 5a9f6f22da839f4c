// Which subtree a list covers: the unit asked for, or else the caller's widest readable root (the same
// default the web app's unit picker starts from). Every list route goes through here and then asks its own
// reading policy about the unit, so the default can never widen what a caller sees.
import type { Db } from '../../../db/connection.js';
import { readableRoots, type Actor } from '../../../domain/access/scope.js';
import { notFound } from '../../../shared/errors.js';
import { loadUnit } from './service.js';

/** The unit a list covers (loaded); 404 unit when none is asked for and the caller reads no subtree. */
export async function listScope(db: Db, actor: Actor | null, unitId: number | undefined) {
  const id = unitId ?? (actor ? readableRoots(actor)[0]?.unitId : undefined);
  if (!id) throw notFound('unit');
  return loadUnit(db, id);
}

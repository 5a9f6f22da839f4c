// Writes of restructuring: unit versions, subtree paths, and members following their cell.
import { sql, type Transaction } from 'kysely';
import type { Database, UnitKind } from '../../../../db/schema.js';
import { ACTIVE_STATUSES } from '../../../../domain/orgs/tree.js';

type Trx = Transaction<Database>;

export async function insertRestructuring(
  trx: Trx,
  r: { kind: string; effectiveOn: string; decisionNo?: string; note?: string; details: unknown; actorUserId: number },
) {
  const row = await trx
    .insertInto('restructuring')
    .values({
      kind: r.kind,
      effective_on: r.effectiveOn,
      decision_no: r.decisionNo ?? null,
      note: r.note ?? null,
      details: JSON.stringify(r.details),
      actor_user_id: r.actorUserId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export interface VersionValues {
  name: string;
  kind: UnitKind;
  parentId: number | null;
  path: string;
}

/** Closes the current version at `effective` and opens a new one (or amends it when it began that day). */
export async function startVersion(trx: Trx, unitId: number, effective: string, v: VersionValues, restructuringId: number) {
  const cur = await trx
    .selectFrom('org_unit_version')
    .select(['id', 'valid_from'])
    .where('unit_id', '=', unitId)
    .where('valid_to', 'is', null)
    .forUpdate()
    .executeTakeFirst();
  const values = { name: v.name, kind: v.kind, parent_id: v.parentId, path: v.path, restructuring_id: restructuringId };
  if (cur && cur.valid_from >= effective) {
    await trx.updateTable('org_unit_version').set(values).where('id', '=', cur.id).execute();
    return;
  }
  if (cur) await trx.updateTable('org_unit_version').set({ valid_to: effective }).where('id', '=', cur.id).execute();
  await trx
    .insertInto('org_unit_version')
    .values({ unit_id: unitId, valid_from: effective, ...values })
    .execute();
}

export async function closeVersion(trx: Trx, unitId: number, effective: string) {
  await trx
    .updateTable('org_unit_version')
    .set({ valid_to: effective })
    .where('unit_id', '=', unitId)
    .where('valid_to', 'is', null)
    .execute();
}

export async function latestChange(trx: Trx, unitIds: number[]): Promise<string> {
  const r = await trx
    .selectFrom('org_unit_version')
    .select((eb) => eb.fn.max('valid_from').as('d'))
    .where('unit_id', 'in', unitIds)
    .executeTakeFirst();
  return (r?.d as string | null) ?? '0000-01-01';
}

export async function renameUnit(trx: Trx, id: number, name: string) {
  await trx
    .updateTable('org_unit')
    .set((eb) => ({ name, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .execute();
}

/** Re-roots a subtree under a new parent; returns every unit whose path changed, with its new path. */
export async function moveSubtree(trx: Trx, unitId: number, oldPath: string, newParent: { id: number; path: string }) {
  await trx
    .updateTable('org_unit')
    .set((eb) => ({ parent_id: newParent.id, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', unitId)
    .execute();
  const rows = await sql<{ id: number; name: string; kind: UnitKind; parent_id: number | null; path: string }>`
    UPDATE org_unit SET path = ${newParent.path}::ltree || subpath(path, nlevel(${oldPath}::ltree) - 1)
    WHERE path <@ ${oldPath}::ltree AND dissolved_on IS NULL
    RETURNING id, name, kind, parent_id, path::text AS path`.execute(trx);
  return rows.rows;
}

export async function setKind(trx: Trx, id: number, kind: UnitKind) {
  await trx
    .updateTable('org_unit')
    .set((eb) => ({ kind, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .execute();
}

export async function nextUnitId(trx: Trx): Promise<number> {
  const r = await sql<{ id: string }>`SELECT nextval(pg_get_serial_sequence('org_unit', 'id')) AS id`.execute(trx);
  return Number(r.rows[0]!.id);
}

export async function insertUnit(
  trx: Trx,
  u: { id: number; code: string; name: string; kind: UnitKind; parentId: number; path: string; foundedOn: string },
) {
  await trx
    .insertInto('org_unit')
    .values({
      id: u.id,
      code: u.code,
      name: u.name,
      kind: u.kind,
      parent_id: u.parentId,
      path: u.path,
      founded_on: u.foundedOn,
    })
    .execute();
}

export async function markDissolved(trx: Trx, id: number, effective: string) {
  await trx
    .updateTable('org_unit')
    .set((eb) => ({ dissolved_on: effective, version: eb('version', '+', 1), updated_at: new Date() }))
    .where('id', '=', id)
    .execute();
}

export function activeMemberIds(trx: Trx, unitIds: number[]) {
  if (unitIds.length === 0) return Promise.resolve([] as { id: number; full_name: string; unit_id: number }[]);
  return trx
    .selectFrom('member')
    .select(['id', 'full_name', 'unit_id'])
    .where('unit_id', 'in', unitIds)
    .where('status', 'in', [...ACTIVE_STATUSES])
    .orderBy('sort_key')
    .forUpdate()
    .execute();
}

/** Members follow their cell: close each open cell period at `effective` and open one in the new cell. */
export async function moveMembers(
  trx: Trx,
  memberIds: number[],
  { toUnitId, effective, restructuringId, details }: { toUnitId: number; effective: string; restructuringId: number; details: unknown },
) {
  if (memberIds.length === 0) return;
  const ids = sql`${memberIds}::bigint[]`;
  await sql`UPDATE member_cell_period SET unit_id = ${toUnitId}, restructuring_id = ${restructuringId}
    WHERE member_id = ANY(${ids}) AND valid_to IS NULL AND valid_from >= ${effective}::date`.execute(trx);
  await sql`WITH closed AS (
      UPDATE member_cell_period SET valid_to = ${effective}::date
      WHERE member_id = ANY(${ids}) AND valid_to IS NULL AND valid_from < ${effective}::date RETURNING member_id)
    INSERT INTO member_cell_period (member_id, unit_id, valid_from, restructuring_id)
    SELECT member_id, ${toUnitId}, ${effective}::date, ${restructuringId} FROM closed`.execute(trx);
  await sql`UPDATE member SET unit_id = ${toUnitId}, version = version + 1, updated_at = now() WHERE id = ANY(${ids})`.execute(trx);
  await sql`INSERT INTO member_event (member_id, occurred_on, kind, details)
    SELECT unnest(${ids}), ${effective}::date, 'cell_restructured', ${JSON.stringify(details)}::jsonb`.execute(trx);
}

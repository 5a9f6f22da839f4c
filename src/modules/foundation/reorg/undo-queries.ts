// SQL of undoing an applied plan: the rows it wrote go, the rows it changed get back what the snapshot held.
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { anyOf, type Snapshot } from './queries.js';

type Trx = Transaction<Database>;

/** Units and members changed since the plan was applied (their version moved past the one it left). */
export async function changedSince(trx: Trx, units: Record<string, number>, members: Record<string, number>) {
  const count = async (table: 'org_unit' | 'member', versions: Record<string, number>) => {
    const ids = Object.keys(versions).map(Number);
    if (ids.length === 0) return 0;
    const rows = await trx.selectFrom(table).select(['id', 'version']).where(anyOf('id', ids)).forUpdate().execute();
    return ids.length - rows.filter((r) => versions[String(r.id)] === r.version).length;
  };
  return (await count('org_unit', units)) + (await count('member', members));
}

export async function restore(trx: Trx, rIds: number[], snap: Snapshot, createdUnitIds: number[]) {
  const r = sql`${rIds}::bigint[]`;
  const keepPeriods = snap.periods.map((p) => p.id);
  const keepVersions = snap.versions.map((v) => v.id);
  await sql`DELETE FROM member_event WHERE kind = 'cell_restructured' AND (details->>'restructuringId')::bigint = ANY(${r})`.execute(trx);
  await sql`DELETE FROM member_cell_period WHERE restructuring_id = ANY(${r}) AND NOT (id = ANY(${keepPeriods}::bigint[]))`.execute(trx);
  for (const p of snap.periods) {
    await trx
      .updateTable('member_cell_period')
      .set({ unit_id: p.unit_id, valid_from: p.valid_from, valid_to: p.valid_to, restructuring_id: p.restructuring_id })
      .where('id', '=', p.id)
      .execute();
  }
  for (const m of snap.members) {
    await trx
      .updateTable('member')
      .set((eb) => ({ unit_id: m.unit_id, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', m.id)
      .execute();
  }
  await sql`DELETE FROM org_unit_version WHERE restructuring_id = ANY(${r}) AND NOT (id = ANY(${keepVersions}::bigint[]))`.execute(trx);
  for (const v of snap.versions) {
    await trx
      .updateTable('org_unit_version')
      .set({
        name: v.name,
        kind: v.kind,
        parent_id: v.parent_id,
        path: v.path,
        valid_from: v.valid_from,
        valid_to: v.valid_to,
        restructuring_id: v.restructuring_id,
      })
      .where('id', '=', v.id)
      .execute();
  }
  for (const u of snap.units) {
    await trx
      .updateTable('org_unit')
      .set((eb) => ({
        name: u.name,
        kind: u.kind,
        parent_id: u.parent_id,
        path: u.path,
        dissolved_on: u.dissolved_on,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', u.id)
      .execute();
  }
  if (createdUnitIds.length) {
    // Children first: a unit created by the plan may sit under another one it created.
    await trx.deleteFrom('org_unit_version').where(anyOf('unit_id', createdUnitIds)).execute();
    await sql`DELETE FROM org_unit WHERE id = ANY(${createdUnitIds}::bigint[])`.execute(trx);
  }
}

/** Grants the plan ended get back the end they had (those changed by hand since keep the new one). */
export async function restoreGrants(trx: Trx, grants: { id: number; validTo: string | null }[], effective: string) {
  for (const g of grants) {
    await trx.updateTable('role_grant').set({ valid_to: g.validTo }).where('id', '=', g.id).where('valid_to', '=', effective).execute();
  }
}

// SQL of the papers of an applied plan: its restructurings, the units they name as they stood on the day,
// the members handed over and the secretaries who sign.
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';

type Q = Kysely<Database> | Transaction<Database>;

export function restructurings(db: Q, ids: number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('restructuring')
    .select(['id', 'kind', 'details', 'effective_on', 'decision_no'])
    .where(sql<boolean>`id = ANY(${ids.map(String)}::bigint[])`)
    .orderBy('id')
    .execute();
}
export type RestructuringRow = Awaited<ReturnType<typeof restructurings>>[number];

export interface UnitAt {
  id: number;
  code: string;
  name: string;
  kind: string;
  parent_id: number | null;
}

/**
 * The units as they stood on a day (`day`: the version valid then), else as they were last named: a unit
 * merged away on the effective date is named as it was the day before.
 */
export async function unitsAt(db: Q, ids: number[], day: string): Promise<Map<number, UnitAt>> {
  if (ids.length === 0) return new Map();
  const rows = await sql<UnitAt>`
    SELECT DISTINCT ON (u.id) u.id::int AS id, u.code, v.name, v.kind::text AS kind, v.parent_id::int AS parent_id
    FROM org_unit u JOIN org_unit_version v ON v.unit_id = u.id
    WHERE u.id = ANY(${ids}::bigint[])
    ORDER BY u.id, (v.valid_from <= ${day}::date AND (v.valid_to IS NULL OR v.valid_to > ${day}::date)) DESC,
      (v.valid_from <= ${day}::date) DESC, v.valid_from DESC`.execute(db);
  return new Map(rows.rows.map((r) => [r.id, r]));
}

/** Units whose version was started by a restructuring (moved, reparented or created by it). */
export async function unitsStartedBy(db: Q, rId: number) {
  const rows = await db.selectFrom('org_unit_version').select('unit_id').where('restructuring_id', '=', rId).execute();
  return rows.map((r) => Number(r.unit_id));
}

export interface HandedOver {
  member_id: number;
  full_name: string;
  birth_date: string;
  party_card_no: string | null;
  from_unit: number;
  to_unit: number;
  sort_key: string;
}

/**
 * The members a restructuring handed over: those it moved to another cell (from their member events), then
 * those whose cell it moved or reparented whole (`keptIn`: in the same cell, under a new parent).
 */
export async function handedOver(db: Q, rId: number, keptIn: number[], day: string): Promise<HandedOver[]> {
  const moved = await sql<HandedOver>`
    SELECT m.id::int AS member_id, m.full_name, m.birth_date::text AS birth_date, m.party_card_no, m.sort_key,
      (e.details->>'fromUnitId')::int AS from_unit, (e.details->>'toUnitId')::int AS to_unit
    FROM member_event e JOIN member m ON m.id = e.member_id
    WHERE e.kind = 'cell_restructured' AND (e.details->>'restructuringId')::bigint = ${rId}`.execute(db);
  const kept =
    keptIn.length === 0
      ? { rows: [] as HandedOver[] }
      : await sql<HandedOver>`
    SELECT DISTINCT ON (m.id) m.id::int AS member_id, m.full_name, m.birth_date::text AS birth_date, m.party_card_no, m.sort_key,
      p.unit_id::int AS from_unit, p.unit_id::int AS to_unit
    FROM member_cell_period p JOIN member m ON m.id = p.member_id
    WHERE p.unit_id = ANY(${keptIn}::bigint[]) AND p.valid_from <= ${day}::date AND (p.valid_to IS NULL OR p.valid_to > ${day}::date)
    ORDER BY m.id`.execute(db);
  const seen = new Set(moved.rows.map((r) => r.member_id));
  return [...moved.rows, ...kept.rows.filter((r) => !seen.has(r.member_id))].sort(
    (a, b) => a.from_unit - b.from_unit || a.sort_key.localeCompare(b.sort_key) || a.member_id - b.member_id,
  );
}

/** The secretary of each unit's committee on a day, by unit id (units with none are absent). */
export async function secretariesOn(db: Q, unitIds: number[], day: string): Promise<Map<number, string>> {
  if (unitIds.length === 0) return new Map();
  const rows = await sql<{ unit_id: number; full_name: string }>`
    SELECT DISTINCT ON (t.unit_id) t.unit_id::int AS unit_id, m.full_name
    FROM committee_seat s JOIN committee_term t ON t.id = s.term_id JOIN member m ON m.id = s.member_id
    WHERE t.unit_id = ANY(${unitIds}::bigint[]) AND s.position = 'secretary'
      AND s.from_date <= ${day}::date AND (s.to_date IS NULL OR s.to_date >= ${day}::date)
    ORDER BY t.unit_id, s.from_date DESC`.execute(db);
  return new Map(rows.rows.map((r) => [r.unit_id, r.full_name]));
}

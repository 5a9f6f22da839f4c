// SQL of the screening run: one pass over attendance and fees of a subtree, returning only members who may be
// flagged (at least `n` months absent without reason, or at least `n` due months without a fee paid).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

type Q = Kysely<Database>;

export interface Suspect { id: number; unit_id: number; admitted_on: string; absent: string[]; paid: string[] }

/** `from` and `to` are the first days of the window's first month and of the month after it. */
export function suspectsSql(path: string, from: string, to: string, n: number) {
  return sql<Suspect>`
    WITH mem AS (
      SELECT m.id, m.unit_id, m.admitted_on FROM member m JOIN org_unit u ON u.id = m.unit_id
      WHERE u.path <@ ${path}::ltree AND m.status IN ('official', 'probationary')
    ), ab AS (
      SELECT a.member_id, array_agg(DISTINCT date_trunc('month', c.held_on)::date::text) AS months
      FROM cell_meeting c JOIN org_unit u ON u.id = c.unit_id
      JOIN meeting_attendance a ON a.meeting_id = c.id AND a.presence = 'absent_unexcused'
      WHERE u.path <@ ${path}::ltree AND c.held_on >= ${from}::date AND c.held_on < ${to}::date
      GROUP BY a.member_id
    ), pf AS (
      SELECT p.member_id, array_agg(p.month::text) AS months FROM party_fee p JOIN org_unit u ON u.id = p.unit_id
      WHERE u.path <@ ${path}::ltree AND p.month >= ${from}::date AND p.month < ${to}::date
      GROUP BY p.member_id
    )
    SELECT mem.id, mem.unit_id, mem.admitted_on, coalesce(ab.months, '{}') AS absent, coalesce(pf.months, '{}') AS paid
    FROM mem LEFT JOIN ab ON ab.member_id = mem.id LEFT JOIN pf ON pf.member_id = mem.id
    WHERE cardinality(ab.months) >= ${n}
       OR (extract(year FROM ${to}::date) * 12 + extract(month FROM ${to}::date))
          - (extract(year FROM greatest(mem.admitted_on, ${from}::date)) * 12 + extract(month FROM greatest(mem.admitted_on, ${from}::date)))
          - coalesce(cardinality(pf.months), 0) >= ${n}`;
}

export async function suspects(db: Q, path: string, from: string, to: string, n: number) {
  return (await suspectsSql(path, from, to, n).execute(db)).rows.map((r) => ({ ...r, absent: toDates(r.absent), paid: toDates(r.paid) }));
}

// Months arrive as text[] (cast in SQL: the pg array parser would turn date[] into Date objects).
function toDates(v: unknown): string[] {
  if (Array.isArray(v)) return v.map(String);
  if (typeof v === 'string') return v.replace(/[{}]/g, '').split(',').filter(Boolean);
  return [];
}

/** Exemptions overlapping the window, for the suspects only: their months are not due. */
export function exemptions(db: Q, ids: number[], from: string, to: string) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('member_exemption').select(['member_id', 'from_date', 'to_date'])
    .where('member_id', 'in', ids).where('from_date', '<', to).where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>', from)])).execute();
}

export function educationEvents(db: Q, path: string) {
  return db.selectFrom('member_event as e').innerJoin('member as m', 'm.id', 'e.member_id').innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .select(['e.member_id', 'm.unit_id', 'e.kind', 'e.occurred_on'])
    .where('e.kind', 'in', ['educated', 'education_progress']).where('m.status', 'in', ['official', 'probationary'])
    .where(sql<boolean>`u.path <@ ${path}::ltree`).execute();
}

/** Yearly ratings from the assessment module, when its tables exist (checked at run time). */
export async function ratings(db: Q, path: string): Promise<{ rows: { member_id: number; unit_id: number; year: number; level: string }[]; available: boolean }> {
  const exists = await sql<{ ok: boolean }>`SELECT to_regclass('assessment_subject') IS NOT NULL AND to_regclass('review_cycle') IS NOT NULL AS ok`.execute(db);
  if (!exists.rows[0]?.ok) return { rows: [], available: false };
  // The assessment module owns these tables; if their shape changes, screen without them rather than fail.
  const r = await sql<{ member_id: number; unit_id: number; year: number; level: string }>`
    SELECT s.member_id, m.unit_id, extract(year FROM c.period_to)::int AS year, s.level::text AS level
    FROM assessment_subject s JOIN review_cycle c ON c.id = s.cycle_id JOIN member m ON m.id = s.member_id JOIN org_unit u ON u.id = m.unit_id
    WHERE s.member_id IS NOT NULL AND s.level IS NOT NULL AND c.kind = 'annual' AND u.path <@ ${path}::ltree
      AND m.status IN ('official', 'probationary')`.execute(db).catch(() => null);
  return r ? { rows: r.rows, available: true } : { rows: [], available: false };
}

/** Flags the cell already reviewed (dismissed or proposed) for these members: their periods are not raised again. */
export async function reviewedFlags(db: Q, memberIds: number[]) {
  const out: { memberId: number; rule: string; evidence: unknown }[] = [];
  const ids = [...new Set(memberIds)];
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await db.selectFrom('screening_flag').select(['member_id', 'rule', 'evidence'])
      .where('member_id', 'in', ids.slice(i, i + 5000)).where('state', 'in', ['dismissed', 'proposed']).execute();
    for (const r of rows) out.push({ memberId: r.member_id, rule: r.rule, evidence: r.evidence });
  }
  return out;
}

// SQL of screening: the run (one pass over attendance and fees of a subtree, returning only members who may be
// flagged: at least `n` months absent without reason, or at least `n` months since admission without a fee paid — a
// coarse first cut; the rules then count only the months spent in the subtree's cells, see cellPeriods), the review
// queue of flags, removal cases, exits, and the yearly count of names taken off the rolls.
import { sql, type Insertable, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { SERVING_STATUSES } from '../../../domain/members/record.js';
import { literalList } from '../../../db/sql-lists.js';

type Q = Kysely<Database>;
type Trx = Transaction<Database>;

export interface Suspect {
  id: number;
  unit_id: number;
  admitted_on: string;
  absent: string[];
  paid: string[];
}

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
  return db
    .selectFrom('member_exemption')
    .select(['member_id', 'from_date', 'to_date'])
    .where('member_id', 'in', ids)
    .where('from_date', '<', to)
    .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>', from)]))
    .execute();
}

/** Every cell period of these members, marked when its cell lies in the subtree being screened. */
export async function cellPeriods(db: Q, ids: number[], path: string) {
  const out: { member_id: number; valid_from: string; valid_to: string | null; in_scope: boolean }[] = [];
  for (let i = 0; i < ids.length; i += 5000) {
    out.push(
      ...(await db
        .selectFrom('member_cell_period as p')
        .innerJoin('org_unit as u', 'u.id', 'p.unit_id')
        .select(['p.member_id', 'p.valid_from', 'p.valid_to', sql<boolean>`u.path <@ ${path}::ltree`.as('in_scope')])
        .where('p.member_id', 'in', ids.slice(i, i + 5000))
        .execute()),
    );
  }
  return out;
}

export function educationEvents(db: Q, path: string) {
  return db
    .selectFrom('member_event as e')
    .innerJoin('member as m', 'm.id', 'e.member_id')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .select(['e.member_id', 'm.unit_id', 'e.kind', 'e.occurred_on'])
    .where('e.kind', 'in', ['educated', 'education_progress'])
    .where('m.status', 'in', SERVING_STATUSES)
    .where(sql<boolean>`u.path <@ ${path}::ltree`)
    .execute();
}

/** Yearly ratings from the assessment module, when its tables exist (checked at run time). */
export async function ratings(
  db: Q,
  path: string,
): Promise<{ rows: { member_id: number; unit_id: number; year: number; level: string }[]; available: boolean }> {
  const exists = await sql<{
    ok: boolean;
  }>`SELECT to_regclass('assessment_subject') IS NOT NULL AND to_regclass('review_cycle') IS NOT NULL AS ok`.execute(db);
  if (!exists.rows[0]?.ok) return { rows: [], available: false };
  // The assessment module owns these tables; if their shape changes, screen without them rather than fail.
  const r = await sql<{ member_id: number; unit_id: number; year: number; level: string }>`
    SELECT s.member_id, m.unit_id, extract(year FROM c.period_to)::int AS year, s.level::text AS level
    FROM assessment_subject s JOIN review_cycle c ON c.id = s.cycle_id JOIN member m ON m.id = s.member_id JOIN org_unit u ON u.id = m.unit_id
    WHERE s.member_id IS NOT NULL AND s.level IS NOT NULL AND c.kind = 'annual' AND u.path <@ ${path}::ltree
      AND m.status IN ('official', 'probationary')`
    .execute(db)
    .catch(() => null);
  return r ? { rows: r.rows, available: true } : { rows: [], available: false };
}

/** Flags the cell already reviewed (dismissed or proposed) for these members: their periods are not raised again. */
export async function reviewedFlags(db: Q, memberIds: number[]) {
  const out: { memberId: number; rule: string; evidence: unknown }[] = [];
  const ids = [...new Set(memberIds)];
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await db
      .selectFrom('screening_flag')
      .select(['member_id', 'rule', 'evidence'])
      .where('member_id', 'in', ids.slice(i, i + 5000))
      .where('state', 'in', ['dismissed', 'proposed'])
      .execute();
    for (const r of rows) out.push({ memberId: r.member_id, rule: r.rule, evidence: r.evidence });
  }
  return out;
}

export function insertRun(trx: Trx, row: Insertable<Database['screening_run']>) {
  return trx.insertInto('screening_run').values(row).returning('id').executeTakeFirstOrThrow();
}

/** Files flags; a member's rule that already has an open flag keeps it. Returns how many were filed. */
export async function insertFlags(trx: Trx, rows: Insertable<Database['screening_flag']>[]) {
  const r = await trx
    .insertInto('screening_flag')
    .values(rows)
    .onConflict((oc) => oc.columns(['member_id', 'rule']).where('state', '=', 'open').doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0);
}

export function setRunFlagged(trx: Trx, runId: number, flagged: number) {
  return trx.updateTable('screening_run').set({ flagged }).where('id', '=', runId).execute();
}

/** The latest runs of a subtree (at most `RECENT_RUNS`), latest first. */
export const RECENT_RUNS = 100;
export function recentRuns(db: Q, path: string) {
  return db
    .selectFrom('screening_run as r')
    .innerJoin('org_unit as u', 'u.id', 'r.unit_id')
    .select([
      'r.id',
      'r.unit_id as unitId',
      'u.name as unitName',
      'r.run_on as runOn',
      'r.window_from as windowFrom',
      'r.flagged',
      'r.notes',
    ])
    .where(sql<boolean>`u.path <@ ${path}::ltree`)
    .orderBy('r.id', 'desc')
    .limit(RECENT_RUNS)
    .execute();
}

function flags(db: Q) {
  return db
    .selectFrom('screening_flag as f')
    .innerJoin('member as m', 'm.id', 'f.member_id')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .innerJoin('screening_run as r', 'r.id', 'f.run_id')
    .select([
      'f.id',
      'f.member_id',
      'm.full_name',
      'm.unit_id',
      'u.name as unit_name',
      'f.rule',
      'f.evidence',
      'f.state',
      'f.review_note',
      'f.version',
      'r.run_on',
      sql<string>`u.path::text`.as('unit_path'),
    ]);
}

export const getFlag = (db: Q, id: number) => flags(db).where('f.id', '=', id).executeTakeFirst();
export type FlagRow = NonNullable<Awaited<ReturnType<typeof getFlag>>>;

/** One page of the flags in a state for the members of a subtree (by unit, then in Vietnamese name order), and how many in all. */
export async function flagsIn(db: Q, f: { path: string; state: 'open' | 'dismissed' | 'proposed'; limit: number; offset: number }) {
  const q = flags(db).where(sql<boolean>`u.path <@ ${f.path}::ltree`).where('f.state', '=', f.state);
  const [rows, count] = await Promise.all([
    q.orderBy('u.name').orderBy('m.sort_key').orderBy('f.id').limit(f.limit).offset(f.offset).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Closes an open flag at the version the reviewer saw; false when it has changed since. */
export async function closeFlag(trx: Trx, id: number, version: number, state: 'dismissed' | 'proposed', note: string) {
  const r = await trx
    .updateTable('screening_flag')
    .set((eb) => ({ state, review_note: note, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The member's removal case still awaiting the committee's decision, if any. */
export function openRemovalOf(trx: Trx, memberId: number) {
  return trx.selectFrom('removal_case').select('id').where('member_id', '=', memberId).where('state', '=', 'proposed').executeTakeFirst();
}

export function insertRemoval(trx: Trx, row: Insertable<Database['removal_case']>) {
  return trx.insertInto('removal_case').values(row).returning('id').executeTakeFirstOrThrow();
}

export function getRemoval(trx: Trx, id: number) {
  return trx.selectFrom('removal_case').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The id and unit path of a removal case, to authorize a decision on it. */
export function removalScope(db: Q, id: number) {
  return db
    .selectFrom('removal_case as c')
    .innerJoin('org_unit as u', 'u.id', 'c.unit_id')
    .select(['c.id', sql<string>`u.path::text`.as('path')])
    .where('c.id', '=', id)
    .executeTakeFirst();
}

export interface RemovalOutcome {
  state: 'removed' | 'rejected';
  decision_no: string;
  decided_on: string;
  authority: string;
  complaint_until: string | null;
}

/** Records the committee's decision at the version the user saw; false when the case has changed since. */
export async function decideRemoval(trx: Trx, id: number, version: number, outcome: RemovalOutcome) {
  const r = await trx
    .updateTable('removal_case')
    .set((eb) => ({ ...outcome, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** One page of the removal cases of a subtree, latest first, in one state or all, and how many in all. */
export async function removalsIn(db: Q, f: { path: string; state?: 'proposed' | 'removed' | 'rejected'; limit: number; offset: number }) {
  const { path, state } = f;
  let q = db
    .selectFrom('removal_case as c')
    .innerJoin('member as m', 'm.id', 'c.member_id')
    .innerJoin('org_unit as u', 'u.id', 'c.unit_id')
    .select([
      'c.id',
      'c.member_id as memberId',
      'm.full_name as fullName',
      'c.unit_id as unitId',
      'u.name as unitName',
      'c.reason',
      'c.state',
      'c.resolution_no as resolutionNo',
      'c.proposed_on as proposedOn',
      'c.decision_no as decisionNo',
      'c.decided_on as decidedOn',
      'c.authority',
      'c.complaint_until as complaintUntil',
      'c.version',
    ])
    .where(sql<boolean>`u.path <@ ${path}::ltree`);
  if (state) q = q.where('c.state', '=', state);
  const [rows, count] = await Promise.all([
    q.orderBy('c.id', 'desc').limit(f.limit).offset(f.offset).execute(),
    q
      .clearSelect()
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** A death or departure. */
export function insertExit(trx: Trx, row: Insertable<Database['member_exit']>) {
  return trx.insertInto('member_exit').values(row).execute();
}

/**
 * Names taken off the rolls between two dates (removals decided, expulsions, deaths and departures) by reason,
 * counted for the unit itself and for each of its direct children (with their subtrees).
 */
export async function exitsByUnit(db: Q, unit: { id: number; path: string }, from: string, to: string) {
  const r = await sql<{ unit_id: number; name: string; reason: string; n: string }>`
    WITH exits AS (
      SELECT c.member_id, c.unit_id, 'removal:' || c.reason AS reason FROM removal_case c WHERE c.state = 'removed' AND c.decided_on BETWEEN ${from}::date AND ${to}::date
      UNION ALL
      SELECT d.member_id, d.unit_id, 'expulsion' FROM discipline_record d WHERE d.form = 'expulsion' AND d.member_id IS NOT NULL AND d.decided_on BETWEEN ${from}::date AND ${to}::date
      UNION ALL
      SELECT e.member_id, e.unit_id, e.kind FROM member_exit e WHERE e.on_date BETWEEN ${from}::date AND ${to}::date
    )
    SELECT top.id AS unit_id, top.name, x.reason, count(*) AS n
    FROM exits x JOIN org_unit xu ON xu.id = x.unit_id
    JOIN org_unit top ON (top.id = ${unit.id} AND xu.id = top.id) OR (top.parent_id = ${unit.id} AND xu.path <@ top.path)
    WHERE xu.path <@ ${unit.path}::ltree
    GROUP BY top.id, top.name, x.reason ORDER BY top.name, x.reason`.execute(db);
  return r.rows;
}

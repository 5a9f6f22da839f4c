// SQL of the reports: the membership statistics of a subtree, grouped by one dimension per table, the
// filtered member list that the .xlsx export reads a batch at a time, and the subject an assessment form prints.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { MemberCategory } from '../../../domain/members/category.js';
import { birthRangeForAgeBand, type AgeBand, type MemberStatus } from '../../../domain/members/record.js';
import { searchName } from '../../../domain/names/index.js';
import { ACTIVE_STATUSES } from '../../../domain/members/record.js';
import { literalList } from '../../../db/sql-lists.js';

type Q = Kysely<Database>;

/** The live units the statistics count: the chosen one and the units directly below it. */
export function statisticsUnits(db: Q, rootId: number) {
  return db
    .selectFrom('org_unit')
    .select(['id', 'name'])
    .where('dissolved_on', 'is', null)
    .where((eb) => eb.or([eb('parent_id', '=', rootId), eb('id', '=', rootId)]))
    .execute();
}

export type StatDimension = 'status' | 'gender' | 'age' | 'ethnicity' | 'education';

// The grouping key of each dimension; the age is in whole years on `today`.
const DIMENSIONS: Record<StatDimension, (today: string) => ReturnType<typeof sql>> = {
  status: () => sql`m.status::text`,
  gender: () => sql`m.gender`,
  age: (today) => sql`date_part('year', age(${today}::date, m.birth_date))::text`,
  ethnicity: () => sql`m.ethnicity`,
  education: () => sql`m.education`,
};

/** Active members per unit directly below the root (or the root itself when it has none) and per key of the dimension. */
export function activeMembersGrouped(db: Q, root: { id: number; path: string }, dimension: StatDimension, today: string) {
  const dim = DIMENSIONS[dimension](today);
  return sql<{ unit_id: number; k: string; n: number }>`
    WITH g AS (
      SELECT id, path FROM org_unit WHERE dissolved_on IS NULL AND
        (parent_id = ${root.id} OR (id = ${root.id} AND NOT EXISTS (SELECT 1 FROM org_unit c WHERE c.parent_id = ${root.id})))
    )
    SELECT g.id AS unit_id, ${dim} AS k, count(*)::int AS n
    FROM member m JOIN org_unit u ON u.id = m.unit_id
    JOIN g ON g.path = CASE WHEN nlevel(u.path) > nlevel(${root.path}::ltree) THEN subpath(u.path, 0, nlevel(${root.path}::ltree) + 1) ELSE u.path END
    WHERE u.path <@ ${root.path}::ltree AND m.status IN ${literalList(ACTIVE_STATUSES)}
    GROUP BY 1, 2`
    .execute(db)
    .then((r) => r.rows);
}

export interface ExportFilter {
  q?: string;
  status?: MemberStatus[];
  gender?: 'male' | 'female';
  ageBand?: AgeBand;
  admittedYear?: number;
}

// Members of the subtree matching the filter; `q` is a citizen or party card number when all digits, else part of the name.
function exportedMembers(db: Q, subtreePath: string, f: ExportFilter, today: string) {
  let q = db.selectFrom('member as m').innerJoin('org_unit as u', 'u.id', 'm.unit_id').where(sql<boolean>`u.path <@ ${subtreePath}::ltree`);
  if (f.status?.length) q = q.where('m.status', 'in', f.status);
  if (f.gender) q = q.where('m.gender', '=', f.gender);
  if (f.ageBand) {
    const band = birthRangeForAgeBand(f.ageBand, today);
    if (band.from) q = q.where('m.birth_date', '>=', band.from);
    q = q.where('m.birth_date', '<=', band.to);
  }
  if (f.admittedYear) q = q.where('m.admitted_on', '>=', `${f.admittedYear}-01-01`).where('m.admitted_on', '<=', `${f.admittedYear}-12-31`);
  const raw = f.q?.trim() ?? '';
  if (/^[0-9]{6,12}$/.test(raw)) q = q.where((eb) => eb.or([eb('m.citizen_id', '=', raw), eb('m.party_card_no', '=', raw)]));
  else if (raw) q = q.where('m.search_name', 'like', `%${searchName(raw).replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  return q;
}

/** How many members an export with this filter would write. */
export async function countExportMembers(db: Q, subtreePath: string, f: ExportFilter, today: string) {
  const r = await exportedMembers(db, subtreePath, f, today)
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The next `limit` exported members in name order, after the keyset position `after` (from the start when null). */
export function exportMembersBatch(
  db: Q,
  subtreePath: string,
  f: ExportFilter,
  today: string,
  page: { after: { key: string; id: number } | null; limit: number },
) {
  const { after, limit } = page;
  let q = exportedMembers(db, subtreePath, f, today).selectAll('m').select('u.code as unit_code');
  if (after) q = q.where(sql<boolean>`(m.sort_key, m.id) > (${after.key}, ${after.id})`);
  return q.orderBy('m.sort_key').orderBy('m.id').limit(limit).execute();
}

/** Whether the assessment module's tables are there (the assessment forms and figures are read only then). */
export async function assessmentTablesExist(db: Q): Promise<boolean> {
  const r = await sql<{
    ok: boolean;
  }>`SELECT to_regclass('assessment_subject') IS NOT NULL AND to_regclass('review_cycle') IS NOT NULL AS ok`.execute(db);
  return r.rows[0]?.ok === true;
}

/** An assessment subject with what its printed form shows (cycle, unit, member); null when there is none. */
export async function formSubject(db: Q, id: number) {
  const r = await sql<{
    id: number;
    subject_kind: string;
    member_id: number | null;
    unit_path: string;
    display_name: string;
    level: string | null;
    self_assessment: Record<string, unknown> | null;
    review: Record<string, unknown> | null;
    decision: Record<string, unknown> | null;
    cycle_id: number;
    cycle_title: string;
    rule_set: string;
    period_to: string;
    unit_name: string;
    birth_date: string | null;
    position: string | null;
    member_category: MemberCategory | null;
  }>`SELECT s.id, s.subject_kind, s.member_id, s.unit_path::text AS unit_path, s.display_name, s.level, s.self_assessment, s.review, s.decision,
      c.id::int AS cycle_id, c.title AS cycle_title, c.rule_set, c.period_to, u.name AS unit_name, m.birth_date, m.position, m.member_category
    FROM assessment_subject s JOIN review_cycle c ON c.id = s.cycle_id JOIN org_unit u ON u.id = s.unit_id
    LEFT JOIN member m ON m.id = s.member_id WHERE s.id = ${id}`.execute(db);
  return r.rows[0] ?? null;
}

/** For a collective's Form 01: its members' levels in the same cycle (subjects under the collective's unit). */
export async function memberLevelsUnder(db: Q, cycleId: number, unitPath: string) {
  const r = await sql<{ level: string | null; n: number }>`SELECT level, count(*)::int AS n FROM assessment_subject
    WHERE cycle_id = ${cycleId} AND subject_kind = 'member' AND unit_path <@ ${unitPath}::ltree GROUP BY level`.execute(db);
  return r.rows;
}

// SQL of the reports: the membership statistics of a subtree, grouped by one dimension per table, and
// the filtered member list that the .xlsx export reads a batch at a time.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { birthRangeForAgeBand, type AgeBand, type MemberStatus } from '../../domain/members/record.js';
import { searchName } from '../../domain/names/index.js';

type Q = Kysely<Database>;

/** The live units the statistics count: the chosen one and the units directly below it. */
export function statisticsUnits(db: Q, rootId: number) {
  return db.selectFrom('org_unit').select(['id', 'name']).where('dissolved_on', 'is', null)
    .where((eb) => eb.or([eb('parent_id', '=', rootId), eb('id', '=', rootId)])).execute();
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
    WHERE u.path <@ ${root.path}::ltree AND m.status IN ('probationary', 'official', 'exempted', 'temporarily_exempted', 'suspended')
    GROUP BY 1, 2`.execute(db).then((r) => r.rows);
}

export interface ExportFilter {
  q?: string; status?: MemberStatus[]; gender?: 'male' | 'female'; ageBand?: AgeBand; admittedYear?: number;
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
  const r = await exportedMembers(db, subtreePath, f, today).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** The next `limit` exported members in name order, after the keyset position `after` (from the start when null). */
export function exportMembersBatch(db: Q, subtreePath: string, f: ExportFilter, today: string,
  after: { key: string; id: number } | null, limit: number) {
  let q = exportedMembers(db, subtreePath, f, today).selectAll('m').select('u.code as unit_code');
  if (after) q = q.where(sql<boolean>`(m.sort_key, m.id) > (${after.key}, ${after.id})`);
  return q.orderBy('m.sort_key').orderBy('m.id').limit(limit).execute();
}

// SQL of the quarterly reviews carried into the year (domain/assessment/quarters.ts).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { Level } from '../../../domain/assessment/index.js';

/**
 * The same subject's quarterly reviews under Quy định 366 within [from, to]: the same member, or for a collective
 * the same unit and kind. At most 50 rows (four quarters, reviewed again now and then).
 */
export async function quarterlyResults(
  db: Kysely<Database>,
  v: {
    subjectKind: string;
    memberId: number | null;
    unitId: number;
    from: string;
    to: string;
  },
) {
  const r = await sql<{ period_from: string; period_to: string; general: string | null; tasks: string | null; level: Level | null }>`
    SELECT c.period_from::text AS period_from, c.period_to::text AS period_to, s.self_assessment->>'generalPoints' AS general,
           s.self_assessment->>'taskPoints' AS tasks, s.level
    FROM assessment_subject s JOIN review_cycle c ON c.id = s.cycle_id
    WHERE c.kind = 'quarterly' AND c.rule_set = 'reg366-2025' AND s.subject_kind = ${v.subjectKind}
      AND ${v.memberId === null ? sql`s.member_id IS NULL AND s.unit_id = ${v.unitId}` : sql`s.member_id = ${v.memberId}`}
      AND c.period_from >= ${v.from}::date AND c.period_to <= ${v.to}::date
    ORDER BY c.period_to, c.id LIMIT 50`.execute(db);
  return r.rows;
}

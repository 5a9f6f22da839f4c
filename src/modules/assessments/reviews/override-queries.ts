// SQL of the quota overrides recorded with the workflow steps (see overrides.ts for what counts as one).
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';

/**
 * Steps of the cycle's subjects under `path` that may carry a quota override reason: any step with
 * `quotaOverrideReason`, and review/verification steps with `overrideReason` (older rows). Newest first, capped.
 */
export async function quotaOverrideSteps(db: Kysely<Database>, cycleId: number, path: string) {
  const r = await sql<{
    id: number;
    subject_id: number;
    action: string;
    data: unknown;
    actor_name: string;
    at: Date;
    display_name: string;
    quota_group: string;
  }>`
    SELECT st.id, st.subject_id, st.action, st.data, st.actor_name, st.at, s.display_name, s.quota_group
    FROM assessment_step st JOIN assessment_subject s ON s.id = st.subject_id
    WHERE s.cycle_id = ${cycleId} AND s.unit_path <@ ${path}::ltree
      AND (st.data->>'quotaOverrideReason' IS NOT NULL
        OR (st.action IN ('record_review', 'verify') AND NOT st.data ? 'quotaOverrideReason' AND st.data->>'overrideReason' IS NOT NULL))
    ORDER BY st.id DESC LIMIT 500`.execute(db);
  return r.rows.map((x) => ({ ...x, id: Number(x.id) }));
}

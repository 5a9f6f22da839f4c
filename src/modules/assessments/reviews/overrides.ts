// Reasons given for going over the excellent quota, read back from the steps that recorded them, so that the
// level above (verification, decision) and the quota meter show who overrode, why and when.
import type { Db } from '../../../db/connection.js';
import { quotaOverrideSteps } from './override-queries.js';

type Data = Record<string, unknown> | null | undefined;

/**
 * The quota override reason a step recorded, if any. A decision records it apart (`quotaOverrideReason`); the
 * review and verification now do too. Older review/verification steps kept only `overrideReason` (shared with the
 * level override): it counts as a quota override when the group was left over quota by that step.
 */
export function quotaOverrideOf(action: string, data: unknown): string | null {
  const d = data as Data;
  if (!d || typeof d !== 'object') return null;
  if ('quotaOverrideReason' in d) return typeof d.quotaOverrideReason === 'string' ? d.quotaOverrideReason : null;
  if (action !== 'record_review' && action !== 'verify') return null;
  const quota = d.quota as { mustMove?: number } | undefined;
  return typeof d.overrideReason === 'string' && (quota?.mustMove ?? 0) > 0 ? d.overrideReason : null;
}

const levelOf = (d: Data) => ((d?.level ?? d?.proposedLevel) as string | undefined) ?? null;

export interface QuotaOverride {
  stepId: number;
  action: string;
  level: string | null;
  reason: string;
  actorName: string;
  at: Date;
}

/** The quota overrides among a subject's steps, oldest first. */
export function overridesOf(
  steps: { id: number; action: string; data: unknown; actor_name: string; at: string | Date }[],
): QuotaOverride[] {
  return steps.flatMap((s) => {
    const reason = quotaOverrideOf(s.action, s.data);
    return reason
      ? [{ stepId: s.id, action: s.action, level: levelOf(s.data as Data), reason, actorName: s.actor_name, at: new Date(s.at) }]
      : [];
  });
}

/** The quota overrides of the cycle's subjects under `path` (the caller's view), with the subject and its group. */
export async function quotaOverridesIn(db: Db, cycleId: number, path: string) {
  const rows = await quotaOverrideSteps(db, cycleId, path);
  return rows.flatMap((r) =>
    overridesOf([r]).map((o) => ({
      ...o,
      subjectId: Number(r.subject_id),
      name: r.display_name,
      group: r.quota_group,
    })),
  );
}

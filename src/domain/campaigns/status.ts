// The path of a household through a mass-mobilization campaign, and the chart drawn from its history.
export const CAMPAIGN_STEPS = ['not_contacted', 'visited', 'persuading', 'agreed', 'compensation_received', 'site_handed_over'] as const;
export const CAMPAIGN_STATUSES = [...CAMPAIGN_STEPS, 'blocked'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export type MoveCheck =
  | { ok: true; skipped: CampaignStatus[] }
  | {
      ok: false;
      code: 'same_status' | 'reason_required_for_skip' | 'reason_required_for_block' | 'reason_required_for_back';
      skipped?: CampaignStatus[];
    };

const stepIndex = (s: CampaignStatus) => CAMPAIGN_STEPS.indexOf(s as (typeof CAMPAIGN_STEPS)[number]);

/**
 * Rules of a move: the next step needs nothing; skipping steps, going back, or blocking needs a reason.
 * Leaving "blocked" for any step is allowed (the block was lifted) and needs no reason.
 */
export function checkMove(from: CampaignStatus, to: CampaignStatus, reason: string): MoveCheck {
  const hasReason = reason.trim().length > 0;
  if (from === to) return { ok: false, code: 'same_status' };
  if (to === 'blocked') return hasReason ? { ok: true, skipped: [] } : { ok: false, code: 'reason_required_for_block' };
  if (from === 'blocked') return { ok: true, skipped: [] };
  const [a, b] = [stepIndex(from), stepIndex(to)];
  if (b < a) return hasReason ? { ok: true, skipped: [] } : { ok: false, code: 'reason_required_for_back' };
  const skipped = CAMPAIGN_STEPS.slice(a + 1, b) as CampaignStatus[];
  if (skipped.length > 0 && !hasReason) return { ok: false, code: 'reason_required_for_skip', skipped };
  return { ok: true, skipped };
}

export interface StatusChange {
  householdId: number;
  to: CampaignStatus;
  on: string;
}

/** Per day from `from` to `to`, how many households stood at each status at the end of that day. */
export function statusSeries(
  changes: readonly StatusChange[],
  from: string,
  to: string,
): { day: string; counts: Record<CampaignStatus, number> }[] {
  const sorted = [...changes].sort((x, y) => (x.on < y.on ? -1 : x.on > y.on ? 1 : 0));
  const current = new Map<number, CampaignStatus>();
  const out: { day: string; counts: Record<CampaignStatus, number> }[] = [];
  let i = 0;
  for (let day = from; day <= to; day = nextDay(day)) {
    while (i < sorted.length && sorted[i]!.on <= day) {
      current.set(sorted[i]!.householdId, sorted[i]!.to);
      i++;
    }
    const counts = Object.fromEntries(CAMPAIGN_STATUSES.map((s) => [s, 0])) as Record<CampaignStatus, number>;
    for (const s of current.values()) counts[s]++;
    out.push({ day, counts });
    if (out.length > 3660) break;
  }
  return out;
}

export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

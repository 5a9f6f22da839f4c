// Who is not rated [V/P]: exempted or suspended members, members admitted < 6 months ago, units and collectives
// set up < 6 months ago. Ages are taken at the end of the period; an exemption counts when in force on that day.
import type { SubjectKind } from './types.js';

export type NotRatedReason = 'exempted' | 'suspended' | 'admitted_lt_6_months' | 'unit_lt_6_months';

export const NOT_RATED_TEXTS: Record<NotRatedReason, { vi: string; en: string }> = {
  exempted: { vi: 'Được miễn công tác và sinh hoạt đảng', en: 'Exempted from Party work and activities' },
  suspended: { vi: 'Đình chỉ sinh hoạt đảng', en: 'Suspended from Party activities' },
  admitted_lt_6_months: { vi: 'Kết nạp chưa đủ 6 tháng', en: 'Admitted less than 6 months ago' },
  unit_lt_6_months: { vi: 'Thành lập chưa đủ 6 tháng', en: 'Set up less than 6 months ago' },
};

const EXEMPT = new Set(['exempted', 'temporarily_exempted', 'exemption', 'exempt']);
const SUSPEND = new Set(['suspended', 'suspension', 'suspend']);

export interface NotRatedInput {
  kind: SubjectKind;
  status?: string;
  admittedOn?: string;
  foundedOn?: string;
  exemptions?: { kind: string; from: string; to: string | null }[];
}

export function notRatedReason(s: NotRatedInput, period: { from: string; to: string }): NotRatedReason | null {
  const end = period.to;
  if (s.status && SUSPEND.has(s.status)) return 'suspended';
  if (s.status && EXEMPT.has(s.status)) return 'exempted';
  for (const e of s.exemptions ?? []) {
    const inForce = e.from <= end && (e.to === null || e.to >= end);
    if (!inForce) continue;
    if (SUSPEND.has(e.kind)) return 'suspended';
    if (EXEMPT.has(e.kind)) return 'exempted';
  }
  if (s.kind === 'member' || s.kind === 'leader') {
    if (s.admittedOn && addMonths(s.admittedOn, 6) > end) return 'admitted_lt_6_months';
  } else if (s.foundedOn && addMonths(s.foundedOn, 6) > end) {
    return 'unit_lt_6_months';
  }
  return null;
}

/** ISO date + n months, clamped to the month's last day (2025-08-31 + 6 → 2026-02-28). */
export function addMonths(iso: string, n: number): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  const pad = (x: number, w = 2) => String(x).padStart(w, '0');
  return `${pad(ny, 4)}-${pad(nm)}-${pad(Math.min(d, last))}`;
}

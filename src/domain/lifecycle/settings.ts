// Every deadline and threshold of the member lifecycle is a setting; the default is the rule's value.
// Source of each: docs/rules/lifecycle.md. Overrides live in the lifecycle_setting table.
export const SETTING_DEFAULTS = {
  /** Working days to start a transfer after a recorded move (Quy định 294/2025). */
  transferStartWorkingDays: 60,
  /** Working days to present the introduction letter at the new place (Quy định 294/2025). */
  letterPresentWorkingDays: 30,
  /** Months of probation (Party Charter art. 5). */
  probationMonths: 12,
  /** Days before the end of probation when a member appears on the "due" list [U]. */
  probationDueWindowDays: 30,
  /** Years a certificate of the course on the Party stays valid [P]. */
  courseValidityYears: 5,
  /** Minimum and maximum age at admission, in whole months (Charter art. 1: from 18 to 60). */
  minAdmissionMonths: 216,
  maxAdmissionMonths: 720,
  /** Introducers must have worked with the applicant at least this many months (Charter art. 4). */
  introducerMonths: 12,
  /** Yearly recruitment target as a per-mille share of membership [U] (Resolution 21: 3–4%). */
  recruitmentTargetPermille: 30,
  /** Flat monthly Party fee in đồng [U]: proposed for members with no fee basis recorded. */
  monthlyFee: 20000,
  /** Party fee of members in compulsory social insurance: % of last month's insured salary (Quy định 01-QĐ/TW, 2026) [P]. */
  feeSalaryPercent: 1,
  /** Party fee while on sickness or maternity benefit paid by social insurance: % of the benefit (same) [P]. */
  feeBenefitPercent: 1,
  /** Party fee of members drawing a pension: % of the pension (same) [P]. */
  feePensionPercent: 0.5,
  /** Party fee of students, in đồng a month (same) [P]. */
  feeStudentAmount: 5000,
  /** Party fee of other members with no insured salary (farmers, self-employed…), in đồng a month [U]. */
  feeOtherAmount: 20000,
  /** Proposed fees are rounded to the nearest multiple of this many đồng (1 = not rounded) [U]. */
  feeRoundTo: 1,
  /** Months without reason (absence or unpaid fees) in a year that flag a member (Quy định 294/2025). */
  screeningMonths: 3,
  /** Months after being educated by the cell without progress that flag a member (Quy định 294/2025). */
  noProgressMonths: 12,
  /** Days to complain after a removal decision [U]. */
  complaintDays: 30,
  /** Shortest cell meeting in minutes (Chỉ thị 50-CT/TW, 2025; Hướng dẫn 42-HD/BTCTW, 2025) [P]. */
  meetingMinMinutes: 90,
  /** Shortest meeting when the thematic and the regular meeting are held together (same) [P]. */
  meetingMinMinutesCombined: 120,
  /** Hours before the meeting by which its papers reach the members (same: at least one day) [P]. */
  meetingPapersLeadHours: 24,
  /** Meetings a cell holds every month; a month with fewer is flagged (Party Charter art. 24: monthly) [P]. */
  meetingsPerMonth: 1,
  /** Flag a cell whose meetings of a finished quarter left out a content kind its type of cell must cover
   *  (Hướng dẫn 42-HD/BTCTW, 2025, not read: the kinds per type are this product's, see content-kinds.ts) [U]; 0 turns it off. */
  meetingContentCheck: 1,
} as const;

export type SettingKey = keyof typeof SETTING_DEFAULTS;
export type Settings = { [K in SettingKey]: number };

export function mergeSettings(rows: { key: string; value: string | number }[]): Settings {
  const out: Settings = { ...SETTING_DEFAULTS };
  for (const r of rows) if (r.key in out) out[r.key as SettingKey] = Number(r.value);
  return out;
}

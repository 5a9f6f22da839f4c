// Rules shared by both rule sets: leave (sick, maternity) and the facts of collectives.
import { LEVEL_NAMES } from './levels.js';
import { reason, numVi } from './reasons.js';
import { formatDate } from '../text/format.js';
import type { RuleSettings } from './settings.js';
import { isIndividual, type Reason, type SubjectFacts } from './types.js';

/**
 * Sick leave is entered in days, because it is rarely one unbroken stretch; the threshold stays in months, the
 * regulation's unit. A month of time that is not contiguous counts as thirty days (Bộ luật Dân sự 2015, Article 146(1)(c)),
 * so 3 months is 90 days.
 */
export const DAYS_PER_MONTH = 30;

/** The threshold in days for a threshold in months (fractions of a day round up: 2.5 months is 75 days). */
export function sickLeaveThresholdDays(months: number): number {
  return Math.ceil(months * DAYS_PER_MONTH - 1e-9);
}

/** [P] Sick leave ≥ N months caps an individual below good; [P] maternity leave: only time worked is rated (informational). */
export function leaveReasons(f: SubjectFacts, s: RuleSettings): Reason[] {
  if (!isIndividual(f.kind)) return [];
  const out: Reason[] = [];
  const sick = f.sickLeaveDays ?? 0;
  const threshold = sickLeaveThresholdDays(s.sickLeaveCap.months);
  if (s.sickLeaveCap.enabled && sick >= threshold) {
    const cap = s.sickLeaveCap.cap;
    out.push(
      reason('common.sick_leave', {
        cap,
        detail: {
          vi: `${numVi(sick)} ngày, ngưỡng ${numVi(s.sickLeaveCap.months)} tháng = ${threshold} ngày (1 tháng tính 30 ngày); tối đa ${LEVEL_NAMES[cap].vi.toLowerCase()}`,
          en: `${sick} days, threshold ${s.sickLeaveCap.months} months = ${threshold} days (a month counts as 30 days); at most ${cap}`,
        },
      }),
    );
  }
  const maternity = f.maternityLeaveMonths ?? 0;
  if (maternity > 0) {
    out.push(reason('common.maternity_leave', { detail: { vi: `${numVi(maternity)} tháng nghỉ`, en: `${maternity} months of leave` } }));
  }
  return out;
}

export interface CollectiveFacts {
  leadershipDisciplined: boolean;
  overTwentyPercent: boolean;
  disunity: boolean;
  anySubordinateDisciplined: boolean;
  detail: { vi: string; en: string } | undefined;
}

/** Absent collective facts mean none (they are filled from discipline records). Undefined for individuals. */
export function collectiveFacts(f: SubjectFacts): CollectiveFacts | undefined {
  if (isIndividual(f.kind)) return undefined;
  const units = f.subordinateUnits ?? 0;
  const disc = f.subordinateUnitsDisciplined ?? 0;
  return {
    leadershipDisciplined: f.leadershipDisciplined === true,
    // > 20%: compared in whole numbers (5 × disciplined > units) so that 1 of 5 is exactly 20%, not over.
    overTwentyPercent: units > 0 && disc * 5 > units,
    disunity: f.internalDisunity === true,
    anySubordinateDisciplined: disc > 0,
    detail:
      units > 0
        ? { vi: `${disc}/${units} đơn vị trực thuộc bị kỷ luật`, en: `${disc} of ${units} subordinate units disciplined` }
        : undefined,
  };
}

/** Discipline in the period, split by the self-detected-and-remedied flag. */
export function disciplineSplit(f: SubjectFacts): { hard: number; selfRemedied: number } {
  const list = f.discipline ?? [];
  const selfRemedied = list.filter((d) => d.selfDetectedRemedied).length;
  return { hard: list.length - selfRemedied, selfRemedied };
}

export function disciplineDetail(f: SubjectFacts): { vi: string; en: string } {
  const forms = (f.discipline ?? []).map((d) => `${d.form} ${formatDate(d.decidedOn)}`).join(', ');
  return { vi: forms, en: forms };
}

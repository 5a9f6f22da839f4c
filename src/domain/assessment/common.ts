// Rules shared by both rule sets: leave (sick, maternity) and the facts of collectives.
import { LEVEL_NAMES } from './levels.js';
import { reason, numVi } from './reasons.js';
import { formatDate } from '../text/format.js';
import type { RuleSettings } from './settings.js';
import { isIndividual, type Reason, type SubjectFacts } from './types.js';

/** [P] Sick leave ≥ N months caps an individual below good; [P] maternity leave: only time worked is rated (informational). */
export function leaveReasons(f: SubjectFacts, s: RuleSettings): Reason[] {
  if (!isIndividual(f.kind)) return [];
  const out: Reason[] = [];
  const sick = f.sickLeaveMonths ?? 0;
  if (s.sickLeaveCap.enabled && sick >= s.sickLeaveCap.months) {
    const cap = s.sickLeaveCap.cap;
    out.push(reason('common.sick_leave', {
      cap,
      detail: {
        vi: `${numVi(sick)} tháng, ngưỡng ${numVi(s.sickLeaveCap.months)} tháng; tối đa ${LEVEL_NAMES[cap].vi.toLowerCase()}`,
        en: `${sick} months, threshold ${s.sickLeaveCap.months} months; at most ${cap}`,
      },
    }));
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
    detail: units > 0 ? { vi: `${disc}/${units} đơn vị trực thuộc bị kỷ luật`, en: `${disc} of ${units} subordinate units disciplined` } : undefined,
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

// reg124-2023 [V]: criteria ratings + share of targets met (Quy định 124-QĐ/TW, Hướng dẫn 25-HD/BTCTW).
import { CRITERIA } from './criteria.js';
import { collectiveFacts, disciplineDetail, disciplineSplit, leaveReasons } from './common.js';
import { NOT_STATED, numVi, pct, reason } from './reasons.js';
import type { RuleSettings } from './settings.js';
import { isIndividual, type CriterionRating, type Reason, type SubjectFacts } from './types.js';

const names = (f: SubjectFacts, pred: (r: CriterionRating) => boolean) => {
  const list = CRITERIA[f.kind].filter((c) => pred(f.criteria?.[c.id] ?? 'weak'));
  return { ids: list.map((c) => c.id), vi: list.map((c) => c.vi).join('; '), en: list.map((c) => c.en).join('; ') };
};

export function reg124Reasons(f: SubjectFacts, s: RuleSettings): Reason[] {
  const out: Reason[] = [];
  const criteria = f.criteria ?? {};
  // not_completed
  const weak = names(f, (r) => r === 'weak');
  if (weak.ids.length) out.push(reason('reg124.criterion_weak', { cap: 'not_completed', detail: weak }));
  const t = f.tasks;
  if (t && t.total > 0) {
    if ((t.total - t.notDone) * 2 < t.total && t.keyMissed > 0) {
      const detail = {
        vi: `đạt ${numVi(pct(t.total - t.notDone, t.total))}%, ${t.keyMissed} chỉ tiêu trọng tâm không đạt`,
        en: `${pct(t.total - t.notDone, t.total)}% met, ${t.keyMissed} key targets missed`,
      };
      if (t.forceMajeure) out.push(reason('reg124.force_majeure', { detail }));
      else out.push(reason('reg124.targets_below_half', { cap: 'not_completed', detail }));
    }
  }
  const disc = disciplineSplit(f);
  if (disc.hard > 0) out.push(reason('reg124.discipline', { cap: 'not_completed', detail: disciplineDetail(f) }));
  else if (disc.selfRemedied > 0) out.push(reason('reg124.discipline_self_remedied', { cap: 'good', detail: disciplineDetail(f) }));
  if (f.degradation) out.push(reason('reg124.degradation', { cap: 'not_completed' }));
  const col = collectiveFacts(f);
  if (col?.leadershipDisciplined) out.push(reason('reg124.collective_leadership_disciplined', { cap: 'not_completed' }));
  if (col?.overTwentyPercent) out.push(reason('reg124.collective_subordinates_disciplined', { cap: 'not_completed', detail: col.detail }));
  if (col?.disunity) out.push(reason('reg124.collective_disunity', { cap: 'not_completed' }));
  out.push(...leaveReasons(f, s));
  // good: every criterion ≥ average (weak handled above) and task results ≥ good
  if (criteria.task_results === 'average') out.push(reason('reg124.good_task_results', { cap: 'completed' }));
  // excellent
  const average = names(f, (r) => r === 'average');
  if (average.ids.length) out.push(reason('reg124.excellent_criteria', { cap: 'good', detail: average }));
  if (criteria.task_results === 'good') out.push(reason('reg124.excellent_task_results', { cap: 'good' }));
  if (f.concreteProducts === false) out.push(reason('reg124.excellent_products', { cap: 'good' }));
  else if (f.concreteProducts === undefined)
    out.push(reason('reg124.excellent_products', { cap: 'good', proposalOnly: true, detail: NOT_STATED }));
  if (isIndividual(f.kind)) out.push(...targetReasons(f));
  if (col && !col.leadershipDisciplined && col.anySubordinateDisciplined) {
    out.push(reason('reg124.collective_excellent_clean', { cap: 'good', detail: col.detail }));
  }
  return out;
}

/** An individual's excellent: 100% of targets on time with ≥ 50% exceeded. Unknown figures lower only the proposal. */
function targetReasons(f: SubjectFacts): Reason[] {
  const t = f.tasks;
  if (!t || t.total === 0) return [reason('reg124.excellent_targets', { cap: 'good', proposalOnly: true, detail: NOT_STATED })];
  if (t.late + t.notDone > 0 || t.exceeded * 2 < t.total) {
    return [
      reason('reg124.excellent_targets', {
        cap: 'good',
        detail: {
          vi: `đúng hạn ${numVi(pct(t.onTime + t.exceeded, t.total))}%, vượt mức ${numVi(pct(t.exceeded, t.total))}%`,
          en: `${pct(t.onTime + t.exceeded, t.total)}% on time, ${pct(t.exceeded, t.total)}% exceeded`,
        },
      }),
    ];
  }
  return [];
}

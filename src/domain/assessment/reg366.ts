// reg366-2025 [V/P]: 30 general + 70 task points with conditions (Quy định 366-QĐ/TW, Hướng dẫn 43-HD/BTCTW).
import { collectiveFacts, disciplineDetail, disciplineSplit, leaveReasons } from './common.js';
import type { Level } from './levels.js';
import { NOT_STATED, numVi, pct, reason } from './reasons.js';
import type { RuleSettings } from './settings.js';
import type { Reason, SubjectFacts } from './types.js';

/** Total points, rounded to 0.01 so that 29.7 + 60.3 is 90, not 89.99999…. */
export function totalPoints(f: SubjectFacts): number {
  return Math.round(((f.points?.general ?? 0) + (f.points?.tasks ?? 0)) * 100) / 100;
}

export function pointsBand(total: number): Level {
  if (total >= 90) return 'excellent';
  if (total >= 70) return 'good';
  if (total >= 50) return 'completed';
  return 'not_completed';
}

export function reg366Reasons(f: SubjectFacts, s: RuleSettings): Reason[] {
  const out: Reason[] = [];
  const total = totalPoints(f);
  const band = pointsBand(total);
  out.push(
    reason('reg366.points_band', {
      ...(band === 'excellent' ? {} : { cap: band }),
      detail: { vi: `tổng ${numVi(total)} điểm`, en: `${total} points in all` },
    }),
  );
  const disc = disciplineSplit(f);
  const col = collectiveFacts(f);
  // special cases [U]: not_completed when the setting is on
  if (disc.hard > 0 && s.specialCases366.discipline)
    out.push(reason('reg366.special_discipline', { cap: 'not_completed', detail: disciplineDetail(f) }));
  if (f.degradation && s.specialCases366.degradation) out.push(reason('reg366.special_degradation', { cap: 'not_completed' }));
  if (col && s.specialCases366.collective_failure && (col.leadershipDisciplined || col.overTwentyPercent || col.disunity)) {
    const what = [
      col.leadershipDisciplined ? ['lãnh đạo bị kỷ luật', 'leadership disciplined'] : null,
      col.overTwentyPercent && col.detail ? [col.detail.vi, col.detail.en] : null,
      col.disunity ? ['mất đoàn kết', 'disunity'] : null,
    ].filter((x): x is string[] => x !== null);
    out.push(
      reason('reg366.special_collective', {
        cap: 'not_completed',
        detail: { vi: what.map((w) => w[0]).join('; '), en: what.map((w) => w[1]).join('; ') },
      }),
    );
  }
  out.push(...leaveReasons(f, s));
  out.push(...taskReasons(f));
  // excellent: no discipline at all, earlier shortcomings remedied, a clean collective
  if (disc.hard + disc.selfRemedied > 0) out.push(reason('reg366.excellent_no_discipline', { cap: 'good', detail: disciplineDetail(f) }));
  if (f.earlierShortcomingsRemedied === false) out.push(reason('reg366.excellent_shortcomings', { cap: 'good' }));
  if (col && (col.leadershipDisciplined || col.anySubordinateDisciplined))
    out.push(reason('reg366.collective_excellent_clean', { cap: 'good', detail: col.detail }));
  return out;
}

/** completed: 100% done, ≤ 20% late; good: 100% on time; excellent: also ≥ 30% exceeded. */
function taskReasons(f: SubjectFacts): Reason[] {
  const t = f.tasks;
  if (!t) return [];
  if (t.total === 0) return [reason('reg366.no_tasks', { cap: 'good', proposalOnly: true, detail: NOT_STATED })];
  const out: Reason[] = [];
  const figures = {
    vi: `${t.total} nhiệm vụ: ${t.onTime} đúng hạn, ${t.exceeded} vượt mức, ${t.late} trễ hạn, ${t.notDone} không hoàn thành`,
    en: `${t.total} tasks: ${t.onTime} on time, ${t.exceeded} exceeded, ${t.late} late, ${t.notDone} not done`,
  };
  if (t.notDone > 0) out.push(reason('reg366.completed_done', { cap: 'not_completed', detail: figures }));
  if (t.notDone > 0 && t.forceMajeure) out.push(reason('reg366.force_majeure'));
  if (t.late * 5 > t.total)
    out.push(
      reason('reg366.completed_late', {
        cap: 'not_completed',
        detail: { vi: `trễ hạn ${numVi(pct(t.late, t.total))}%`, en: `${pct(t.late, t.total)}% late` },
      }),
    );
  if (t.late + t.notDone > 0) out.push(reason('reg366.good_on_time', { cap: 'completed', detail: figures }));
  // ≥ 30% exceeded, in whole numbers: 10 × exceeded ≥ 3 × total
  if (t.exceeded * 10 < t.total * 3)
    out.push(
      reason('reg366.excellent_exceeded', {
        cap: 'good',
        detail: { vi: `vượt mức ${numVi(pct(t.exceeded, t.total))}%`, en: `${pct(t.exceeded, t.total)}% exceeded` },
      }),
    );
  return out;
}

// Every rule the engine applies, with its sentence in vi and en and its source (docs/rules/assessment.md).
import type { Level } from './levels.js';
import type { Reason, RuleSetId } from './types.js';
import { SRC_124_ART12, SRC_366, SRC_366_ART11 } from './sources.js';
import { formatNumber } from '../text/format.js';

interface RuleDef {
  vi: string;
  en: string;
  source: string;
  setting?: boolean;
  sets: readonly RuleSetId[];
}
const BOTH: readonly RuleSetId[] = ['reg124-2023', 'reg366-2025'];
const R124: readonly RuleSetId[] = ['reg124-2023'];
const R366: readonly RuleSetId[] = ['reg366-2025'];
const GUIDES = 'Hướng dẫn 25-HD/BTCTW; Hướng dẫn 43-HD/BTCTW';

export const RULES = {
  'reg124.criterion_weak': {
    sets: R124,
    source: `${SRC_124_ART12} — mức Không hoàn thành nhiệm vụ`,
    vi: 'Có tiêu chí bị đánh giá yếu: không hoàn thành nhiệm vụ',
    en: 'A criterion is rated weak: not completed',
  },
  'reg124.targets_below_half': {
    sets: R124,
    source: `${SRC_124_ART12} — mức Không hoàn thành nhiệm vụ`,
    vi: 'Hoàn thành dưới 50% chỉ tiêu, có chỉ tiêu trọng tâm không đạt: không hoàn thành nhiệm vụ',
    en: 'Under 50% of targets met with key targets missed: not completed',
  },
  'reg124.force_majeure': {
    sets: R124,
    source: `${SRC_124_ART12} — mức Không hoàn thành nhiệm vụ`,
    vi: 'Không đạt chỉ tiêu do nguyên nhân bất khả kháng: không áp dụng quy tắc dưới 50% chỉ tiêu',
    en: 'Targets missed for reasons of force majeure: the under-50% rule does not apply',
  },
  'reg124.good_task_results': {
    sets: R124,
    source: `${SRC_124_ART12} — mức Hoàn thành tốt nhiệm vụ`,
    vi: 'Mức tốt cần kết quả thực hiện nhiệm vụ từ tốt trở lên',
    en: 'Good needs task results rated good or better',
  },
  'reg124.excellent_criteria': {
    sets: R124,
    source: `${SRC_124_ART12} — mức Hoàn thành xuất sắc nhiệm vụ`,
    vi: 'Mức xuất sắc cần mọi tiêu chí từ tốt trở lên',
    en: 'Excellent needs every criterion rated good or better',
  },
  'reg124.excellent_task_results': {
    sets: R124,
    source: `${SRC_124_ART12} — mức Hoàn thành xuất sắc nhiệm vụ`,
    vi: 'Mức xuất sắc cần kết quả thực hiện nhiệm vụ xuất sắc',
    en: 'Excellent needs task results rated excellent',
  },
  'reg124.excellent_products': {
    sets: R124,
    source: `${SRC_124_ART12} — mức Hoàn thành xuất sắc nhiệm vụ`,
    vi: 'Mức xuất sắc cần có sản phẩm cụ thể',
    en: 'Excellent needs concrete products',
  },
  'reg124.excellent_targets': {
    sets: R124,
    source: `${SRC_124_ART12} — mức Hoàn thành xuất sắc nhiệm vụ (cá nhân)`,
    vi: 'Mức xuất sắc cần 100% chỉ tiêu đúng hạn, trong đó ít nhất 50% vượt mức',
    en: 'Excellent needs 100% of targets on time with at least 50% exceeded',
  },
  'reg124.discipline': {
    sets: R124,
    source: `${SRC_124_ART12} — mức Không hoàn thành nhiệm vụ`,
    vi: 'Bị kỷ luật trong kỳ (kể cả khiển trách): không hoàn thành nhiệm vụ',
    en: 'Disciplined in the period (even a reprimand): not completed',
  },
  'reg124.discipline_self_remedied': {
    sets: R124,
    source: `${SRC_124_ART12} — mức Hoàn thành tốt nhiệm vụ`,
    vi: 'Bị kỷ luật nhưng tự phát hiện và khắc phục xong: tối đa hoàn thành tốt nhiệm vụ',
    en: 'Disciplined but self-detected and fully remedied: at most good',
  },
  'reg124.degradation': {
    sets: R124,
    source: `${SRC_124_ART12} — mức Không hoàn thành nhiệm vụ`,
    vi: 'Suy thoái về tư tưởng chính trị, đạo đức, lối sống hoặc vi phạm những điều đảng viên không được làm: không hoàn thành nhiệm vụ',
    en: 'Degradation in ideology, ethics or lifestyle, or a breach of what members must not do: not completed',
  },
  'reg124.collective_excellent_clean': {
    sets: R124,
    source: `${SRC_124_ART12} — mức Hoàn thành xuất sắc nhiệm vụ (tập thể)`,
    vi: 'Tập thể xuất sắc cần không có đơn vị trực thuộc hay thành viên lãnh đạo bị kỷ luật',
    en: 'An excellent collective needs no subordinate unit or leadership member disciplined',
  },
  'reg124.collective_leadership_disciplined': {
    sets: R124,
    source: `${SRC_124_ART12} — mức Không hoàn thành nhiệm vụ (tập thể)`,
    vi: 'Tập thể lãnh đạo bị kỷ luật: không hoàn thành nhiệm vụ',
    en: 'The leadership was disciplined: not completed',
  },
  'reg124.collective_subordinates_disciplined': {
    sets: R124,
    source: `${SRC_124_ART12} — mức Không hoàn thành nhiệm vụ (tập thể)`,
    vi: 'Trên 20% đơn vị trực thuộc bị kỷ luật: không hoàn thành nhiệm vụ',
    en: 'More than 20% of subordinate units disciplined: not completed',
  },
  'reg124.collective_disunity': {
    sets: R124,
    source: `${SRC_124_ART12} — mức Không hoàn thành nhiệm vụ (tập thể)`,
    vi: 'Nội bộ mất đoàn kết: không hoàn thành nhiệm vụ',
    en: 'Internal disunity: not completed',
  },
  'reg366.points_band': {
    sets: R366,
    source: `${SRC_366_ART11} — thang điểm xếp loại`,
    vi: 'Mức theo tổng điểm: từ 90 xuất sắc, 70–dưới 90 tốt, 50–dưới 70 hoàn thành, dưới 50 không hoàn thành',
    en: 'Level by total points: 90+ excellent, 70 to under 90 good, 50 to under 70 completed, under 50 not completed',
  },
  'reg366.no_tasks': {
    sets: R366,
    source: `${SRC_366} — mức Hoàn thành xuất sắc nhiệm vụ`,
    vi: 'Không có nhiệm vụ được giao: chưa đủ căn cứ đề xuất mức xuất sắc',
    en: 'No tasks assigned: no evidence to propose excellent',
  },
  'reg366.excellent_exceeded': {
    sets: R366,
    source: `${SRC_366_ART11} — mức Hoàn thành xuất sắc nhiệm vụ`,
    vi: 'Mức xuất sắc cần ít nhất 30% nhiệm vụ vượt mức',
    en: 'Excellent needs at least 30% of tasks exceeded',
  },
  'reg366.excellent_no_discipline': {
    sets: R366,
    source: `${SRC_366} — mức Hoàn thành xuất sắc nhiệm vụ`,
    vi: 'Mức xuất sắc cần không bị kỷ luật trong kỳ',
    en: 'Excellent needs no discipline in the period',
  },
  'reg366.excellent_shortcomings': {
    sets: R366,
    source: `${SRC_366} — mức Hoàn thành xuất sắc nhiệm vụ`,
    vi: 'Mức xuất sắc cần khắc phục xong hạn chế, khuyết điểm đã chỉ ra',
    en: 'Excellent needs earlier shortcomings remedied',
  },
  'reg366.collective_excellent_clean': {
    sets: R366,
    source: `${SRC_366_ART11} — mức Hoàn thành xuất sắc nhiệm vụ (tập thể)`,
    vi: 'Tập thể xuất sắc cần không có đơn vị trực thuộc hay thành viên lãnh đạo bị kỷ luật',
    en: 'An excellent collective needs no subordinate unit or leadership member disciplined',
  },
  'reg366.good_on_time': {
    sets: R366,
    source: `${SRC_366_ART11} — mức Hoàn thành tốt nhiệm vụ`,
    vi: 'Mức tốt cần 100% nhiệm vụ hoàn thành đúng hạn',
    en: 'Good needs 100% of tasks on time',
  },
  'reg366.completed_done': {
    sets: R366,
    source: `${SRC_366_ART11} — mức Hoàn thành nhiệm vụ`,
    vi: 'Mức hoàn thành cần 100% nhiệm vụ được hoàn thành',
    en: 'Completed needs 100% of tasks done',
  },
  'reg366.completed_late': {
    sets: R366,
    source: `${SRC_366_ART11} — mức Hoàn thành nhiệm vụ`,
    vi: 'Mức hoàn thành cần không quá 20% nhiệm vụ trễ hạn',
    en: 'Completed needs at most 20% of tasks late',
  },
  'reg366.force_majeure': {
    sets: R366,
    source: `${SRC_366} [U]`,
    vi: 'Có nhiệm vụ không hoàn thành do bất khả kháng: nên loại nhiệm vụ đó khỏi số liệu trước khi đánh giá',
    en: 'Tasks missed for reasons of force majeure: take them out of the figures before rating',
  },
  'reg366.special_discipline': {
    sets: R366,
    setting: true,
    source: `${SRC_366} — trường hợp đặc biệt, thiết lập [U]`,
    vi: 'Trường hợp đặc biệt: bị kỷ luật trong kỳ (không tự phát hiện, khắc phục): không hoàn thành nhiệm vụ',
    en: 'Special case: disciplined in the period (not self-detected and remedied): not completed',
  },
  'reg366.special_degradation': {
    sets: R366,
    setting: true,
    source: `${SRC_366} — trường hợp đặc biệt, thiết lập [U]`,
    vi: 'Trường hợp đặc biệt: suy thoái hoặc vi phạm những điều đảng viên không được làm: không hoàn thành nhiệm vụ',
    en: 'Special case: degradation or a breach of what members must not do: not completed',
  },
  'reg366.special_collective': {
    sets: R366,
    setting: true,
    source: `${SRC_366} — trường hợp đặc biệt, thiết lập [U]`,
    vi: 'Trường hợp đặc biệt của tập thể: lãnh đạo bị kỷ luật, trên 20% đơn vị trực thuộc bị kỷ luật hoặc mất đoàn kết: không hoàn thành nhiệm vụ',
    en: 'Special case of a collective: leadership disciplined, over 20% of subordinate units disciplined, or disunity: not completed',
  },
  'common.sick_leave': {
    sets: BOTH,
    setting: true,
    source: `${GUIDES} — nghỉ ốm [P]; 1 tháng = 30 ngày: Bộ luật Dân sự 2015, Điều 146 khoản 1 điểm c`,
    vi: 'Nghỉ ốm từ 3 tháng trở lên trong kỳ: không xếp loại từ hoàn thành tốt nhiệm vụ trở lên',
    en: 'Sick leave of 3 months or more in the period: rated below good',
  },
  'common.maternity_leave': {
    sets: BOTH,
    source: `${GUIDES} — nghỉ thai sản [P]`,
    vi: 'Nghỉ thai sản: chỉ đánh giá theo thời gian thực tế làm việc',
    en: 'Maternity leave: only the time worked is rated',
  },
  'common.not_rated': {
    sets: BOTH,
    source: `${GUIDES} — đối tượng không xếp loại [V/P]`,
    vi: 'Không xếp loại chất lượng trong kỳ',
    en: 'Not rated in this period',
  },
  'order.head_above_collective': {
    sets: BOTH,
    setting: true,
    source: `${GUIDES} — thứ tự đánh giá; cảnh báo [U]`,
    vi: 'Người đứng đầu được xếp loại cao hơn tập thể mình lãnh đạo (cảnh báo)',
    en: 'The head is rated above the collective he or she leads (warning)',
  },
} satisfies Record<string, RuleDef>;

export type RuleId = keyof typeof RULES;

/** A reason for `ruleId`; `detail` adds the figures of this subject to the rule sentence. */
export function reason(
  ruleId: RuleId,
  opts: { cap?: Level; proposalOnly?: boolean; warning?: boolean; detail?: { vi: string; en: string } } = {},
): Reason {
  const def: RuleDef = RULES[ruleId];
  const r: Reason = {
    ruleId,
    vi: opts.detail ? `${def.vi} (${opts.detail.vi})` : def.vi,
    en: opts.detail ? `${def.en} (${opts.detail.en})` : def.en,
    source: def.source,
  };
  if (opts.cap) r.cap = opts.cap;
  if (opts.proposalOnly) r.proposalOnly = true;
  if (def.setting) r.setting = true;
  if (opts.warning) r.warning = true;
  return r;
}

export function ruleCatalog(ruleSet: RuleSetId): { ruleId: string; vi: string; en: string; source: string; setting: boolean }[] {
  return Object.entries(RULES as Record<string, RuleDef>)
    .filter(([, d]) => d.sets.includes(ruleSet))
    .map(([ruleId, d]) => ({ ruleId, vi: d.vi, en: d.en, source: d.source, setting: d.setting === true }));
}

/** Detail of a reason whose evidence is missing (proposalOnly). */
export const NOT_STATED = { vi: 'chưa có số liệu, chỉ hạ mức đề xuất', en: 'not stated: only the proposal is lowered' };

/** Numbers in Vietnamese texts: decimal comma, dot for thousands (domain/text/format.ts). */
export function numVi(n: number): string {
  return formatNumber(n, 'vi');
}

export function pct(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10;
}

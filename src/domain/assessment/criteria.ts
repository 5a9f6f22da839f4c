// reg124-2023: the criteria each kind of subject is rated on (excellent/good/average/weak). The grouping into
// these ids is the product's reading of Quy định 124-QĐ/TW and Hướng dẫn 25-HD/BTCTW [U: article numbers].
import type { SubjectKind } from './types.js';

export interface Criterion {
  id: string;
  vi: string;
  en: string;
}

const c = (id: string, vi: string, en: string): Criterion => ({ id, vi, en });

const PERSONAL: Criterion[] = [
  c('politics_ideology', 'Tư tưởng chính trị', 'Political ideology'),
  c('ethics_lifestyle', 'Phẩm chất đạo đức, lối sống', 'Ethics and lifestyle'),
  c('discipline_awareness', 'Ý thức tổ chức kỷ luật', 'Sense of organization and discipline'),
  c('work_style', 'Tác phong, lề lối làm việc', 'Working style and manner'),
];
const TASK_RESULTS = c('task_results', 'Kết quả thực hiện chức trách, nhiệm vụ được giao', 'Results of assigned duties and tasks');

const ORGANIZATION: Criterion[] = [
  c('political_tasks', 'Lãnh đạo thực hiện nhiệm vụ chính trị', 'Leading the political tasks'),
  c('ideology_work', 'Công tác chính trị, tư tưởng', 'Political and ideological work'),
  c('organization_building', 'Xây dựng tổ chức đảng, cán bộ, đảng viên', 'Building the Party organization, cadres and members'),
  c('inspection_discipline', 'Công tác kiểm tra, giám sát, kỷ luật đảng', 'Inspection, supervision and Party discipline'),
  c('mass_mobilization', 'Công tác dân vận, lãnh đạo Mặt trận và đoàn thể', 'Mass mobilization, the Front and mass organizations'),
  TASK_RESULTS,
];

export const CRITERIA: Record<SubjectKind, Criterion[]> = {
  member: [...PERSONAL, TASK_RESULTS],
  leader: [
    ...PERSONAL,
    TASK_RESULTS,
    c('leadership_capacity', 'Năng lực lãnh đạo, quản lý; uy tín', 'Leadership and management capacity; prestige'),
    c('unit_results', 'Kết quả của địa phương, cơ quan, đơn vị được giao lãnh đạo, quản lý', 'Results of the unit he or she leads'),
  ],
  party_cell: ORGANIZATION,
  grassroots_org: ORGANIZATION,
  party_committee: ORGANIZATION,
  leadership_collective: [
    c('political_tasks', 'Lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị', 'Leading and directing the political tasks'),
    c('unity_democracy', 'Đoàn kết nội bộ, thực hiện nguyên tắc tập trung dân chủ', 'Internal unity and democratic centralism'),
    c('rules_discipline', 'Thực hiện quy chế làm việc, kỷ luật, kỷ cương', 'Working rules, discipline and order'),
    c(
      'ethics_prevention',
      'Phòng, chống suy thoái, tham nhũng, lãng phí, tiêu cực',
      'Preventing degradation, corruption, waste and negativity',
    ),
    TASK_RESULTS,
  ],
};

// The regulations the rules come from. Article numbers are not cited where they were not checked against the
// published text: the source then names the regulation and its guidance, and docs/rules/assessment.md marks it [U].
import type { RuleSetId } from './types.js';

export const SRC_124 = 'Quy định 124-QĐ/TW (04/10/2023); Hướng dẫn 25-HD/BTCTW';
export const SRC_366 = 'Quy định 366-QĐ/TW (30/8/2025); Hướng dẫn 43-HD/BTCTW (31/10/2025)';
/** The levels of reg366 with their points and task conditions: Article 11 (read in a press report quoting it). */
export const SRC_366_ART11 = 'Quy định 366-QĐ/TW (30/8/2025), Điều 11; Hướng dẫn 43-HD/BTCTW (31/10/2025)';
/** The four levels of reg124: Article 12 (the article number from a secondary source; its text was not read here). */
export const SRC_124_ART12 = 'Quy định 124-QĐ/TW (04/10/2023), Điều 12; Hướng dẫn 25-HD/BTCTW';

export const RULE_SETS: { id: RuleSetId; titleVi: string; titleEn: string; source: string }[] = [
  {
    id: 'reg124-2023',
    titleVi: 'Quy định 124-QĐ/TW (2023): xếp loại theo tiêu chí và tỷ lệ chỉ tiêu',
    titleEn: 'Regulation 124-QĐ/TW (2023): rating by criteria and share of targets met',
    source: SRC_124,
  },
  {
    id: 'reg366-2025',
    titleVi: 'Quy định 366-QĐ/TW (2025): thang 100 điểm (30 tiêu chí chung + 70 kết quả nhiệm vụ) và điều kiện',
    titleEn: 'Regulation 366-QĐ/TW (2025): 100 points (30 general criteria + 70 task results) with conditions',
    source: SRC_366,
  },
];

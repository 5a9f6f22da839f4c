// Which paper of Hướng dẫn 43-HD/BTCTW (31/10/2025) a subject's assessment is printed on, under Quy định
// 366-QĐ/TW: Form 01 for a collective; Forms 2A, 2B, 2C for a member, by the member's category (a leader or
// manager; working in the political system; working outside it). Cycles under an earlier rule set keep the
// general form. A member whose category is not recorded gets no form code: the paper says to record it.
import { CATEGORY_FORM, type MemberCategory } from '../members/category.js';

export type Hd43Form = '01' | '2A' | '2B' | '2C';

export function hd43Form(v: { ruleSet: string; subjectKind: string; category: MemberCategory | null }): Hd43Form | null {
  if (v.ruleSet !== 'reg366-2025') return null;
  if (v.subjectKind !== 'member') return '01';
  return v.category ? CATEGORY_FORM[v.category] : null;
}

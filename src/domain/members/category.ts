// The member's category, which decides the self-assessment form of Hướng dẫn 43-HD/BTCTW (31/10/2025):
// Form 2A for a leader or manager, 2B for a member working in the political system, 2C for one working outside it.
import { searchName } from '../names/index.js';

export const MEMBER_CATEGORIES = ['leader_manager', 'in_political_system', 'outside_political_system'] as const;
export type MemberCategory = (typeof MEMBER_CATEGORIES)[number];

export const CATEGORY_FORM: Record<MemberCategory, '2A' | '2B' | '2C'> = {
  leader_manager: '2A',
  in_political_system: '2B',
  outside_political_system: '2C',
};

/** Words a file may use for each category (compared without case or diacritics), after the form code. */
const WORDS: Record<MemberCategory, string[]> = {
  leader_manager: ['lanh dao quan ly', 'lanh dao', 'can bo lanh dao quan ly', 'leader manager', 'leader'],
  in_political_system: ['trong he thong chinh tri', 'cong tac trong he thong chinh tri', 'in the political system', 'in political system'],
  outside_political_system: [
    'ngoai he thong chinh tri',
    'cong tac ngoai he thong chinh tri',
    'outside the political system',
    'outside political system',
  ],
};

/**
 * The category named by a cell: the form code ("2A", "Mẫu 2A", "2A-HD/BTCTW"), the Vietnamese or English words, or the
 * code itself. Empty text is null (not set); text that names none is undefined (unknown).
 */
export function categoryFromText(text: string): MemberCategory | null | undefined {
  const t = searchName(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (t === '') return null;
  const form = /(?:^|\s)(?:mau\s*)?2\s*([abc])(?:\s|$)/.exec(t) ?? /^2([abc])\b/.exec(t.replace(/\s+/g, ''));
  if (form) return MEMBER_CATEGORIES[['a', 'b', 'c'].indexOf(form[1]!)]!;
  const code = text.trim() as MemberCategory;
  if ((MEMBER_CATEGORIES as readonly string[]).includes(code)) return code;
  for (const c of MEMBER_CATEGORIES) if (WORDS[c].includes(t)) return c;
  return undefined;
}

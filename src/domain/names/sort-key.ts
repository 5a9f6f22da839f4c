import { splitName } from './normalize.js';

/*
 * Vietnamese sort key.
 *
 * Goal: `sortKey(a) < sortKey(b)` (plain JS string comparison, identical to
 * PostgreSQL `COLLATE "C"` byte order because the key is pure ASCII) iff name
 * `a` sorts before `b` the Vietnamese way.
 *
 * Layout:
 *   <given> "#" <family> "#" <middle words joined by "+"> "!" <tone digits>
 *
 * Primary level - each letter becomes TWO chars: its Latin base letter plus a
 * variant digit, so the Vietnamese alphabet maps onto increasing ASCII pairs:
 *   a→a0 ă→a1 â→a2 b→b0 c→c0 d→d0 đ→d1 e→e0 ê→e1 ... o→o0 ô→o1 ơ→o2
 *   ... u→u0 ư→u1 ... (f j w z keep their Latin position: f0 j0 w0 z0).
 * Comparing pairs compares the base letter first, then the variant, which is
 * exactly a < ă < â < b ... d < đ ... Case is folded. Other letters/digits
 * (foreign scripts) become "~" + 6 hex digits of the code point ("~" > "z");
 * punctuation (hyphens, apostrophes) is ignored.
 *
 * The separators "!" (0x21) < "#" (0x23) < "+" (0x2B) are all below every
 * letter code, so a word that is a prefix of another sorts first ("An" <
 * "Anh"), and a name with fewer middle words sorts first ("Thị" < "Thị Anh",
 * because "!" < "+"). The code is prefix-free (pairs, fixed-width "~" tokens,
 * single-char separators), so two keys always diverge at a token boundary or
 * inside a letter pair, never mid-way through mismatched tokens.
 *
 * Secondary level - after "!", one digit per encoded letter, in key order
 * (given, family, middle): 0 none, 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng.
 * Since every key has "!" right after the primary part, the digits are only
 * reached when the whole primary part is equal, i.e. tones only break ties
 * between names with identical base letters; equal primaries have equal
 * letter counts, so the digit strings are aligned.
 *
 * Input is decomposed with NFD first, so NFC and NFD input give the same key.
 */

const TONE_SEP = '!';
const PART_SEP = '#';
const WORD_SEP = '+';

/** Tone marks (NFD combining characters) → secondary weight. */
const TONE: Readonly<Record<string, number>> = {
  '\u0300': 1, // huyền (grave)
  '\u0309': 2, // hỏi (hook above)
  '\u0303': 3, // ngã (tilde)
  '\u0301': 4, // sắc (acute)
  '\u0323': 5, // nặng (dot below)
};

/** Base letter + letter-forming mark (breve, circumflex, horn) → variant digit. */
const VARIANT: Readonly<Record<string, string>> = {
  'a\u0306': '1', // ă
  'a\u0302': '2', // â
  'e\u0302': '1', // ê
  'o\u0302': '1', // ô
  'o\u031b': '2', // ơ
  'u\u031b': '1', // ư
};

const MARK = /^\p{M}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

interface Encoded {
  primary: string;
  tones: string;
}

function encodeWord(word: string): Encoded {
  const chars = [...word.normalize('NFD').toLowerCase()];
  let primary = '';
  let tones = '';
  let i = 0;
  while (i < chars.length) {
    const base = chars[i++] ?? '';
    let variant = '0';
    let tone = 0;
    // Attach the following combining marks (any order) to this base char.
    while (i < chars.length && MARK.test(chars[i] ?? '')) {
      const mark = chars[i++] ?? '';
      variant = VARIANT[base + mark] ?? variant;
      if (tone === 0) tone = TONE[mark] ?? 0;
    }
    if (base >= 'a' && base <= 'z') {
      primary += base + variant;
    } else if (base === 'đ') {
      primary += 'd1';
    } else if (LETTER_OR_DIGIT.test(base)) {
      primary += '~' + (base.codePointAt(0) ?? 0).toString(16).padStart(6, '0');
    } else {
      continue; // punctuation or stray marks: ignored, no tone digit
    }
    tones += String(tone);
  }
  return { primary, tones };
}

function encodePart(part: string): Encoded {
  const words = part === '' ? [] : part.split(' ').map(encodeWord);
  return {
    primary: words.map((w) => w.primary).join(WORD_SEP),
    tones: words.map((w) => w.tones).join(''),
  };
}

/**
 * ASCII key ordering names by given name, then family name, then middle
 * names, in Vietnamese alphabet order, case-insensitively, with tone marks
 * as a secondary difference. See the comment at the top of this file.
 */
export function sortKey(fullName: string): string {
  const { family, middle, given } = splitName(fullName);
  const g = encodePart(given);
  const f = encodePart(family);
  const m = encodePart(middle);
  return g.primary + PART_SEP + f.primary + PART_SEP + m.primary + TONE_SEP + g.tones + f.tones + m.tones;
}

/**
 * Pure helpers for Vietnamese personal names (no I/O).
 *
 * Vietnamese names are written "Family Middle... Given", e.g. "Nguyễn Văn An":
 * family "Nguyễn", middle "Văn", given "An".
 */

const WHITESPACE = /\s+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Trim and collapse every run of whitespace (incl. NBSP, tabs) to one space. */
function collapseSpaces(input: string): string {
  return input.replace(WHITESPACE, ' ').trim();
}

/**
 * Canonical stored form of a full name: NFC (Vietnamese files are often NFD),
 * trimmed, internal whitespace collapsed to a single space. Case is kept.
 */
export function normalizeFullName(input: string): string {
  return collapseSpaces(input.normalize('NFC'));
}

/**
 * Accent- and case-insensitive search form:
 * `searchName('Nguyễn Văn Ngoan') === 'nguyen van ngoan'`.
 * đ/Đ is a separate letter (not a combining mark), so it is mapped explicitly.
 */
export function searchName(input: string): string {
  return collapseSpaces(input.normalize('NFD').replace(COMBINING_MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase());
}

/** The parts of a Vietnamese full name. Missing parts are ''. */
export interface NameParts {
  family: string;
  middle: string;
  given: string;
}

/**
 * Split a full name into family (first word), given (last word) and middle
 * (everything in between, space-separated; '' when absent). A one-word name
 * is treated as the given name. Parts are returned NFC-normalized.
 */
export function splitName(fullName: string): NameParts {
  const normalized = normalizeFullName(fullName);
  if (normalized === '') return { family: '', middle: '', given: '' };
  const words = normalized.split(' ');
  if (words.length === 1) return { family: '', middle: '', given: words[0] ?? '' };
  return {
    family: words[0] ?? '',
    middle: words.slice(1, -1).join(' '),
    given: words[words.length - 1] ?? '',
  };
}

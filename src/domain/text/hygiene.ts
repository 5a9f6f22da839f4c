// What a piece of text typed by a user may contain, and its one stored form. Pure: no I/O.
// - Control characters never belong in a record: NUL breaks PostgreSQL text, the others are invisible
//   and make two equal-looking values differ. Long free text keeps tab, line feed and carriage return.
// - Person and unit names also refuse invisible characters: zero-width ones and the text-direction
//   overrides that make a name display differently from what it is (U+202E turns "Nam" into "maN").
// - Everything else is stored in NFC (what Vietnamese keyboards mostly produce, and what the search index
//   expects), without surrounding blanks, so "  " is empty and an NFD "Nguyễn" equals an NFC one.
// - Secrets (passwords) are only checked for control characters, never rewritten: their bytes are their value.

/** line: a one-line field (name, code, title, query parameter); multiline: free text; name: a person's or unit's name. */
export type TextKind = 'line' | 'multiline' | 'name' | 'secret';
export type TextProblem = 'control_chars' | 'invisible_chars';

const CONTROL_ALL = /[\u0000-\u001F\u007F-\u009F]/;
const CONTROL_EXCEPT_LINES = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const INVISIBLE = /[\u200B-\u200F\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/;
const ASCII = /^[\u0020-\u007E]*$/;

export type CleanResult = { ok: true; value: string } | { ok: false; problem: TextProblem };

export function cleanText(raw: string, kind: TextKind): CleanResult {
  // Plain printable ASCII (most codes, dates, numbers) has nothing to normalize: only blanks to trim.
  if (ASCII.test(raw)) return { ok: true, value: kind === 'secret' ? raw : raw.trim() };
  if ((kind === 'multiline' ? CONTROL_EXCEPT_LINES : CONTROL_ALL).test(raw)) return { ok: false, problem: 'control_chars' };
  if (kind === 'secret') return { ok: true, value: raw };
  if (kind === 'name' && INVISIBLE.test(raw)) return { ok: false, problem: 'invisible_chars' };
  return { ok: true, value: raw.normalize('NFC').trim() };
}

const NAME_KEYS = new Set(['fullName', 'name', 'displayName']);

/**
 * The kind of a field from its name and its schema: names by name (fullName, name, displayName, …Name);
 * passwords by name; a field capped at 300 characters or constrained by a pattern, format or list is one line;
 * anything longer or unbounded is free text.
 */
export function textKindOf(key: string, schema: { maxLength?: number; pattern?: string; format?: string; enum?: unknown }): TextKind {
  if (/password/i.test(key)) return 'secret';
  if (NAME_KEYS.has(key) || /[a-z]Name$/.test(key)) return 'name';
  if (schema.pattern !== undefined || schema.format !== undefined || schema.enum !== undefined) return 'line';
  return schema.maxLength !== undefined && schema.maxLength <= 300 ? 'line' : 'multiline';
}

// The JSON case of `grassroots rules evaluate` (docs/rules/assessment.md): shape checks with clear paths.
import { isLevel } from './levels.js';
import { ROUNDINGS, SPECIAL_CASES_366, type SettingsInput } from './settings.js';
import { isRuleSetId, SUBJECT_KINDS, type RuleSetId, type SubjectFacts } from './types.js';
import type { NotRatedInput } from './not-rated.js';
import type { Level } from './levels.js';

export interface CaseSubject {
  id: string;
  /** Always given (facts.kind is the kind); not evaluated when the subject turns out not rated. */
  facts: SubjectFacts;
  quotaGroup?: string;
  level?: Level;
  override?: string;
  headOf?: string;
  notRated?: Omit<NotRatedInput, 'kind'>;
}
export interface EvaluationCase {
  ruleSet: RuleSetId;
  period?: { from: string; to: string };
  settings?: SettingsInput;
  subjects: CaseSubject[];
}

export interface CaseError {
  path: string;
  message: string;
}

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isDate = (x: unknown): x is string => typeof x === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(x);

/** Checks the shape of a parsed case (the facts themselves are checked later by validateFacts). */
export function checkCaseShape(x: unknown): { ok: true; value: EvaluationCase } | { ok: false; errors: CaseError[] } {
  const errors: CaseError[] = [];
  const e = (path: string, message: string) => errors.push({ path, message });
  if (!isObj(x)) return { ok: false, errors: [{ path: '$', message: 'must be a JSON object / phải là một đối tượng JSON' }] };
  if (!isRuleSetId(x.ruleSet)) e('ruleSet', 'must be "reg124-2023" or "reg366-2025" / phải là "reg124-2023" hoặc "reg366-2025"');
  if (x.period !== undefined && !(isObj(x.period) && isDate(x.period.from) && isDate(x.period.to) && x.period.from <= x.period.to)) {
    e('period', 'must be { "from": "YYYY-MM-DD", "to": "YYYY-MM-DD" } with from ≤ to / phải có from ≤ to dạng YYYY-MM-DD');
  }
  if (x.settings !== undefined) checkSettings(x.settings, e);
  if (!Array.isArray(x.subjects) || x.subjects.length === 0) {
    e('subjects', 'must be a non-empty array / phải là một mảng có phần tử');
  } else {
    const seen = new Set<string>();
    x.subjects.forEach((s: unknown, i: number) => {
      const p = `subjects[${i}]`;
      if (!isObj(s)) {
        e(p, 'must be an object / phải là một đối tượng');
        return;
      }
      if (typeof s.id !== 'string' || s.id === '') e(`${p}.id`, 'must be a non-empty string / phải là chuỗi không rỗng');
      else if (seen.has(s.id)) e(`${p}.id`, `duplicate id "${s.id}" / trùng mã`);
      else seen.add(s.id);
      if (!(isObj(s.facts) && (SUBJECT_KINDS as readonly unknown[]).includes(s.facts.kind))) {
        e(`${p}.facts.kind`, `must be one of ${SUBJECT_KINDS.join(', ')} / loại đối tượng không hợp lệ`);
      }
      if (s.quotaGroup !== undefined && typeof s.quotaGroup !== 'string') e(`${p}.quotaGroup`, 'must be a string / phải là chuỗi');
      if (s.level !== undefined && !isLevel(s.level))
        e(`${p}.level`, 'must be excellent, good, completed or not_completed / mức không hợp lệ');
      if (s.override !== undefined && typeof s.override !== 'string') e(`${p}.override`, 'must be a string / phải là chuỗi');
      if (s.headOf !== undefined && typeof s.headOf !== 'string') e(`${p}.headOf`, 'must be a subject id / phải là mã đối tượng');
      if (s.notRated !== undefined) {
        if (!isObj(s.notRated)) e(`${p}.notRated`, 'must be an object / phải là một đối tượng');
        else if (!isObj(x.period)) e('period', 'required when a subject has notRated / bắt buộc khi có notRated');
        else {
          for (const k of ['admittedOn', 'foundedOn'] as const) {
            if (s.notRated[k] !== undefined && !isDate(s.notRated[k]))
              e(`${p}.notRated.${k}`, 'must be YYYY-MM-DD / phải có dạng YYYY-MM-DD');
          }
          if (s.notRated.exemptions !== undefined && !Array.isArray(s.notRated.exemptions))
            e(`${p}.notRated.exemptions`, 'must be an array / phải là mảng');
        }
      }
    });
    x.subjects.forEach((s: unknown, i: number) => {
      if (isObj(s) && typeof s.headOf === 'string' && !seen.has(s.headOf))
        e(`subjects[${i}].headOf`, `no subject "${s.headOf}" / không có đối tượng này`);
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: x as unknown as EvaluationCase };
}

function checkSettings(s: unknown, e: (path: string, message: string) => void): void {
  if (!isObj(s)) {
    e('settings', 'must be an object / phải là một đối tượng');
    return;
  }
  const known = ['sickLeaveCap', 'specialCases366', 'headAboveCollective', 'quotaRounding'];
  for (const k of Object.keys(s)) if (!known.includes(k)) e(`settings.${k}`, `unknown setting; known: ${known.join(', ')}`);
  if (s.quotaRounding !== undefined && !(ROUNDINGS as readonly unknown[]).includes(s.quotaRounding))
    e('settings.quotaRounding', 'must be floor, round or ceil');
  if (s.headAboveCollective !== undefined && s.headAboveCollective !== 'warn' && s.headAboveCollective !== 'off')
    e('settings.headAboveCollective', 'must be warn or off');
  if (s.sickLeaveCap !== undefined) {
    const c = s.sickLeaveCap;
    if (!isObj(c)) e('settings.sickLeaveCap', 'must be an object');
    else {
      if (c.enabled !== undefined && typeof c.enabled !== 'boolean') e('settings.sickLeaveCap.enabled', 'must be true or false');
      if (c.months !== undefined && !(typeof c.months === 'number' && c.months > 0))
        e('settings.sickLeaveCap.months', 'must be a number > 0');
      if (c.cap !== undefined && !isLevel(c.cap)) e('settings.sickLeaveCap.cap', 'must be a level');
    }
  }
  if (s.specialCases366 !== undefined) {
    const c = s.specialCases366;
    if (!isObj(c)) e('settings.specialCases366', 'must be an object');
    else
      for (const [k, v] of Object.entries(c)) {
        if (!(SPECIAL_CASES_366 as readonly string[]).includes(k))
          e(`settings.specialCases366.${k}`, `unknown special case; known: ${SPECIAL_CASES_366.join(', ')}`);
        else if (typeof v !== 'boolean') e(`settings.specialCases366.${k}`, 'must be true or false');
      }
  }
}

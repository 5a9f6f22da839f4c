// Errors of the assessment workflow whose parameters are themselves words to translate (steps, levels,
// the engine's reasons), so the sentence is built in the user's language when it is sent.
import type { FactError, Reason } from '../../../domain/assessment/index.js';
import { AppError } from '../../../shared/errors.js';
import { translate, type Locale } from '../../../shared/i18n.js';

type Param = string | number | { key: string } | { vi: string; en: string } | { list: Param[] };

function render(locale: Locale, p: Param): string {
  if (typeof p === 'string' || typeof p === 'number') return String(p);
  if ('key' in p) return translate(locale, p.key);
  if ('list' in p) return p.list.map((x) => render(locale, x)).join(', ');
  return p[locale];
}

export class WorkflowError extends AppError {
  constructor(
    code: string,
    status: number,
    readonly words: Record<string, Param> = {},
    details?: unknown,
  ) {
    super(code, status, {}, details);
  }
  override messageIn(locale: Locale): string {
    const params = Object.fromEntries(Object.entries(this.words).map(([k, v]) => [k, render(locale, v)]));
    return translate(locale, `errors.${this.code}`, params);
  }
}

export const stepWord = (s: string): Param => ({ key: `assessments.steps.${s}` });
export const actionWord = (a: string): Param => ({ key: `assessments.actions.${a}` });

export const reasonDto = (r: Reason) => ({
  ruleId: r.ruleId,
  vi: r.vi,
  en: r.en,
  source: r.source,
  cap: r.cap ?? null,
  proposalOnly: r.proposalOnly ?? false,
  setting: r.setting ?? false,
  warning: r.warning ?? false,
});

/** The engine's field errors, in the user's language, as the API's `details`. */
export function factErrors(errors: FactError[], locale: Locale) {
  return new AppError(
    'validation',
    400,
    {},
    errors.map((e) => ({ field: e.field, code: e.code, message: e[locale] })),
  );
}

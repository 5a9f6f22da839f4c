// What the API shows of a plan, with refusals in the user's language.
import type { RowError } from '../../../domain/orgs/reorg.js';
import { AppError } from '../../../shared/errors.js';
import { toAppError } from '../../../shared/errors-http.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import type { PlanRow } from './queries.js';

export const rowMessages = (rows: RowError[], locale: Locale) =>
  rows.map((r) => ({ row: r.row, code: r.code, message: translate(locale, `errors.${r.code}`, r.params) }));

/** A refused plan's 422 with one sentence per row (the service leaves the rows untranslated). */
export function localized(err: unknown, locale: Locale): unknown {
  const e = toAppError(err);
  if (!e || e.code !== 'reorg_plan_refused' || !Array.isArray(e.details)) return err;
  return new AppError(e.code, e.status, e.params, rowMessages(e.details as RowError[], locale));
}

export function planView(p: PlanRow, locale: Locale, operations?: unknown[]) {
  const failure = p.failure as { code: string; params: Record<string, unknown>; rows?: RowError[] | null } | null;
  return {
    id: p.id,
    unitId: p.unit_id,
    unitName: p.unit_name,
    title: p.title,
    effectiveOn: p.effective_on,
    decisionNo: p.decision_no,
    status: p.status,
    progress: p.progress,
    touched: p.touched,
    version: p.version,
    createdAt: p.created_at,
    appliedAt: p.applied_at,
    undoneAt: p.undone_at,
    failure: failure
      ? {
          code: failure.code,
          message: translate(locale, `errors.${failure.code}`, failure.params),
          rows: rowMessages(failure.rows ?? [], locale),
        }
      : null,
    ...(operations ? { operations } : {}),
  };
}

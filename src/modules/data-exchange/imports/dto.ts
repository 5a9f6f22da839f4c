// An import job as the API shows it: counts, the mapping by column, and each error with its row,
// column and reason in the reader's language.
import { columnLetter, IMPORT_FIELDS, REQUIRED_FIELDS, type ColumnMapping } from '../../../domain/imports/columns.js';
import type { RowError } from '../../../domain/imports/validate.js';
import { translate, type Locale } from '../../../shared/i18n.js';
import type { JobRow } from './queries.js';

export function renderError(e: RowError, mapping: ColumnMapping, headers: string[], locale: Locale) {
  const index = mapping[e.field];
  const field = translate(locale, `imports.fields.${e.field}`);
  return {
    row: e.row,
    column: index === undefined ? null : columnLetter(index),
    header: index === undefined ? null : (headers[index] ?? null),
    field: e.field,
    code: e.code,
    message: translate(locale, `imports.reasons.${e.code}`, { ...e.params, field }),
  };
}

/** Why the last commit or undo did not go through, in the reader's language when it is one of ours. */
function failureMessage(failure: string | null, locale: Locale) {
  if (!failure) return null;
  const key = `errors.${failure}`;
  const text = /^[a-z_]+$/.test(failure) ? translate(locale, key) : key;
  return text === key ? failure : text;
}

export function toJobView(job: JobRow, locale: Locale, page = 1, pageSize = 200) {
  const mapping = job.mapping as ColumnMapping;
  const headers = job.headers as string[];
  const errors = job.errors as RowError[];
  const mapped = new Set(Object.values(mapping));
  return {
    id: job.id,
    unitId: job.unit_id,
    unitName: job.unit_name,
    filename: job.filename,
    status: job.status,
    totalRows: job.total_rows,
    validRows: job.total_rows - new Set(errors.map((e) => e.row)).size,
    errorCount: job.error_count,
    progress: job.progress,
    failure: job.failure,
    failureMessage: failureMessage(job.failure, locale),
    version: job.version,
    createdAt: job.created_at,
    committedAt: job.committed_at,
    undoneAt: job.undone_at,
    columns: headers.map((h, i) => ({
      index: i,
      letter: columnLetter(i),
      header: h,
      field: IMPORT_FIELDS.find((f) => mapping[f] === i) ?? null,
    })),
    fields: IMPORT_FIELDS.map((f) => ({
      field: f,
      label: translate(locale, `imports.fields.${f}`),
      required: REQUIRED_FIELDS.has(f),
      column: mapping[f] ?? null,
    })),
    ignoredColumns: headers.filter((h, i) => h !== '' && !mapped.has(i)).length,
    errors: errors.slice((page - 1) * pageSize, page * pageSize).map((e) => renderError(e, mapping, headers, locale)),
    /** Errors kept for paging (the first MAX_STORED_ERRORS of errorCount). */
    storedErrors: errors.length,
  };
}

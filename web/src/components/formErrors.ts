// Puts the server's field errors under the matching form fields; returns those no field can show.
import type { FormInstance } from 'antd';
import { ApiError, type FieldError } from '../api';

export type NamePath = (string | number)[];

export const dottedPath = (field: string): NamePath => field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p));

/** `mapField` names the form field for a server field, or null when the form has none. */
export function applyFieldErrors(form: FormInstance, error: unknown, mapField: (field: string) => NamePath | null): FieldError[] {
  if (!(error instanceof ApiError)) return [];
  const unplaced: FieldError[] = [];
  const fields: { name: NamePath; errors: string[] }[] = [];
  for (const d of error.details) {
    const name = d.field ? mapField(d.field) : null;
    if (name) fields.push({ name, errors: [d.message] });
    else unplaced.push(d);
  }
  if (fields.length) {
    form.setFields(fields);
    form.scrollToField(fields[0]!.name);
  }
  return unplaced;
}

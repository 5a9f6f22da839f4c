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

/** antd's validateFields rejects with `errorFields` when a field is invalid; those errors already show under their fields. */
const isValidationFailure = (e: unknown) => typeof e === 'object' && e !== null && 'errorFields' in e;

/**
 * Validates, then calls `then` with the values. A failed validation is settled here (the fields show why),
 * so a dialog's OK button never leaves an unhandled promise rejection behind; other failures still surface.
 */
export function whenValid<T>(form: FormInstance<T>, then: (values: T) => unknown): void {
  form.validateFields().then(then, (e: unknown) => {
    if (!isValidationFailure(e)) throw e;
  });
}

/** The values, or null when validation failed (the fields show why): for `async` submit handlers. */
export async function validValues<T>(form: FormInstance<T>): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch (e) {
    if (isValidationFailure(e)) return null;
    throw e;
  }
}

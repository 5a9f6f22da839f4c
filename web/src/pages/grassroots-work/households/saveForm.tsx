// Saving a grassroots-work modal form (create with POST, edit with PATCH and the record's version), shared
// by the household, campaign and working-group forms, through the app's write hook (useWrite.ts). Field errors
// from the server go under their fields; a rule broken without a field (e.g. a deadline before the start) goes
// under the field named for its code; a stale version (409) tells the user someone else changed the record and
// reloads it into the form.
import { useEffect } from 'react';
import { Alert, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { isStale, type WriteOptions } from '../../../useWrite';
import { ErrorLine } from '../assignments/shared';

/** The write options of a grassroots form whose server fields are `fields` (by their first segment). */
export function formSave<A, R>(form: FormInstance, fields: readonly string[], codeFields: Record<string, string> = {}): WriteOptions<A, R> {
  return {
    form,
    codeFields,
    invalidate: [['grassroots']],
    errors: 'inline',
    refreshOnStale: true,
    fields: (f) => {
      const top = f.split('.')[0]!;
      return fields.includes(top) ? [top] : null;
    },
  };
}

/** Above the form: the stale-version notice, or the error no field shows. */
export function SaveBanner({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return isStale(error) ? (
    <Alert type="warning" showIcon title={t('grassroots.common.staleReloaded')} style={{ marginBottom: 12 }} data-testid="stale-reloaded" />
  ) : (
    <ErrorLine error={error} />
  );
}

/** Puts a record's fresh values back into an open edit form when its version changes (after a 409 reload). */
export function useReloadOnVersion(form: FormInstance, open: boolean, version: number | undefined) {
  useEffect(() => {
    if (open && version !== undefined) form.resetFields();
  }, [form, open, version]);
}

/** Only the fields that differ from the record, so an edit sends what the user changed. */
export function changedFields<T extends Record<string, unknown>>(next: T, before: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(next[k] ?? null) !== JSON.stringify(before[k] ?? null)) out[k] = next[k];
  }
  return out;
}

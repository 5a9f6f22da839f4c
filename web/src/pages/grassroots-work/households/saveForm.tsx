// Saving a grassroots-work modal form (create with POST, edit with PATCH and the record's version), shared
// by the household, campaign and working-group forms. Field errors from the server go under their fields;
// a rule broken without a field (e.g. a deadline before the start) goes under the field named for its
// code; a stale version (409) tells the user someone else changed the record and reloads it into the form.
import { useEffect, useState, type ReactNode } from 'react';
import { Alert, type FormInstance } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api';
import { applyFieldErrors } from '../../../components/formErrors';
import { ErrorLine } from '../assignments/shared';

export function useFormSave(form: FormInstance, fields: readonly string[], codeFields: Record<string, string> = {}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);

  async function run(send: () => Promise<unknown>, onDone: () => void) {
    setBusy(true);
    setError(null);
    setStale(false);
    try {
      await send();
      void qc.invalidateQueries({ queryKey: ['grassroots'] });
      onDone();
    } catch (e) {
      if (e instanceof ApiError && e.code === 'stale_version') {
        setStale(true);
        await qc.invalidateQueries({ queryKey: ['grassroots'] });
        return;
      }
      const field = e instanceof ApiError ? codeFields[e.code] : undefined;
      if (field && e instanceof ApiError) {
        form.setFields([{ name: field, errors: [e.message] }]);
        return;
      }
      const unplaced = applyFieldErrors(form, e, (f) => { const top = f.split('.')[0]!; return fields.includes(top) ? [top] : null; });
      if (!(e instanceof ApiError) || e.details.length === 0 || unplaced.length > 0) setError(e);
    } finally {
      setBusy(false);
    }
  }

  const banner: ReactNode = stale
    ? <Alert type="warning" showIcon title={t('grassroots.common.staleReloaded')} style={{ marginBottom: 12 }} data-testid="stale-reloaded" />
    : <ErrorLine error={error} />;
  return { run, busy, banner };
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

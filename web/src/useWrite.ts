// The one way the app writes: a TanStack mutation that sends through api.ts (session cookie, CSRF token, the UI
// language), puts the server's field errors under the form's fields, shows the server's sentence, refreshes the
// queries the write changes and tells the buttons it is pending. Pages never keep their own "saving" state.
import { useState } from 'react';
import { App as AntApp, type FormInstance } from 'antd';
import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import i18n from 'i18next';
import { ApiError, type FieldError } from './api';
import { applyFieldErrors, dottedPath, type NamePath } from './components/formErrors';

export interface WriteOptions<A, R> {
  /** Queries the write changes. They are refetched before the write counts as done, so the next step starts from the new version. */
  invalidate?: QueryKey[];
  /** After the refresh. */
  onSuccess?: (result: R, arg: A) => unknown;
  /** A short "Saved." toast, for writes whose result is not otherwise visible. */
  saved?: boolean;
  /** The form whose fields show the server's field errors (`details`). */
  form?: FormInstance;
  /** The form field for a server field, or null when the form has none; by default the field's dotted path. */
  fields?: (field: string) => NamePath | null;
  /** A rule broken without a field, shown under the field named for its error code. */
  codeFields?: Record<string, string>;
  /**
   * How an error that no field shows reaches the user: a toast (the default), or `inline`: the page shows
   * `shown` itself (an Alert beside the form).
   */
  errors?: 'toast' | 'inline';
  /** The toast gives the sentence alone, when the page shows the details itself (e.g. a file's row errors). */
  sentenceOnly?: boolean;
  /** On a stale version (409), refresh `invalidate` too, so the form can reload the record's current values. */
  refreshOnStale?: boolean;
  /** A failure the page answers itself (e.g. a warning to confirm): return true and nothing else is shown. */
  onError?: (error: unknown, arg: A) => boolean | void;
}

/** The error left for the page to show: null while nothing failed or when every detail went under a field. */
interface Shown {
  error: unknown;
  unplaced: FieldError[];
}

export const isStale = (e: unknown) => e instanceof ApiError && e.code === 'stale_version';

/** The server's sentence alone; a failure that is not the server's answer (a bug) says so in general words. */
export const messageOf = (e: unknown): string => (e instanceof ApiError ? e.message : i18n.t('common.unexpectedError'));

/** The server's sentence, with the details that do not merely repeat it. */
export function errorSentence(e: unknown, details: FieldError[] = e instanceof ApiError ? e.details : []): string {
  if (!(e instanceof ApiError)) return messageOf(e);
  const extra = details.map((d) => d.message).filter((m, i, a) => m && !e.message.includes(m) && a.indexOf(m) === i);
  return extra.length ? `${e.message} ${extra.join(' ')}` : e.message;
}

export function useWrite<A = void, R = unknown>(fn: (arg: A) => Promise<R>, o: WriteOptions<A, R> = {}) {
  const { message } = AntApp.useApp();
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [shown, setShown] = useState<Shown | null>(null);
  const refresh = () => Promise.all((o.invalidate ?? []).map((queryKey) => qc.invalidateQueries({ queryKey })));

  const mutation = useMutation<R, unknown, A>({
    mutationFn: fn,
    onMutate: () => setShown(null),
    onSuccess: async (r, arg) => {
      if (o.saved) void message.success({ content: t('write.saved'), duration: 1.5 });
      await refresh();
      await o.onSuccess?.(r, arg);
    },
    onError: async (e, arg) => {
      if (o.onError?.(e, arg)) return;
      if (o.refreshOnStale && isStale(e)) await refresh();
      const codeField = e instanceof ApiError ? o.codeFields?.[e.code] : undefined;
      if (codeField && o.form) {
        o.form.setFields([{ name: codeField, errors: [(e as ApiError).message] }]);
        return;
      }
      const unplaced = o.form ? applyFieldErrors(o.form, e, o.fields ?? dottedPath) : e instanceof ApiError ? e.details : [];
      // Every detail went under its field: the fields say it all.
      if (o.form && e instanceof ApiError && e.details.length > 0 && unplaced.length === 0) return;
      if (o.errors === 'inline') setShown({ error: e, unplaced });
      else void message.error(o.sentenceOnly ? messageOf(e) : errorSentence(e, unplaced));
    },
  });

  return Object.assign(mutation, {
    /** The error for the page to show inline (`errors: 'inline'`), or null. */
    shown: shown?.error ?? null,
    /** Its details that no field shows. */
    unplaced: shown?.unplaced ?? [],
    /** Forgets the shown error (e.g. when a dialog closes). */
    clear: () => setShown(null),
  });
}

// Shared pieces of the lifecycle pages: the unit the page works on (the user's first readable root by
// default, changed with the unit picker), and a mutation helper that shows server messages.
import type { ReactNode } from 'react';
import { App as AntApp, Space, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api';
import { UnitPicker } from '../../../components/UnitPicker';

export { useScopeUnit } from '../../../auth/useScopeUnit';

export function ScopeBar({ title, unitId, onChange, extra }: { title: string; unitId: number | null | undefined; onChange: (id: number | null) => void; extra?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 16 }} wrap>
      <Typography.Title level={3} style={{ margin: 0 }}>{title}</Typography.Title>
      <Space wrap>
        <span>{t('lifecycle.common.unit')}</span>
        <div style={{ minWidth: 280 }}>
          <UnitPicker value={unitId ?? null} onChange={(v) => onChange(typeof v === 'number' ? v : null)} aria-label={t('lifecycle.common.unit')} />
        </div>
        {extra}
      </Space>
    </Space>
  );
}

/** A write with a success message and the server's sentence on failure; refreshes the given query keys. */
/** `announce: false` when `done` tells the result itself, so the user sees one message, not two. */
export function useWrite<A, R = unknown>(fn: (arg: A) => Promise<R>, invalidate: string[][], done?: (r: R) => void, { announce = true } = {}) {
  const { message } = AntApp.useApp();
  const { t } = useTranslation();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // Pending until the lists are fresh again, so the next step starts from the new version.
    onSuccess: async (r) => {
      if (announce) void message.success({ content: t('lifecycle.common.saved'), duration: 1.5 });
      await Promise.all(invalidate.map((key) => qc.invalidateQueries({ queryKey: key })));
      done?.(r);
    },
    onError: (e) => {
      // Details that only repeat the message (or carry none) would show the same words twice.
      const extra = e instanceof ApiError ? e.details.map((d) => d.message).filter((m) => m && !e.message.includes(m)) : [];
      const details = extra.length ? ` ${extra.join(' ')}` : '';
      void message.error(`${e.message}${details}`);
    },
  });
}

// Helpers shared by the data pages (import, reconciliation, quality, reports, dashboard): the unit in
// scope (kept in ?unitId= so a link or a reload keeps it), raw file uploads, and the EChart holder.
import { useEffect, useRef } from 'react';
import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import * as echarts from 'echarts';
import { localizeChart } from '../../../chartFormat';
import { ApiError } from '../../../api';
import { UnitPicker } from '../../../components/UnitPicker';

export { useScopeUnit } from '../../../auth/useScopeUnit';

export function ScopeBar({ unitId, onChange, extra }: { unitId: number | undefined; onChange: (id: number | undefined) => void; extra?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Space wrap style={{ marginBottom: 16 }} className="no-print">
      <Typography.Text>{t('imports.common.unit')}:</Typography.Text>
      <div style={{ minWidth: 320 }}>
        <UnitPicker value={unitId ?? null} onChange={(v) => onChange(typeof v === 'number' ? v : undefined)} aria-label={t('imports.common.unit')} />
      </div>
      {extra}
    </Space>
  );
}

/** Sends a file as the raw request body (the API takes no multipart), with the session's CSRF token. */
export async function uploadFile<T>(url: string, file: File, csrf: string, language: string): Promise<T> {
  const res = await fetch(url, {
    method: 'POST', credentials: 'same-origin', body: file,
    headers: { 'content-type': 'application/octet-stream', 'x-csrf-token': csrf, 'accept-language': language, accept: 'application/json' },
  });
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, data.code ?? `http_${res.status}`, data.message ?? res.statusText, data.details ?? []);
  return data as T;
}

export function EChart({ option, height = 300, testId }: { option: echarts.EChartsOption; height?: number; testId?: string }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!el.current) return undefined;
    chart.current = echarts.init(el.current);
    const resize = () => chart.current?.resize();
    window.addEventListener('resize', resize);
    window.addEventListener('beforeprint', resize);
    return () => { window.removeEventListener('resize', resize); window.removeEventListener('beforeprint', resize); chart.current?.dispose(); chart.current = null; };
  }, []);
  useEffect(() => { chart.current?.setOption(localizeChart(option), true); }, [option]);
  return <div ref={el} style={{ width: '100%', height }} data-testid={testId} />;
}

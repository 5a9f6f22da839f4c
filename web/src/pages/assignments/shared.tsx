// Small pieces shared by the grassroots-work pages: the unit filter, a member search box and error display.
import { useRef, useState, type ReactNode } from 'react';
import { Alert, Select, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api';
import { UnitPicker } from '../../components/UnitPicker';

interface Hit { id: number; fullName: string; unitName: string }

/** Member search over GET /api/members?q= (name without accents, citizen ID or card number). */
export function MemberSelect({ value, onChange, unitId, id, multiple }: {
  value?: number | number[]; onChange?: (v: number | number[] | undefined) => void; unitId?: number | null; id?: string; multiple?: boolean;
}) {
  const { t } = useTranslation();
  const [hits, setHits] = useState<Hit[]>([]);
  const [loading, setLoading] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onSearch = (text: string) => {
    clearTimeout(timer.current);
    if (!text.trim()) return;
    timer.current = setTimeout(async () => {
      setLoading(true);
      try {
        setHits((await api.get<{ items: Hit[] }>('/api/members', { q: text.trim(), unitId: unitId ?? undefined, pageSize: 20 })).items);
      } catch {
        setHits([]);
      } finally {
        setLoading(false);
      }
    }, 250);
  };
  return (
    <Select id={id} value={value} onChange={onChange} mode={multiple ? 'multiple' : undefined} showSearch={{ filterOption: false, onSearch }}
      allowClear placeholder={t('grassroots.common.memberSearch')} notFoundContent={loading ? <Spin size="small" /> : null}
      options={hits.map((h) => ({ value: h.id, label: `${h.fullName} — ${h.unitName}` }))} style={{ minWidth: 260 }} />
  );
}

/** The unit a page covers; empty means the user's widest readable root (the server decides). */
export function UnitFilter({ value, onChange }: { value: number | null; onChange: (v: number | null) => void }) {
  const { t } = useTranslation();
  return (
    <Space>
      <Typography.Text>{t('grassroots.common.unit')}</Typography.Text>
      <div style={{ minWidth: 320 }}>
        <UnitPicker value={value} onChange={(v) => onChange(typeof v === 'number' ? v : null)} placeholder={t('grassroots.common.allMine')} aria-label={t('grassroots.common.unit')} />
      </div>
    </Space>
  );
}

export const errorText = (e: unknown) => (e instanceof ApiError ? [e.message, ...e.details.map((d) => d.message)].filter((x, i, a) => a.indexOf(x) === i).join(' ') : String(e));

export function ErrorLine({ error }: { error: unknown }): ReactNode {
  if (!error) return null;
  return <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />;
}

export interface Paged<T> { total: number; page: number; pageSize: number; items: T[] }

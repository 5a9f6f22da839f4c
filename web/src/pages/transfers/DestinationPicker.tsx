// Destination cell of a transfer: any cell of the province (GET /api/transfers/destinations), by name or code.
import { useRef, useState } from 'react';
import { Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';

interface Hit { id: number; name: string; code: string; parentName: string | null }

export function DestinationPicker({ value, onChange, id }: { value?: number; onChange?: (v: number | undefined) => void; id?: string }) {
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
        setHits(await api.get<Hit[]>('/api/transfers/destinations', { q: text.trim() }));
      } catch {
        setHits([]);
      } finally {
        setLoading(false);
      }
    }, 250);
  };
  return (
    <Select id={id} value={value} onChange={onChange} showSearch={{ filterOption: false, onSearch }} allowClear
      placeholder={t('lifecycle.transfers.destinationSearch')} notFoundContent={loading ? <Spin size="small" /> : null}
      options={hits.map((h) => ({ value: h.id, label: h.parentName ? `${h.name} — ${h.parentName}` : h.name }))} aria-label={id ? undefined : t('lifecycle.transfers.toUnit')} />
  );
}

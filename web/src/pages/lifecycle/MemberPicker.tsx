// Searchable member picker over GET /api/members?q= (name without accents, citizen ID or card number).
import { useRef, useState } from 'react';
import { Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';

interface Hit { id: number; fullName: string; unitName: string; status: string }

export function MemberPicker({ value, onChange, id, unitId }: { value?: number; onChange?: (v: number | undefined) => void; id?: string; unitId?: number | null }) {
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
        const res = await api.get<{ items: Hit[] }>('/api/members', { q: text.trim(), unitId: unitId ?? undefined, pageSize: 20 });
        setHits(res.items);
      } catch {
        setHits([]);
      } finally {
        setLoading(false);
      }
    }, 250);
  };
  return (
    <Select id={id} value={value} onChange={onChange} showSearch={{ filterOption: false, onSearch }} allowClear
      placeholder={t('lifecycle.common.memberSearch')} notFoundContent={loading ? <Spin size="small" /> : null}
      options={hits.map((h) => ({ value: h.id, label: `${h.fullName} — ${h.unitName}` }))} aria-label={id ? undefined : t('lifecycle.common.member')} />
  );
}

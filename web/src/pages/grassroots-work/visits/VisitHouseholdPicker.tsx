// Households seen on a visit: a search over GET /api/visits/households, which offers exactly the households
// a visit to the chosen unit may name (those of the commune around it or inside it).
import { useEffect, useRef, useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';

type Hit = Answer<'GET /api/visits/households'>[number];

interface Props {
  unitId?: number;
  value?: number[];
  onChange?: (v: number[]) => void;
  id?: string;
}

export function VisitHouseholdPicker({ unitId, value, onChange, id }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [search, setSearch] = useState('');
  const known = useRef(new Map<number, Hit>());
  // Waits for a pause in typing before asking the server.
  useEffect(() => {
    const timer = setTimeout(() => setSearch(typed.trim()), 250);
    return () => clearTimeout(timer);
  }, [typed]);
  const hits = useQuery({
    queryKey: ['grassroots', 'visit-households', unitId, search],
    enabled: !!unitId,
    queryFn: () => api.get<Answer<'GET /api/visits/households'>>('/api/visits/households', { unitId, q: search || undefined, limit: 30 }),
  });
  for (const h of hits.data ?? []) known.current.set(h.id, h);
  const label = (h: Hit) => `${h.address} — ${h.headName} (${h.groupName})`;
  const chosen = (value ?? []).map((v) => known.current.get(v)).filter((h): h is Hit => !!h);
  const options = [...(hits.data ?? []), ...chosen.filter((c) => !(hits.data ?? []).some((h) => h.id === c.id))].map((h) => ({
    value: h.id,
    label: label(h),
  }));
  return (
    <Select
      id={id}
      mode="multiple"
      showSearch
      filterOption={false}
      value={value ?? []}
      disabled={!unitId}
      placeholder={unitId ? t('steps.visitHouseholds.placeholder') : t('steps.visitHouseholds.pickUnitFirst')}
      onSearch={setTyped}
      onChange={(v: number[]) => {
        setTyped('');
        onChange?.(v);
      }}
      loading={hits.isFetching}
      options={options}
      data-testid="visit-households"
    />
  );
}

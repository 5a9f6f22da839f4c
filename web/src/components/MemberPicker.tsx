// The one member picker: server search over GET /api/members?q= (name without accents, or an exact citizen ID or
// Party card number), limited by the server to the user's scope (or to `unitId`'s subtree). Each option shows the
// date of birth and the cell, so two members of the same name can be told apart. Arrow keys and Enter choose.
// The list shows only the current search: it is forgotten when the dropdown closes, and while the user types, the
// members found come before the one already chosen (which stays listed so the field can still name it).
import { useEffect, useRef, useState } from 'react';
import { Select, Spin, Typography } from 'antd';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { fmtDate } from '../format';
import type { MemberStatus } from '../types';

export interface MemberOption {
  id: number;
  fullName: string;
  birthDate: string;
  unitId: number;
  unitName: string;
  status: MemberStatus;
}

type Value = number | number[] | undefined;
interface Props {
  value?: number | number[] | null;
  onChange?: (value: Value, members: MemberOption[]) => void;
  multiple?: boolean;
  /** Search only this unit's subtree (the server still keeps to the user's scope). */
  unitId?: number | null;
  /** Only members in these statuses; all statuses when left out. */
  statuses?: MemberStatus[];
  id?: string;
  placeholder?: string;
  autoFocus?: boolean;
  disabled?: boolean;
  'aria-label'?: string;
}

const ACTIVE: MemberStatus[] = ['probationary', 'official'];

export function MemberPicker({ value, onChange, multiple, unitId, statuses, id, placeholder, autoFocus, disabled, ...rest }: Props) {
  const { t } = useTranslation();
  const [hits, setHits] = useState<MemberOption[]>([]);
  const [loading, setLoading] = useState(false);
  const [typed, setTyped] = useState(false);
  const known = useRef(new Map<number, MemberOption>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const seq = useRef(0);
  useEffect(() => () => clearTimeout(timer.current), []);
  for (const h of hits) known.current.set(h.id, h);

  // Drops the search (its hits, a pending request) so a later opening starts from the hint, not from old names.
  function forgetSearch() {
    clearTimeout(timer.current);
    seq.current++;
    setHits([]);
    setTyped(false);
    setLoading(false);
  }

  function onSearch(text: string) {
    clearTimeout(timer.current);
    const q = text.trim();
    setTyped(q !== '');
    if (!q) {
      forgetSearch();
      return;
    }
    timer.current = setTimeout(async () => {
      const mine = ++seq.current;
      setLoading(true);
      try {
        const res = await api.get<{ items: MemberOption[] }>('/api/members', {
          q,
          unitId: unitId ?? undefined,
          status: statuses,
          pageSize: 20,
        });
        if (mine === seq.current) setHits(res.items);
      } catch {
        if (mine === seq.current) setHits([]);
      } finally {
        if (mine === seq.current) setLoading(false);
      }
    }, 250);
  }

  // A preset value (an edited record, a URL) that no search has returned yet: ask for the member's name.
  const values = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
  const unnamed = values.filter((v) => !known.current.has(v));
  const fetched = useQueries({
    queries: unnamed.map((v) => ({
      queryKey: ['members', 'picker', v],
      retry: false,
      staleTime: 60_000,
      queryFn: () => api.get<MemberOption>(`/api/members/${v}`),
    })),
  });
  fetched.forEach((f) => {
    if (f.data) known.current.set(f.data.id, f.data);
  });

  // Hits first: the first option is the one Enter takes, and it must be a member matching what was typed.
  const shown = new Map<number, MemberOption>();
  for (const h of hits) shown.set(h.id, h);
  for (const v of values) {
    const m = known.current.get(v);
    if (m && !shown.has(v)) shown.set(v, m);
  }
  const options: { value: number; label: string; member?: MemberOption }[] = [...shown.values()].map((m) => ({
    value: m.id,
    label: `${m.fullName} · ${fmtDate(m.birthDate)} · ${m.unitName}`,
    member: m,
  }));
  for (const v of values) if (!shown.has(v)) options.push({ value: v, label: `#${v}` });

  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      mode={multiple ? 'multiple' : undefined}
      value={value ?? undefined}
      allowClear
      autoFocus={autoFocus}
      disabled={disabled}
      placeholder={placeholder ?? t('picker.memberPlaceholder')}
      showSearch={{ filterOption: false, onSearch }}
      onOpenChange={(open) => {
        if (!open) forgetSearch();
      }}
      notFoundContent={loading ? <Spin size="small" /> : t(typed ? 'picker.memberNone' : 'picker.memberHint')}
      options={options}
      optionRender={(o) => {
        const m = (o.data as { member?: MemberOption }).member;
        if (!m) return o.label;
        return (
          <div>
            <div>{m.fullName}</div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('picker.born', { date: fmtDate(m.birthDate) })} · {m.unitName}
              {!ACTIVE.includes(m.status) && ` · ${t(`status.${m.status}`)}`}
            </Typography.Text>
          </div>
        );
      }}
      onChange={(v: Value) => {
        const ids = v === undefined ? [] : Array.isArray(v) ? v : [v];
        onChange?.(
          v,
          ids.map((i) => known.current.get(i)).filter((m): m is MemberOption => !!m),
        );
      }}
      style={{ width: '100%', minWidth: 260 }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 360, maxWidth: 560 } } }}
    />
  );
}

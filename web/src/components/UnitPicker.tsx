// The one unit picker: server search over GET /api/units/search (name or code, within the user's scope), for move,
// merge, user grants, filters; `search` swaps the source (e.g. the destination cells of a transfer, province-wide).
import { useEffect, useRef, useState } from 'react';
import { Select, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQueries } from '@tanstack/react-query';
import { searchUnits, unitQuery } from '../pages/foundation/units/queries';
import type { UnitSearchHit } from '../types';

export interface UnitOption {
  id: number;
  name: string;
  code?: string;
  kind?: string;
  parentName?: string | null;
}

interface Props {
  value?: number | number[] | null;
  onChange?: (value: number | number[] | null, units: UnitOption[]) => void;
  multiple?: boolean;
  /** Units offered before the user types (e.g. the siblings), and labels for preset values. */
  initialOptions?: UnitOption[];
  filter?: (hit: UnitSearchHit) => boolean;
  /** Another source of units than the user's scope (GET /api/units/search). */
  search?: (q: string) => Promise<UnitOption[]>;
  placeholder?: string;
  id?: string;
  disabled?: boolean;
  'aria-label'?: string;
}

export function UnitPicker({ value, onChange, multiple, initialOptions = [], filter, search, placeholder, id, disabled, ...rest }: Props) {
  const { t } = useTranslation();
  const [hits, setHits] = useState<UnitOption[]>([]);
  const [loading, setLoading] = useState(false);
  const known = useRef(new Map<number, UnitOption>());
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const seq = useRef(0);

  for (const o of [...initialOptions, ...hits]) known.current.set(o.id, o);
  useEffect(() => () => clearTimeout(timer.current), []);

  function onSearch(text: string) {
    clearTimeout(timer.current);
    const q = text.trim();
    if (!q) {
      setHits([]);
      return;
    }
    timer.current = setTimeout(async () => {
      const mine = ++seq.current;
      setLoading(true);
      try {
        const found = search ? await search(q) : (await searchUnits(q, filter ? 50 : 20)).filter((h) => !filter || filter(h));
        if (mine === seq.current) setHits(found);
      } catch {
        if (mine === seq.current) setHits([]);
      } finally {
        if (mine === seq.current) setLoading(false);
      }
    }, 250);
  }

  const options = [...new Map([...initialOptions, ...hits].map((o) => [o.id, o])).values()].map((o) => ({
    value: o.id,
    label: `${o.code ? `${o.name} (${o.code})` : o.name}${o.parentName ? ` — ${o.parentName}` : ''}`,
  }));
  // A preset value needs a label even before any search.
  const values = value === null || value === undefined ? [] : Array.isArray(value) ? value : [value];
  // A preset value (e.g. from the URL) that no search has returned yet: ask the unit for its name.
  const unnamed = values.filter((v) => !known.current.has(v));
  const fetched = useQueries({ queries: unnamed.map((v) => ({ ...unitQuery(v), retry: false })) });
  fetched.forEach((q) => {
    if (q.data) known.current.set(q.data.id, { id: q.data.id, name: q.data.name, code: q.data.code });
  });
  for (const v of values) {
    if (!options.some((o) => o.value === v)) options.push({ value: v, label: known.current.get(v)?.name ?? `#${v}` });
  }

  return (
    <Select
      id={id}
      aria-label={rest['aria-label']}
      mode={multiple ? 'multiple' : undefined}
      value={value ?? undefined}
      allowClear
      disabled={disabled}
      placeholder={placeholder ?? t('units.searchPlaceholder')}
      showSearch={{ filterOption: false, onSearch }}
      notFoundContent={loading ? <Spin size="small" /> : t('units.searchHint')}
      options={options}
      onChange={(v: number | number[] | undefined) => {
        const ids = v === undefined ? [] : Array.isArray(v) ? v : [v];
        onChange?.(
          v ?? null,
          ids.map((i) => known.current.get(i) ?? { id: i, name: `#${i}` }),
        );
      }}
      style={{ width: '100%' }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 360, maxWidth: 560 } } }}
    />
  );
}

// Filters of the member list: search (debounced), status, gender, age band, admission year, unit scope.
import { useEffect, useRef, useState } from 'react';
import { Breadcrumb, Button, Input, Select, Space, Tag } from 'antd';
import { CloseOutlined, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../../auth/useMe';
import { ancestorPaths, canReadUnit, widestReadableUnit } from '../../../auth/permissions';
import { UnitPicker } from '../../../components/UnitPicker';
import { AGE_BANDS, MEMBER_STATUSES } from '../../../types';
import { useUnit } from '../units/queries';
import type { ListParams } from './useListParams';

const SEARCH_DEBOUNCE_MS = 300;

export function MemberFilters({
  params,
  update,
}: {
  params: ListParams;
  update: (p: Partial<ListParams>, o?: { replace?: boolean }) => void;
}) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [text, setText] = useState(params.q);
  const lastSent = useRef(params.q);

  // Back/forward changes the URL: show its search text.
  useEffect(() => {
    if (params.q !== lastSent.current) {
      lastSent.current = params.q;
      setText(params.q);
    }
  }, [params.q]);

  // The debounce waits for the text alone; when it fires it applies the URL as it is then (the latest update).
  const latestUpdate = useRef(update);
  latestUpdate.current = update;
  useEffect(() => {
    if (text.trim() === lastSent.current.trim()) return;
    const timer = setTimeout(() => {
      lastSent.current = text.trim();
      latestUpdate.current({ q: text }, { replace: true });
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const scopeId = params.unitId ?? widestReadableUnit(me);
  const scope = useUnit(scopeId);
  const years = Array.from({ length: 80 }, (_, i) => new Date().getFullYear() - i);

  const filtered = !!(params.q || params.status.length || params.gender || params.ageBand || params.admittedYear);
  const clearFilters = () => {
    setText('');
    lastSent.current = '';
    update({ q: '', status: [], gender: undefined, ageBand: undefined, admittedYear: undefined });
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <div style={{ display: 'flex', alignItems: 'center', gap: 8, flexWrap: 'wrap' }}>
        <Tag color="red" style={{ padding: '2px 8px', margin: 0 }} data-testid="member-scope">
          {scope.data ? (
            <Breadcrumb
              items={scope.data.breadcrumb.map((b, i) => ({
                key: b.id,
                title: canReadUnit(me, ancestorPaths(scope.data.path)[i] ?? '') ? (
                  <Link to={`/members?unitId=${b.id}`}>{b.name}</Link>
                ) : (
                  b.name
                ),
              }))}
            />
          ) : (
            t('members.scopeAll')
          )}
        </Tag>
        <div style={{ width: 260 }}>
          <UnitPicker
            value={null}
            placeholder={t('members.changeScope')}
            aria-label={t('members.changeScope')}
            onChange={(v) => typeof v === 'number' && update({ unitId: v })}
          />
        </div>
        {params.unitId && (
          <Button size="small" icon={<CloseOutlined />} onClick={() => update({ unitId: undefined })}>
            {t('members.clearScope')}
          </Button>
        )}
        <span style={{ flex: 1 }} />
        {filtered && <Button onClick={clearFilters}>{t('members.clearFilters')}</Button>}
      </div>
      <Space wrap>
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={t('members.searchPlaceholder')}
          aria-label={t('members.search')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onPressEnter={() => {
            lastSent.current = text.trim();
            update({ q: text });
          }}
          style={{ width: 300 }}
        />
        <Select
          mode="multiple"
          allowClear
          style={{ width: 210 }}
          placeholder={t('fields.status')}
          aria-label={t('fields.status')}
          value={params.status}
          maxTagCount="responsive"
          options={MEMBER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          onChange={(v) => update({ status: v })}
        />
        <Select
          allowClear
          style={{ width: 110 }}
          placeholder={t('fields.gender')}
          aria-label={t('fields.gender')}
          value={params.gender}
          options={[
            { value: 'male', label: t('gender.male') },
            { value: 'female', label: t('gender.female') },
          ]}
          onChange={(v) => update({ gender: v })}
        />
        <Select
          allowClear
          style={{ width: 120 }}
          placeholder={t('members.ageBand')}
          aria-label={t('members.ageBand')}
          value={params.ageBand}
          options={AGE_BANDS.map((b) => ({ value: b, label: t('members.ageBandValue', { band: b }) }))}
          onChange={(v) => update({ ageBand: v })}
        />
        <Select
          allowClear
          showSearch
          style={{ width: 150 }}
          placeholder={t('members.admittedYear')}
          aria-label={t('members.admittedYear')}
          value={params.admittedYear}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(v) => update({ admittedYear: v })}
        />
      </Space>
    </Space>
  );
}

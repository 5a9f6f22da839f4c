// /audit: the trail of the user's scope, newest first, filterable by entity; rows expand into a diff.
import { Button, Card, Input, Select, Space, Tabs, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../../api';
import { ErrorResult } from '../../../components/ErrorResult';
import { fmtCount, fmtDateTime } from '../../../format';
import type { AuditEntry, Page } from '../../../types';
import { AuditDiff } from './AuditDiff';
import { actionLabel, entityLabel, entityWithId, type Translate } from './format';
import { ReadLogTab } from './ReadLogTab';
import { useCurrentUser } from '../../../auth/useMe';
import { hasAnyRole } from '../../../auth/permissions';

const PAGE_SIZE = 50;
// The entity types offered in the filter, most asked-for first; every type the server writes has a label in auditWords.
const ENTITY_TYPES = [
  'member',
  'unit',
  'restructuring',
  'transfer',
  'candidate',
  'discipline',
  'assessment_subject',
  'remediation_plan',
  'removal',
  'meeting',
  'task',
  'household',
  'campaign',
  'working_group',
  'import_job',
  'user',
  'role_grant',
  'committee_term',
  'committee_seat',
  'database',
];

export default function AuditPage() {
  const { t, i18n } = useTranslation();
  const tr: Translate = (key, options) => t(key, options);
  const [sp, setSp] = useSearchParams();
  const entityType = sp.get('entityType') ?? undefined;
  const entityId = sp.get('entityId') ?? undefined;
  const page = Number(sp.get('page')) || 1;
  // The read-access log is for province administrators only (the server decides; this hides the tab).
  const readsAllowed = hasAnyRole(useCurrentUser(), ['province_admin']);
  const tab = sp.get('tab') === 'reads' && readsAllowed ? 'reads' : 'changes';

  const list = useQuery({
    queryKey: ['audit', entityType, entityId, page],
    queryFn: () => api.get<Page<AuditEntry>>('/api/audit', { entityType, entityId, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  function set(patch: Record<string, string | undefined>) {
    setSp((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) {
        if (v) next.set(k, v);
        else next.delete(k);
      }
      if (!('page' in patch)) next.delete('page');
      return next;
    });
  }

  if (list.isError && !list.data) return <ErrorResult error={list.error} onRetry={() => void list.refetch()} />;

  const entityLink = (e: AuditEntry) => {
    const label = entityWithId(tr, e.entityType, e.entityId);
    if (e.entityType === 'member') return <Link to={`/members/${e.entityId}`}>{label}</Link>;
    return label;
  };

  const changes = (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          allowClear
          style={{ width: 220 }}
          placeholder={t('audit.entityType')}
          aria-label={t('audit.entityType')}
          value={entityType}
          options={ENTITY_TYPES.map((e) => ({ value: e, label: entityLabel(tr, e) }))}
          onChange={(v?: string) => set({ entityType: v })}
        />
        <Input.Search
          allowClear
          style={{ width: 200 }}
          placeholder={t('audit.entityId')}
          aria-label={t('audit.entityId')}
          defaultValue={entityId}
          key={entityId ?? ''}
          onSearch={(v) => set({ entityId: v.trim() || undefined })}
        />
        {(entityType || entityId) && (
          <Button onClick={() => set({ entityType: undefined, entityId: undefined })}>{t('members.clearFilters')}</Button>
        )}
      </Space>
      <Table<AuditEntry>
        rowKey="id"
        size="middle"
        data-testid="audit-table"
        loading={list.isFetching}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('audit.empty') }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: list.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('audit.total', { n: fmtCount(total, i18n.language) }),
          onChange: (p) => set({ page: p > 1 ? String(p) : undefined }),
        }}
        expandable={{
          expandedRowRender: (e) => <AuditDiff before={e.before} after={e.after} />,
          rowExpandable: (e) => !!(e.before || e.after),
        }}
        columns={[
          { key: 'at', title: t('audit.at'), width: 160, render: (_, e) => fmtDateTime(e.at) },
          { key: 'actor', title: t('audit.actor'), render: (_, e) => e.actorName },
          { key: 'action', title: t('audit.action'), render: (_, e) => actionLabel(tr, e.action) },
          { key: 'entity', title: t('audit.entity'), render: (_, e) => entityLink(e) },
        ]}
      />
    </Space>
  );

  return (
    <Card>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('audit.title')}
        </Typography.Title>
        {readsAllowed ? (
          <Tabs
            activeKey={tab}
            onChange={(k) => setSp(k === 'reads' ? { tab: 'reads' } : {})}
            items={[
              { key: 'changes', label: t('readlog.tabChanges'), children: changes },
              { key: 'reads', label: t('readlog.tabReads'), children: <ReadLogTab /> },
            ]}
          />
        ) : (
          changes
        )}
      </Space>
    </Card>
  );
}

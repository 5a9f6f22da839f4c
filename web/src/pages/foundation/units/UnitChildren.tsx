import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useChildren } from './queries';
import { ErrorResult } from '../../../components/ErrorResult';
import { fmtCount } from '../../../format';
import type { UnitNode } from '../../../types';

// With `asOf`, the children and their counts as they stood that day (links stay in that day).
export function UnitChildren({ unitId, asOf = null }: { unitId: number; asOf?: string | null }) {
  const { t, i18n } = useTranslation();
  const children = useChildren(unitId, asOf);
  if (children.isError) return <ErrorResult error={children.error} onRetry={() => void children.refetch()} />;
  return (
    <Table<UnitNode>
      data-testid="unit-children"
      size="small"
      rowKey="id"
      loading={children.isPending}
      dataSource={children.data ?? []}
      pagination={(children.data?.length ?? 0) > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      locale={{ emptyText: t('units.noChildren') }}
      columns={[
        {
          key: 'name',
          title: t('units.name'),
          render: (_, c) => <Link to={asOf ? `/units/${c.id}?asOf=${asOf}` : `/units/${c.id}`}>{c.name}</Link>,
        },
        { key: 'code', title: t('units.code'), dataIndex: 'code', width: 120 },
        { key: 'kind', title: t('units.kind'), width: 140, render: (_, c) => t(`unitKinds.${c.kind}`) },
        {
          key: 'childCount',
          title: t('units.childCount'),
          align: 'right',
          width: 90,
          render: (_, c) => fmtCount(c.childCount, i18n.language),
        },
        {
          key: 'memberCount',
          title: t('units.memberCount'),
          align: 'right',
          width: 90,
          // The member list is today's: a past count is shown, not linked.
          render: (_, c) =>
            asOf ? (
              fmtCount(c.memberCount, i18n.language)
            ) : (
              <Link to={`/members?unitId=${c.id}`}>{fmtCount(c.memberCount, i18n.language)}</Link>
            ),
        },
      ]}
    />
  );
}

// Versions of the unit: each period with its name and parent, and the restructuring that began it.
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useHistory } from './queries';
import { ErrorResult } from '../../components/ErrorResult';
import { fmtDate } from '../../format';
import type { UnitVersion } from '../../types';

export function UnitHistory({ unitId, dissolvedOn }: { unitId: number; dissolvedOn: string | null }) {
  const { t } = useTranslation();
  const history = useHistory(unitId);
  if (history.isError) return <ErrorResult error={history.error} onRetry={() => void history.refetch()} />;
  return (
    <Table<UnitVersion>
      size="small"
      rowKey="id"
      data-testid="unit-history"
      loading={history.isPending}
      dataSource={history.data ?? []}
      pagination={false}
      footer={dissolvedOn ? () => <Tag color="default">{t('units.dissolvedOn', { date: fmtDate(dissolvedOn) })}</Tag> : undefined}
      columns={[
        { key: 'from', title: t('units.validFrom'), render: (_, v) => fmtDate(v.valid_from) },
        { key: 'to', title: t('units.validTo'), render: (_, v) => (v.valid_to ? fmtDate(v.valid_to) : <Tag color="green">{t('units.current')}</Tag>) },
        { key: 'name', title: t('units.name'), dataIndex: 'name' },
        { key: 'kind', title: t('units.kind'), render: (_, v) => t(`unitKinds.${v.kind}`) },
        { key: 'parent', title: t('units.parent'), render: (_, v) => (v.parent_id ? <Link to={`/units/${v.parent_id}`}>{v.parent_name}</Link> : '') },
        { key: 'change', title: t('units.change'), render: (_, v) => t(`changeKinds.${v.change ?? 'initial'}`) },
        { key: 'decision', title: t('units.decisionNo'), render: (_, v) => v.decision_no ?? '' },
        { key: 'note', title: t('units.note'), render: (_, v) => v.note ?? '' },
      ]}
    />
  );
}

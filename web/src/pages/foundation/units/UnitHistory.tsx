// Versions of the unit: each period with its name and parent, and the restructuring that began it.
import { Tag, Tooltip, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useHistory } from './queries';
import { ErrorResult } from '../../../components/ErrorResult';
import { fmtDate } from '../../../format';
import type { UnitVersion } from '../../../types';

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
        {
          key: 'period',
          title: t('units.period'),
          width: 210,
          render: (_, v) => (
            <span>
              {fmtDate(v.valid_from)} – {v.valid_to ? fmtDate(v.valid_to) : <Tag color="green">{t('units.current')}</Tag>}
            </span>
          ),
        },
        { key: 'name', title: t('units.name'), render: (_, v) => v.name },
        {
          key: 'parent',
          title: t('units.parent'),
          render: (_, v) => (v.parent_id ? <Link to={`/units/${v.parent_id}`}>{v.parent_name}</Link> : ''),
        },
        {
          key: 'change',
          title: t('units.change'),
          render: (_, v) => (
            <Tooltip title={v.note ?? undefined}>
              <div>{t(`changeKinds.${v.change ?? 'initial'}`)}</div>
              {v.decision_no && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('units.decisionShort', { no: v.decision_no })}
                </Typography.Text>
              )}
            </Tooltip>
          ),
        },
      ]}
    />
  );
}

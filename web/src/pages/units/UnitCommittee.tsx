// The unit's committee per term, seats ordered by position (secretary first, as the server sorts them).
import { Card, Empty, Space, Spin, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCommittee } from './queries';
import { ErrorResult } from '../../components/ErrorResult';
import { fmtDate } from '../../format';
import type { CommitteeTerm } from '../../types';

type Seat = CommitteeTerm['seats'][number];

export function UnitCommittee({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const committee = useCommittee(unitId);
  if (committee.isPending) return <Spin />;
  if (committee.isError) return <ErrorResult error={committee.error} onRetry={() => void committee.refetch()} />;
  if (committee.data.length === 0) return <Empty description={t('units.noCommittee')} />;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {committee.data.map((term) => (
        <Card
          key={term.id}
          size="small"
          title={<>{t('units.term')}: {term.label} {!term.ends_on && <Tag color="green">{t('units.currentTerm')}</Tag>}</>}
          extra={`${fmtDate(term.starts_on)} – ${term.ends_on ? fmtDate(term.ends_on) : t('units.now')}`}
        >
          <Table<Seat>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={term.seats}
            locale={{ emptyText: t('units.noSeats') }}
            columns={[
              { key: 'position', title: t('units.position'), render: (_, s) => t(`positions.${s.position}`) },
              { key: 'member', title: t('units.seatHolder'), render: (_, s) => <Link to={`/members/${s.member_id}`}>{s.full_name}</Link> },
              { key: 'from', title: t('common.from'), render: (_, s) => fmtDate(s.from_date) },
              { key: 'to', title: t('common.to'), render: (_, s) => (s.to_date ? fmtDate(s.to_date) : '') },
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}

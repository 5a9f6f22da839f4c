// The unit's committee per term, seats ordered by position (secretary first, as the server sorts them).
import { useState } from 'react';
import { Button, Card, Empty, Space, Spin, Tag } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCommittee } from './queries';
import { ErrorResult } from '../../../components/ErrorResult';
import { fmtDate } from '../../../format';
import type { CommitteeTerm } from '../../../types';
import { AddSeatModal, AddTermModal, EndSeatModal } from './CommitteeForms';

type Seat = CommitteeTerm['seats'][number];

type Dialog = { kind: 'term' } | { kind: 'seat'; termId: number } | { kind: 'end'; seat: Seat } | null;

/** `canManage`: province admins and committee offices over the unit record its committee. */
export function UnitCommittee({ unitId, canManage }: { unitId: number; canManage: boolean }) {
  const { t } = useTranslation();
  const committee = useCommittee(unitId);
  const [dialog, setDialog] = useState<Dialog>(null);
  if (committee.isPending) return <Spin />;
  if (committee.isError) return <ErrorResult error={committee.error} onRetry={() => void committee.refetch()} />;
  const close = () => setDialog(null);

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {canManage && (
        <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'term' })}>
          {t('committee.addTerm')}
        </Button>
      )}
      {committee.data.length === 0 && <Empty description={t('units.noCommittee')} />}
      {dialog?.kind === 'term' && <AddTermModal unitId={unitId} onClose={close} />}
      {dialog?.kind === 'seat' && <AddSeatModal unitId={unitId} termId={dialog.termId} onClose={close} />}
      {dialog?.kind === 'end' && <EndSeatModal unitId={unitId} seat={dialog.seat} onClose={close} />}
      {committee.data.map((term) => (
        <Card
          key={term.id}
          size="small"
          title={
            <>
              {t('units.term')}: {term.label} {!term.ends_on && <Tag color="green">{t('units.currentTerm')}</Tag>}
            </>
          }
          extra={
            <Space>
              {`${fmtDate(term.starts_on)} – ${term.ends_on ? fmtDate(term.ends_on) : t('units.now')}`}
              {canManage && (
                <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'seat', termId: term.id })}>
                  {t('committee.addSeat')}
                </Button>
              )}
            </Space>
          }
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
              ...(canManage
                ? [
                    {
                      key: 'actions',
                      title: '',
                      render: (_: unknown, s: Seat) =>
                        !s.to_date && (
                          <Button size="small" type="link" onClick={() => setDialog({ kind: 'end', seat: s })}>
                            {t('committee.endSeat')}
                          </Button>
                        ),
                    },
                  ]
                : []),
            ]}
          />
        </Card>
      ))}
    </Space>
  );
}

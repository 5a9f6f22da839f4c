// /assessments: the review cycles in the user's scope, opening a new one, and the user's own assessments.
import { useState } from 'react';
import { Button, Card, Space, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useCurrentUser } from '../../../auth/useMe';
import { may } from '../../../auth/permissions';
import { ErrorResult } from '../../../components/ErrorResult';
import { fmtDate } from '../../../format';
import { cyclesApi, type Cycle, type MySubject } from './api';
import { CreateCycleModal } from './CreateCycleModal';
import { LevelTag, StepTag } from './LevelTag';

export default function CyclesPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [creating, setCreating] = useState(false);
  const cycles = useQuery({ queryKey: ['assessments', 'cycles'], queryFn: cyclesApi.list });
  const mine = useQuery({ queryKey: ['assessments', 'mine'], queryFn: cyclesApi.mine, enabled: me.memberId !== null });
  if (cycles.isError) return <ErrorResult error={cycles.error} onRetry={() => void cycles.refetch()} />;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {(mine.data?.length ?? 0) > 0 && (
        <Card title={t('assessments.mine.title')}>
          <Table<MySubject>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={mine.data}
            data-testid="my-assessments"
            columns={[
              { title: t('assessments.cycles.title'), render: (_, s) => <Link to={`/assessments/subjects/${s.id}`}>{s.cycleTitle}</Link> },
              { title: t('assessments.board.kind'), render: (_, s) => t(`assessments.kinds.${s.kind}`) },
              {
                title: t('assessments.board.step'),
                render: (_, s) => (s.notRatedReason ? t(`assessments.notRated.${s.notRatedReason}`) : <StepTag step={s.step} />),
              },
              { title: t('assessments.board.level'), render: (_, s) => <LevelTag level={s.level} /> },
            ]}
          />
        </Card>
      )}
      <Card>
        <div style={{ display: 'flex', alignItems: 'center', marginBottom: 12 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('assessments.cycles.heading')}
          </Typography.Title>
          <span style={{ flex: 1 }} />
          {may(me, 'assessmentCycle.create') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="cycle-create">
              {t('assessments.cycles.create')}
            </Button>
          )}
        </div>
        <Table<Cycle>
          rowKey="id"
          loading={cycles.isFetching}
          dataSource={cycles.data ?? []}
          data-testid="cycle-table"
          locale={{ emptyText: t('assessments.cycles.empty') }}
          onRow={(c) => ({ onClick: () => navigate(`/assessments/cycles/${c.id}`), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('assessments.cycles.title'), render: (_, c) => <Link to={`/assessments/cycles/${c.id}`}>{c.title}</Link> },
            { title: t('assessments.cycles.kind'), render: (_, c) => t(`assessments.cycleKinds.${c.kind}`) },
            { title: t('assessments.cycles.period'), render: (_, c) => `${fmtDate(c.periodFrom)} – ${fmtDate(c.periodTo)}` },
            { title: t('assessments.cycles.ruleSet'), render: (_, c) => t(`assessments.ruleSets.${c.ruleSet}`) },
            {
              title: '',
              render: (_, c) => (
                <Link to={`/assessments/cycles/${c.id}/results`} onClick={(e) => e.stopPropagation()}>
                  {t('assessments.results.link')}
                </Link>
              ),
            },
          ]}
        />
      </Card>
      <CreateCycleModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(id) => {
          setCreating(false);
          void qc.invalidateQueries({ queryKey: ['assessments', 'cycles'] });
          navigate(`/assessments/cycles/${id}`);
        }}
      />
    </Space>
  );
}

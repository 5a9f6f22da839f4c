// /grassroots/visits: visit and contact logs, the open problems with their age, and the form to log a visit.
import { useState } from 'react';
import { Button, Card, Radio, Space, Tag, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import { ScopeBar } from '../../../components/ScopeBar';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { fmtDate } from '../../../format';
import { ErrorLine, type Paged } from '../assignments/shared';
import { LogVisit } from './LogVisit';
import type { Problem } from './types';

type VisitItem = Answer<'GET /api/visits'>['items'][number];
const PAGE_SIZE = 50;

const STATUS_COLOR: Record<string, string> = { open: 'red', in_progress: 'gold', solved: 'green' };
const AGE_COLOR: Record<string, string> = { under_30: 'default', '30_to_90': 'orange', over_90: 'red' };

export default function VisitsPage() {
  const { t } = useTranslation();
  const { unitId, setUnitId } = useScopeUnit();
  const [status, setStatus] = useState('unsolved');
  const [logging, setLogging] = useState(false);
  // Both lists are paged on the server; a new unit or status starts them at page 1.
  const [visitPage, setVisitPage] = useState(1);
  const [problemPage, setProblemPage] = useState(1);
  const visits = useQuery({
    queryKey: ['grassroots', 'visits', unitId, visitPage],
    queryFn: () => api.get<Answer<'GET /api/visits'>>('/api/visits', { unitId, page: visitPage, pageSize: PAGE_SIZE }),
  });
  const problems = useQuery({
    queryKey: ['grassroots', 'problems', unitId, status, problemPage],
    queryFn: () => api.get<Answer<'GET /api/problems'>>('/api/problems', { unitId, status, page: problemPage, pageSize: PAGE_SIZE }),
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('grassroots.visits.title')}</Typography.Title>
      <Space wrap>
        <ScopeBar
          unitId={unitId}
          onChange={(v) => {
            setUnitId(v);
            setVisitPage(1);
            setProblemPage(1);
          }}
          flush
        />
        <Button type="primary" onClick={() => setLogging(true)}>
          {t('grassroots.visits.log')}
        </Button>
      </Space>
      <ErrorLine error={visits.error ?? problems.error} />
      <Card
        title={t('grassroots.visits.problems')}
        extra={
          <Radio.Group
            value={status}
            onChange={(e) => {
              setStatus(e.target.value);
              setProblemPage(1);
            }}
            optionType="button"
            options={['unsolved', 'open', 'in_progress', 'solved'].map((s) => ({ value: s, label: t(`grassroots.problemStatus.${s}`) }))}
          />
        }
      >
        <Table<Problem>
          size="small"
          rowKey="id"
          dataSource={problems.data?.items ?? []}
          data-testid="problems"
          pagination={{
            current: problemPage,
            pageSize: PAGE_SIZE,
            total: problems.data?.total ?? 0,
            onChange: setProblemPage,
            showSizeChanger: false,
          }}
          columns={[
            { title: t('grassroots.visits.category'), dataIndex: 'category', render: (c: string) => t(`grassroots.category.${c}`) },
            { title: t('grassroots.visits.description'), dataIndex: 'description' },
            { title: t('grassroots.common.unit'), dataIndex: 'unitName' },
            {
              title: t('grassroots.visits.status'),
              dataIndex: 'status',
              render: (s: string) => <Tag color={STATUS_COLOR[s]}>{t(`grassroots.problemStatus.${s}`)}</Tag>,
            },
            {
              title: t('grassroots.visits.age'),
              dataIndex: 'ageDays',
              render: (d: number, p) => <Tag color={AGE_COLOR[p.ageBand]}>{t('grassroots.visits.days', { n: d })}</Tag>,
            },
            { title: t('grassroots.visits.openedOn'), dataIndex: 'openedOn', render: fmtDate },
            { title: t('grassroots.visits.followUp'), dataIndex: 'followUp' },
          ]}
        />
      </Card>
      <Card title={t('grassroots.visits.list')}>
        <Table<VisitItem>
          size="small"
          rowKey="id"
          dataSource={visits.data?.items ?? []}
          data-testid="visits"
          pagination={{
            current: visitPage,
            pageSize: PAGE_SIZE,
            total: visits.data?.total ?? 0,
            onChange: setVisitPage,
            showSizeChanger: false,
          }}
          columns={[
            { title: t('grassroots.visits.date'), dataIndex: 'visitedOn', render: fmtDate },
            { title: t('grassroots.common.unit'), dataIndex: 'unitName' },
            { title: t('grassroots.visits.visitor'), dataIndex: 'visitorName' },
            { title: t('grassroots.visits.kind'), dataIndex: 'kind', render: (k: string) => t(`grassroots.visitKind.${k}`) },
            { title: t('grassroots.visits.summary'), dataIndex: 'summary' },
            { title: t('grassroots.visits.problemsFound'), dataIndex: 'problemsFound' },
            { title: t('grassroots.visits.escalation'), dataIndex: 'escalation' },
          ]}
        />
      </Card>
      <LogVisit open={logging} onClose={() => setLogging(false)} />
    </Space>
  );
}

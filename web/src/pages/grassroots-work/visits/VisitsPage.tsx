// /grassroots/visits: visit and contact logs, the open problems with their age, and the form to log a visit.
import { useState } from 'react';
import { Button, Card, Radio, Space, Tag, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import { ScopeBar } from '../../../components/ScopeBar';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { fmtDate } from '../../../format';
import { ErrorLine, type Paged } from '../assignments/shared';
import { LogVisit } from './LogVisit';
import type { Problem } from './types';

interface VisitItem { id: number; unitName: string; visitedOn: string; kind: string; visitorName: string; summary: string; escalation: string; problemsFound: number; households: number }

const STATUS_COLOR: Record<string, string> = { open: 'red', in_progress: 'gold', solved: 'green' };
const AGE_COLOR: Record<string, string> = { under_30: 'default', '30_to_90': 'orange', over_90: 'red' };

export default function VisitsPage() {
  const { t } = useTranslation();
  const { unitId, setUnitId } = useScopeUnit();
  const [status, setStatus] = useState('unsolved');
  const [logging, setLogging] = useState(false);
  const visits = useQuery({ queryKey: ['grassroots', 'visits', unitId], queryFn: () => api.get<Paged<VisitItem>>('/api/visits', { unitId, pageSize: 50 }) });
  const problems = useQuery({ queryKey: ['grassroots', 'problems', unitId, status], queryFn: () => api.get<Paged<Problem>>('/api/problems', { unitId, status, pageSize: 100 }) });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('grassroots.visits.title')}</Typography.Title>
      <Space wrap>
        <ScopeBar unitId={unitId} onChange={setUnitId} flush />
        <Button type="primary" onClick={() => setLogging(true)}>{t('grassroots.visits.log')}</Button>
      </Space>
      <ErrorLine error={visits.error ?? problems.error} />
      <Card title={t('grassroots.visits.problems')} extra={
        <Radio.Group value={status} onChange={(e) => setStatus(e.target.value)} optionType="button"
          options={['unsolved', 'open', 'in_progress', 'solved'].map((s) => ({ value: s, label: t(`grassroots.problemStatus.${s}`) }))} />}>
        <Table<Problem> size="small" rowKey="id" dataSource={problems.data?.items ?? []} data-testid="problems"
          columns={[
            { title: t('grassroots.visits.category'), dataIndex: 'category', render: (c: string) => t(`grassroots.category.${c}`) },
            { title: t('grassroots.visits.description'), dataIndex: 'description' },
            { title: t('grassroots.common.unit'), dataIndex: 'unitName' },
            { title: t('grassroots.visits.status'), dataIndex: 'status', render: (s: string) => <Tag color={STATUS_COLOR[s]}>{t(`grassroots.problemStatus.${s}`)}</Tag> },
            { title: t('grassroots.visits.age'), dataIndex: 'ageDays', render: (d: number, p) => <Tag color={AGE_COLOR[p.ageBand]}>{t('grassroots.visits.days', { n: d })}</Tag> },
            { title: t('grassroots.visits.openedOn'), dataIndex: 'openedOn', render: fmtDate },
            { title: t('grassroots.visits.followUp'), dataIndex: 'followUp' },
          ]} />
      </Card>
      <Card title={t('grassroots.visits.list')}>
        <Table<VisitItem> size="small" rowKey="id" dataSource={visits.data?.items ?? []} data-testid="visits"
          columns={[
            { title: t('grassroots.visits.date'), dataIndex: 'visitedOn', render: fmtDate },
            { title: t('grassroots.common.unit'), dataIndex: 'unitName' },
            { title: t('grassroots.visits.visitor'), dataIndex: 'visitorName' },
            { title: t('grassroots.visits.kind'), dataIndex: 'kind', render: (k: string) => t(`grassroots.visitKind.${k}`) },
            { title: t('grassroots.visits.summary'), dataIndex: 'summary' },
            { title: t('grassroots.visits.problemsFound'), dataIndex: 'problemsFound' },
            { title: t('grassroots.visits.escalation'), dataIndex: 'escalation' },
          ]} />
      </Card>
      <LogVisit open={logging} onClose={() => setLogging(false)} />
    </Space>
  );
}

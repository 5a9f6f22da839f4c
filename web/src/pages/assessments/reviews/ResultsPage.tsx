// /assessments/cycles/:cycleId/results: distribution by level and subject kind, per unit, against the previous
// cycle, and Resolution 21 progress (> 90% good or better), with an .xlsx export.
import { useMemo } from 'react';
import { Alert, Button, Card, Col, Progress, Row, Space, Statistic, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { withQuery } from '../../../api';
import { ErrorResult } from '../../../components/ErrorResult';
import { PageLoading } from '../../../components/PageLoading';
import { cyclesApi, LEVELS, type R21 } from './api';
import { EChart } from '../../../components/EChart';
import { fmtNumber, fmtPercent } from '../../../format';

const COLORS = { excellent: '#d4b106', good: '#389e0d', completed: '#1677ff', not_completed: '#cf1322' };

function R21Card({ label, now, before }: { label: string; now: R21 | null; before: R21 | null }) {
  const { t } = useTranslation();
  const pct = (r: R21 | null) => (r ? Math.round(r.share * 1000) / 10 : null);
  return (
    <Card size="small" data-testid="r21">
      <Statistic
        title={label}
        value={now ? fmtPercent(now.share) : '—'}
        valueStyle={{ color: now ? (now.met ? '#389e0d' : '#cf1322') : undefined }}
      />
      {now && <Progress percent={pct(now)!} success={{ percent: 90 }} showInfo={false} status={now.met ? 'success' : 'exception'} />}
      <Typography.Text type="secondary">
        {now ? t(now.met ? 'assessments.results.r21Met' : 'assessments.results.r21NotMet') : t('assessments.results.noneDecided')}
        {before && ` · ${t('assessments.results.before', { pct: pct(before) })}`}
      </Typography.Text>
    </Card>
  );
}

export default function ResultsPage() {
  const { t } = useTranslation();
  const cycleId = Number(useParams().cycleId);
  const unitId = Number(useSearchParams()[0].get('unitId')) || undefined;
  const q = useQuery({ queryKey: ['assessments', 'results', cycleId, unitId], queryFn: () => cyclesApi.results(cycleId, unitId) });
  const byKind = useMemo(() => {
    if (!q.data) return {};
    const kinds = Object.keys(q.data.byKind);
    return {
      tooltip: { trigger: 'axis' as const },
      legend: {},
      xAxis: { type: 'category' as const, data: kinds.map((k) => t(`assessments.kinds.${k}`)) },
      yAxis: { type: 'value' as const },
      series: LEVELS.map((l) => ({
        name: t(`assessments.levels.${l}`),
        type: 'bar' as const,
        stack: 'n',
        color: COLORS[l],
        data: kinds.map((k) => q.data!.byKind[k]![l]),
      })),
    };
  }, [q.data, t]);
  const byUnit = useMemo(() => {
    if (!q.data) return {};
    const units = q.data.children;
    return {
      tooltip: { trigger: 'axis' as const },
      legend: {},
      grid: { left: 160 },
      yAxis: { type: 'category' as const, data: units.map((u) => u.name) },
      xAxis: { type: 'value' as const },
      series: LEVELS.map((l) => ({
        name: t(`assessments.levels.${l}`),
        type: 'bar' as const,
        stack: 'n',
        color: COLORS[l],
        data: units.map((u) => u.counts[l]),
      })),
    };
  }, [q.data, t]);
  if (q.isError) return <ErrorResult error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return <PageLoading />;
  const r = q.data;
  const r21 = r.resolution21;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <div style={{ display: 'flex', alignItems: 'center' }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t('assessments.results.title', { title: r.cycle.title })}
          </Typography.Title>
          <span style={{ flex: 1 }} />
          <Button icon={<DownloadOutlined />} href={withQuery(`/api/assessment-cycles/${cycleId}/results.xlsx`, { unitId })}>
            {t('assessments.results.export')}
          </Button>
        </div>
        {r.previous && (
          <Typography.Text type="secondary">{t('assessments.results.previous', { title: r.previous.cycle.title })}</Typography.Text>
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <R21Card label={t('assessments.results.r21Members')} now={r21.members} before={r21.previousMembers} />
        </Col>
        <Col xs={24} md={12}>
          <R21Card label={t('assessments.results.r21Orgs')} now={r21.grassrootsOrgs} before={r21.previousGrassrootsOrgs} />
        </Col>
      </Row>
      {r21.members && !r21.members.met && <Alert type="warning" showIcon title={t('assessments.results.r21Warning')} />}
      <Card title={t('assessments.results.byKind')}>
        <EChart option={byKind} testId="chart-by-kind" />
        <Typography.Text data-testid="members-counts">
          {LEVELS.map((l) => `${t(`assessments.levels.${l}`)}: ${fmtNumber(r.byKind.member?.[l] ?? 0)}`).join(' · ')}
        </Typography.Text>
      </Card>
      {r.children.length > 0 && (
        <Card title={t('assessments.results.byUnit')}>
          <EChart option={byUnit} height={Math.max(240, r.children.length * 28)} />
        </Card>
      )}
    </Space>
  );
}

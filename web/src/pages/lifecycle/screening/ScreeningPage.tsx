// Screening and removal of names: run the screening, review each flag (dismiss or propose removal), the
// committee's decisions, and the counts of names taken off the rolls by reason and unit.
import { useState } from 'react';
import { App as AntApp, Button, Space, Tabs, Tag, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { ErrorResult } from '../../../components/ErrorResult';
import { fmtDate, fmtNumber } from '../../../format';
import { may } from '../../../auth/permissions';
import { ScopeBar } from '../../../components/ScopeBar';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import { useWrite } from '../../../useWrite';
import { ReviewModal, type Dialog } from './ReviewModals';

type Flags = Answer<'GET /api/screening/flags'>;
type Flag = Flags['items'][number];
type Removals = Answer<'GET /api/removals'>;
type Removal = Removals['items'][number];
type Stats = Answer<'GET /api/removals/stats'>;
const PAGE_SIZE = 50;

export default function ScreeningPage() {
  const { t } = useTranslation();
  const { unitId, setUnitId, me } = useScopeUnit();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [flagsPage, setFlagsPage] = useState(1);
  const [removalsPage, setRemovalsPage] = useState(1);
  const [statsPage, setStatsPage] = useState(1);
  const flags = useQuery({
    queryKey: ['flags', unitId ?? 0, flagsPage],
    queryFn: () => api.get<Flags>('/api/screening/flags', { unitId, page: flagsPage, pageSize: PAGE_SIZE }),
    enabled: !!unitId,
  });
  const removals = useQuery({
    queryKey: ['removals', unitId ?? 0, removalsPage],
    queryFn: () => api.get<Removals>('/api/removals', { unitId, page: removalsPage, pageSize: PAGE_SIZE }),
    enabled: !!unitId,
  });
  const stats = useQuery({
    queryKey: ['exitStats', unitId ?? 0, statsPage],
    queryFn: () => api.get<Stats>('/api/removals/stats', { unitId, page: statsPage, pageSize: PAGE_SIZE }),
    enabled: !!unitId,
  });
  const paged = (current: number, total: number | undefined, onChange: (p: number) => void) => ({
    current,
    pageSize: PAGE_SIZE,
    total: total ?? 0,
    onChange,
    showSizeChanger: false,
  });
  const { message } = AntApp.useApp();
  const run = useWrite(() => api.post<{ flagged: number; alreadyReviewed: number }>('/api/screening/runs', { unitId }), {
    invalidate: [['flags']],
    onSuccess: (r) => void message.info(t('lifecycle.screening.ranResult', { flagged: r.flagged, reviewed: r.alreadyReviewed })),
  });
  const canDecide = may(me, 'lifecycle.decide');
  const evidence = (f: Flag) => {
    const e = (f.evidence ?? {}) as Record<string, unknown>;
    if (Array.isArray(e.months)) return (e.months as string[]).map((m) => `${m.slice(5, 7)}/${m.slice(0, 4)}`).join(', ');
    if (e.educatedOn) return t('lifecycle.screening.educatedOn', { date: fmtDate(String(e.educatedOn)) });
    if (Array.isArray(e.years)) return (e.years as number[]).join(', ');
    return '';
  };
  const reason = (r: string) =>
    t(`lifecycle.screening.rules.${r.replace('removal:', '')}`, { defaultValue: t(`lifecycle.screening.exits.${r}`, { defaultValue: r }) });
  return (
    <div>
      <ScopeBar
        title={t('lifecycle.screening.title')}
        unitId={unitId}
        onChange={(u) => {
          setUnitId(u);
          setFlagsPage(1);
          setRemovalsPage(1);
          setStatsPage(1);
        }}
        extra={
          <Button type="primary" loading={run.isPending} onClick={() => run.mutate(undefined)}>
            {t('lifecycle.screening.run')}
          </Button>
        }
      />
      <Typography.Paragraph type="secondary">
        {t('lifecycle.screening.hint')} {t('lifecycle.screening.reviewedHint')}
      </Typography.Paragraph>
      <Tabs
        items={[
          {
            key: 'flags',
            label: t('lifecycle.screening.tabs.flags', { count: flags.data?.total ?? 0 }),
            children: flags.isError ? (
              <ErrorResult error={flags.error} />
            ) : (
              <Table<Flag>
                rowKey="id"
                size="middle"
                loading={flags.isPending && !!unitId}
                dataSource={flags.data?.items ?? []}
                pagination={paged(flagsPage, flags.data?.total, setFlagsPage)}
                columns={[
                  { title: t('lifecycle.common.member'), dataIndex: 'fullName' },
                  { title: t('lifecycle.common.cell'), dataIndex: 'unitName' },
                  {
                    title: t('lifecycle.screening.rule'),
                    dataIndex: 'rule',
                    render: (r: string) => <Tag color="orange">{t(`lifecycle.screening.rules.${r}`)}</Tag>,
                  },
                  { title: t('lifecycle.screening.evidence'), render: (_, f) => evidence(f) },
                  {
                    title: '',
                    render: (_, f) => (
                      <Space>
                        <Button size="small" onClick={() => setDialog({ kind: 'dismiss', id: f.id, version: f.version, name: f.fullName })}>
                          {t('lifecycle.screening.dismiss')}
                        </Button>
                        <Button
                          size="small"
                          danger
                          onClick={() => setDialog({ kind: 'propose', id: f.id, version: f.version, name: f.fullName })}
                        >
                          {t('lifecycle.screening.propose')}
                        </Button>
                      </Space>
                    ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'removals',
            label: t('lifecycle.screening.tabs.removals'),
            children: (
              <Table<Removal>
                rowKey="id"
                size="middle"
                loading={removals.isPending && !!unitId}
                dataSource={removals.data?.items ?? []}
                pagination={paged(removalsPage, removals.data?.total, setRemovalsPage)}
                columns={[
                  { title: t('lifecycle.common.member'), dataIndex: 'fullName' },
                  { title: t('lifecycle.common.cell'), dataIndex: 'unitName' },
                  { title: t('lifecycle.screening.rule'), dataIndex: 'reason', render: (r: string) => t(`lifecycle.screening.rules.${r}`) },
                  { title: t('lifecycle.screening.resolutionNo'), render: (_, r) => `${r.resolutionNo} (${fmtDate(r.proposedOn)})` },
                  {
                    title: t('lifecycle.screening.state'),
                    dataIndex: 'state',
                    render: (s: string, r) => (
                      <>
                        {t(`lifecycle.screening.states.${s}`)}
                        {r.complaintUntil && (
                          <Tag style={{ marginLeft: 4 }}>
                            {t('lifecycle.screening.complaintUntil', { date: fmtDate(r.complaintUntil) })}
                          </Tag>
                        )}
                      </>
                    ),
                  },
                  {
                    title: '',
                    render: (_, r) =>
                      r.state === 'proposed' &&
                      canDecide && (
                        <Button size="small" onClick={() => setDialog({ kind: 'decide', id: r.id, version: r.version, name: r.fullName })}>
                          {t('lifecycle.screening.decide')}
                        </Button>
                      ),
                  },
                ]}
              />
            ),
          },
          {
            key: 'stats',
            label: t('lifecycle.screening.tabs.stats'),
            children: stats.data && (
              <Space direction="vertical" style={{ width: '100%' }}>
                <Typography.Text strong>
                  {t('lifecycle.screening.total', { year: stats.data.year, count: stats.data.total })}
                </Typography.Text>
                <Space wrap>
                  {Object.entries(stats.data.byReason).map(([r, n]) => (
                    <Tag key={r}>
                      {reason(r)}: {fmtNumber(n)}
                    </Tag>
                  ))}
                </Space>
                <Table
                  rowKey="unitId"
                  size="small"
                  pagination={{ ...paged(statsPage, stats.data.byUnit.total, setStatsPage), hideOnSinglePage: true }}
                  dataSource={stats.data.byUnit.items}
                  columns={[
                    { title: t('lifecycle.common.unit'), dataIndex: 'name' },
                    { title: t('lifecycle.screening.count'), dataIndex: 'total', render: (v: number) => fmtNumber(v) },
                  ]}
                />
              </Space>
            ),
          },
        ]}
      />
      <ReviewModal dialog={dialog} onClose={() => setDialog(null)} />
    </div>
  );
}

// /assessments/cycles/:cycleId: the cycle's subjects by step, with filters, and the live quota meter.
import { Card, Col, Row, Segmented, Select, Space, Statistic, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ErrorResult } from '../../../components/ErrorResult';
import { PageLoading } from '../../../components/PageLoading';
import { fmtDate, fmtNumber } from '../../../format';
import { cyclesApi, STEPS, SUBJECT_KINDS, type BoardItem } from './api';
import { LevelTag, StepTag } from './LevelTag';
import { QuotaMeter } from './QuotaMeter';

export default function CycleBoardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const cycleId = Number(useParams().cycleId);
  const [params, setParams] = useSearchParams();
  const step = params.get('step') ?? undefined;
  const kind = params.get('kind') ?? undefined;
  const notRated = params.get('notRated') === 'true' ? true : undefined;
  const set = (k: string, v: string | undefined) => {
    const p = new URLSearchParams(params);
    if (v) p.set(k, v);
    else p.delete(k);
    setParams(p, { replace: true });
  };
  const overview = useQuery({ queryKey: ['assessments', 'cycle', cycleId], queryFn: () => cyclesApi.overview(cycleId) });
  const board = useQuery({
    queryKey: ['assessments', 'board', cycleId, step, kind, notRated],
    queryFn: () => cyclesApi.board(cycleId, { step, kind, notRated, pageSize: 500 }),
    placeholderData: keepPreviousData,
  });
  if (overview.isError) return <ErrorResult error={overview.error} onRetry={() => void overview.refetch()} />;
  // A member may see the cycle exist but not its board: the board's refusal is the page's answer.
  if (board.isError && !board.data) return <ErrorResult error={board.error} onRetry={() => void board.refetch()} />;
  if (!overview.data) return <PageLoading />;
  const c = overview.data;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {c.title}
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          {t(`assessments.cycleKinds.${c.kind}`)} · {fmtDate(c.periodFrom)} – {fmtDate(c.periodTo)} ·{' '}
          {t(`assessments.ruleSets.${c.ruleSet}`)} · <Link to={`/assessments/cycles/${c.id}/results`}>{t('assessments.results.link')}</Link>
        </Typography.Paragraph>
        <Row gutter={16}>
          {STEPS.map((s) => (
            <Col key={s} xs={12} md={4}>
              <Statistic title={t(`assessments.steps.${s}`)} value={fmtNumber(c.steps[s] ?? 0)} />
            </Col>
          ))}
        </Row>
        <Typography.Text type="secondary">{t('assessments.board.notRatedCount', { n: c.notRated })}</Typography.Text>
      </Card>
      {/* The quota meter sits beside the board only on wide screens (≥1600 px); below that it goes above the board,
          which then has the whole width for its columns and step filter. */}
      <Row gutter={[16, 16]}>
        <Col xs={{ span: 24, order: 2 }} xxl={{ span: 17, order: 1 }}>
          <Card>
            <div style={{ overflowX: 'auto', marginBottom: 8 }}>
              <Segmented
                value={step ?? 'all'}
                onChange={(v) => set('step', v === 'all' ? undefined : String(v))}
                options={[
                  { value: 'all', label: t('assessments.board.all') },
                  ...STEPS.map((s) => ({ value: s, label: t(`assessments.steps.${s}`) })),
                ]}
              />
            </div>
            <Space wrap style={{ marginBottom: 12 }}>
              <Select
                allowClear
                placeholder={t('assessments.board.kind')}
                value={kind}
                style={{ width: 200 }}
                onChange={(v) => set('kind', v)}
                options={SUBJECT_KINDS.map((k) => ({ value: k, label: t(`assessments.kinds.${k}`) }))}
              />
              <Select
                allowClear
                placeholder={t('assessments.board.rated')}
                value={notRated ? 'true' : undefined}
                style={{ width: 180 }}
                onChange={(v) => set('notRated', v)}
                options={[{ value: 'true', label: t('assessments.board.notRatedOnly') }]}
              />
            </Space>
            <Table<BoardItem>
              rowKey="id"
              size="middle"
              loading={board.isFetching}
              dataSource={board.data?.items ?? []}
              data-testid="subject-board"
              pagination={{ pageSize: 50, showSizeChanger: false }}
              onRow={(s) => ({ onClick: () => navigate(`/assessments/subjects/${s.id}`), style: { cursor: 'pointer' } })}
              columns={[
                { title: t('assessments.board.name'), render: (_, s) => <Link to={`/assessments/subjects/${s.id}`}>{s.name}</Link> },
                { title: t('assessments.board.kind'), render: (_, s) => t(`assessments.kinds.${s.kind}`) },
                { title: t('assessments.board.unit'), dataIndex: 'unitName' },
                {
                  title: t('assessments.board.step'),
                  render: (_, s) =>
                    s.notRatedReason ? (
                      <Typography.Text type="secondary">
                        {t('assessments.board.notRated', { reason: t(`assessments.notRated.${s.notRatedReason}`) })}
                      </Typography.Text>
                    ) : (
                      <StepTag step={s.step} />
                    ),
                },
                { title: t('assessments.board.proposed'), render: (_, s) => <LevelTag level={s.proposedLevel} /> },
                { title: t('assessments.board.level'), render: (_, s) => <LevelTag level={s.level} /> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={{ span: 24, order: 1 }} xxl={{ span: 7, order: 2 }}>
          <Card title={t('assessments.quota.title')}>
            <QuotaMeter cycleId={cycleId} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}

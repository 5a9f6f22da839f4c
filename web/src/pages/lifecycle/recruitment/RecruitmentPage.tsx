// The recruitment pipeline of a unit: the funnel, this year's target against admissions, and the candidates.
import { useState } from 'react';
import { Button, Card, Col, Row, Segmented, Tag } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { ErrorResult } from '../../../components/ErrorResult';
import { fmtDate, fmtNumber } from '../../../format';
import { may } from '../../../auth/permissions';
import { ScopeBar } from '../../../components/ScopeBar';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import { FunnelChart } from './FunnelChart';
import { CandidateForm } from './CandidateForm';
import { CandidateDrawer, STAGES } from './CandidateDrawer';

type Candidates = Answer<'GET /api/candidates'>;
type Item = Candidates['items'][number];
type Targets = Answer<'GET /api/recruitment/targets'>;
type Target = Targets['items'][number];
const PAGE_SIZE = 50;
const TARGETS_PAGE_SIZE = 8;

export default function RecruitmentPage() {
  const { t } = useTranslation();
  const { unitId, setUnitId, me } = useScopeUnit();
  const [stage, setStage] = useState<string>('all');
  const [page, setPage] = useState(1);
  const [targetsPage, setTargetsPage] = useState(1);
  const [creating, setCreating] = useState(false);
  const [open, setOpen] = useState<number | null>(null);
  const list = useQuery({
    queryKey: ['candidates', unitId ?? 0, stage, page],
    queryFn: () =>
      api.get<Candidates>('/api/candidates', { unitId, stage: stage === 'all' ? undefined : stage, page, pageSize: PAGE_SIZE }),
    enabled: !!unitId,
  });
  const funnel = useQuery({
    queryKey: ['funnel', unitId ?? 0],
    queryFn: () => api.get<Answer<'GET /api/recruitment/funnel'>>('/api/recruitment/funnel', { unitId }),
    enabled: !!unitId,
  });
  const targets = useQuery({
    queryKey: ['targets', unitId ?? 0, targetsPage],
    queryFn: () => api.get<Targets>('/api/recruitment/targets', { unitId, page: targetsPage, pageSize: TARGETS_PAGE_SIZE }),
    enabled: !!unitId,
  });
  const canEdit = may(me, 'lifecycle.edit');
  const canDecide = may(me, 'lifecycle.decide');
  return (
    <div>
      <ScopeBar
        title={t('lifecycle.recruitment.title')}
        unitId={unitId}
        onChange={(u) => {
          setUnitId(u);
          setPage(1);
          setTargetsPage(1);
        }}
        extra={
          canEdit && (
            <Button type="primary" onClick={() => setCreating(true)}>
              {t('lifecycle.recruitment.new')}
            </Button>
          )
        }
      />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        <Col xs={24} md={10}>
          <Card size="small" title={t('lifecycle.recruitment.funnel')}>
            {funnel.data && <FunnelChart stages={funnel.data.stages} />}
          </Card>
        </Col>
        <Col xs={24} md={14}>
          <Card size="small" title={t('lifecycle.recruitment.targets')}>
            <Table<Target>
              rowKey="unitId"
              size="small"
              pagination={{
                current: targetsPage,
                pageSize: TARGETS_PAGE_SIZE,
                total: targets.data?.total ?? 0,
                onChange: setTargetsPage,
                showSizeChanger: false,
              }}
              loading={targets.isPending && !!unitId}
              dataSource={targets.data?.items ?? []}
              columns={[
                { title: t('lifecycle.common.unit'), dataIndex: 'name' },
                { title: t('lifecycle.recruitment.members'), dataIndex: 'members', render: (v: number) => fmtNumber(v) },
                {
                  title: t('lifecycle.recruitment.target'),
                  dataIndex: 'target',
                  render: (v: number, r) => (
                    <>
                      {v}
                      {r.isDefault && <Tag style={{ marginLeft: 4 }}>{t('lifecycle.recruitment.default')}</Tag>}
                    </>
                  ),
                },
                {
                  title: t('lifecycle.recruitment.admitted'),
                  dataIndex: 'admitted',
                  render: (v: number, r) => <Tag color={v >= r.target ? 'green' : 'orange'}>{fmtNumber(v)}</Tag>,
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
      <Segmented
        value={stage}
        onChange={(v) => {
          setStage(String(v));
          setPage(1);
        }}
        style={{ marginBottom: 12 }}
        options={['all', ...STAGES].map((s) => ({
          value: s,
          label: s === 'all' ? t('lifecycle.common.all') : t(`lifecycle.recruitment.stages.${s}`),
        }))}
      />
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Item>
          rowKey="id"
          size="middle"
          loading={list.isPending && !!unitId}
          dataSource={list.data?.items ?? []}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          onRow={(r) => ({
            onClick: () => setOpen(r.id),
            onKeyDown: (e) => {
              if (e.key === 'Enter') setOpen(r.id);
            },
            tabIndex: 0,
            style: { cursor: 'pointer' },
          })}
          columns={[
            { title: t('lifecycle.recruitment.fullName'), dataIndex: 'fullName' },
            { title: t('lifecycle.recruitment.birthDate'), dataIndex: 'birthDate', render: fmtDate },
            { title: t('lifecycle.recruitment.unit'), dataIndex: 'unitName' },
            {
              title: t('lifecycle.recruitment.source'),
              dataIndex: 'source',
              render: (s: string) => t(`lifecycle.recruitment.sources.${s}`),
            },
            {
              title: t('lifecycle.recruitment.stage'),
              dataIndex: 'stage',
              render: (s: string) => <Tag color="blue">{t(`lifecycle.recruitment.stages.${s}`)}</Tag>,
            },
          ]}
        />
      )}
      <CandidateForm open={creating} unitId={unitId ?? null} onClose={() => setCreating(false)} />
      <CandidateDrawer id={open} onClose={() => setOpen(null)} canDecide={canDecide} />
    </div>
  );
}

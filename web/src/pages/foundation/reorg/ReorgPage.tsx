// Reorganization plan: upload a plan file (per-row errors), preview the tree before and after with the
// members whose cell changes and what is in flight, then apply it as one with a progress bar (or undo it).
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Input, Popconfirm, Progress, Row, Space, Tag, Tree, Typography, Upload } from 'antd';
import type { DataNode } from 'antd/es/tree';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useWrite } from '../../../useWrite';
import { useTranslation } from 'react-i18next';
import { api, ApiError, uploadFile } from '../../../api';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { ScopeBar } from '../../../components/ScopeBar';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import { DATE_FORMAT, fmtDate, toDayjs, toIso } from '../../../format';
import { describe, OperationEditor, type Op } from './OperationEditor';
import type { PaperRef, Plan, PlanSummary, Preview, PreviewRunning, RowMessage, TreeNode } from './types';

const WORKING = new Set(['applying', 'undoing']);
const STATUS_COLOR: Record<string, string> = {
  draft: 'blue',
  applying: 'orange',
  applied: 'green',
  undoing: 'orange',
  undone: 'default',
  discarded: 'default',
};

function toTree(nodes: TreeNode[], label: (n: TreeNode) => string): DataNode[] {
  const ids = new Set(nodes.map((n) => n.id));
  const build = (parent: number | null): DataNode[] =>
    nodes
      .filter((n) => (parent === null ? !n.parentId || !ids.has(n.parentId) : n.parentId === parent))
      .map((n) => ({ key: n.id, title: label(n), children: build(n.id) }));
  return build(null);
}

function RowErrors({ rows }: { rows: RowMessage[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <Table
      rowKey={(e) => `${e.row}-${e.code}`}
      size="small"
      dataSource={rows}
      pagination={{ pageSize: 20 }}
      data-testid="reorg-errors"
      columns={[
        { title: t('reorg.row'), dataIndex: 'row', width: 80 },
        { title: t('reorg.reason'), dataIndex: 'message' },
      ]}
    />
  );
}

export default function ReorgPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { unitId, setUnitId } = useScopeUnit();
  const [title, setTitle] = useState('');
  const [effectiveOn, setEffectiveOn] = useState('');
  const [plan, setPlan] = useState<Plan | null>(null);
  const [rowErrors, setRowErrors] = useState<RowMessage[]>([]);
  const plans = useQuery({
    queryKey: ['reorg-plans', unitId],
    queryFn: () => api.get<PlanSummary[]>('/api/reorg-plans', { unitId }),
    enabled: !!unitId,
  });

  // While the plan is applied (or undone) in the background, poll it for its progress.
  const planId = plan?.id;
  const planStatus = plan?.status;
  useEffect(() => {
    if (planId === undefined || !planStatus || !WORKING.has(planStatus)) return undefined;
    const timer = setInterval(async () => {
      const next = await api.get<Plan>(`/api/reorg-plans/${planId}`);
      setPlan(next);
      if (!WORKING.has(next.status)) void qc.invalidateQueries({ queryKey: ['reorg-plans'] });
    }, 700);
    return () => clearInterval(timer);
  }, [planStatus, planId, qc]);

  const write = useWrite((work: () => Promise<Plan>) => work(), {
    invalidate: [['reorg-plans']],
    onSuccess: setPlan,
    sentenceOnly: true,
    // A refused plan names its rows: in `details` from an upload, in the raw answer's details from a JSON save.
    onError: (e) => {
      if (!(e instanceof ApiError)) return;
      const rows = (e.details.length ? e.details : Array.isArray(e.raw) ? e.raw : []) as unknown[];
      if (rows.length && typeof rows[0] === 'object' && rows[0] !== null && 'row' in rows[0]) setRowErrors(rows as RowMessage[]);
    },
  });
  const busy = write.isPending;
  const run = async (work: () => Promise<Plan>) => {
    setRowErrors([]);
    await write.mutateAsync(work).catch(() => undefined);
  };
  const upload = (file: File) =>
    run(() =>
      uploadFile<Plan>(
        `/api/reorg-plans/upload?unitId=${unitId}&filename=${encodeURIComponent(file.name)}` +
          `&title=${encodeURIComponent(title.trim() || file.name)}&effectiveOn=${effectiveOn}`,
        file,
      ),
    );

  return (
    <div>
      <Typography.Title level={3}>{t('reorg.title')}</Typography.Title>
      <ScopeBar
        unitId={unitId}
        onChange={(id) => {
          setUnitId(id);
          setPlan(null);
        }}
        extra={
          <Button icon={<DownloadOutlined />} href="/api/reorg-plans/template.xlsx">
            {t('reorg.template')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Input
              style={{ width: 320 }}
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              placeholder={t('reorg.planTitle')}
              aria-label={t('reorg.planTitle')}
            />
            <DatePicker
              format={DATE_FORMAT}
              style={{ width: 180 }}
              value={toDayjs(effectiveOn || null)}
              onChange={(d) => setEffectiveOn(toIso(d) ?? '')}
              placeholder={t('reorg.effectiveOn')}
              aria-label={t('reorg.effectiveOn')}
            />
          </Space>
          <Upload.Dragger
            accept=".xlsx,.csv"
            showUploadList={false}
            disabled={!unitId || !effectiveOn || busy}
            beforeUpload={(f) => {
              void upload(f);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{t('reorg.drop')}</p>
            <p className="ant-upload-hint">{t('reorg.hint')}</p>
          </Upload.Dragger>
          <Typography.Text type="secondary">{t('reorg.editor.byHand')}</Typography.Text>
          <OperationEditor
            busy={busy}
            submitLabel={t('reorg.editor.start')}
            onAdd={(op) =>
              void run(() =>
                api.post<Plan>('/api/reorg-plans', {
                  unitId,
                  title: title.trim() || t('reorg.editor.untitled'),
                  effectiveOn,
                  operations: [op],
                }),
              )
            }
          />
          <RowErrors rows={rowErrors} />
        </Space>
      </Card>
      {plan && <PlanView plan={plan} busy={busy} run={run} />}
      <Card title={t('reorg.history')}>
        <Table<PlanSummary>
          rowKey="id"
          size="small"
          loading={plans.isLoading}
          dataSource={plans.data ?? []}
          pagination={{ pageSize: 10 }}
          onRow={(r) => ({ onClick: () => void run(() => api.get<Plan>(`/api/reorg-plans/${r.id}`)), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('reorg.planTitle'), dataIndex: 'title' },
            { title: t('reorg.effectiveOn'), dataIndex: 'effective_on', render: (d: string) => fmtDate(d) },
            {
              title: t('reorg.status'),
              dataIndex: 'status',
              render: (s: string) => <Tag color={STATUS_COLOR[s]}>{t(`reorg.statuses.${s}`)}</Tag>,
            },
            { title: t('reorg.unit'), dataIndex: 'unit_name' },
          ]}
        />
      </Card>
    </div>
  );
}

function PlanView({ plan, busy, run }: { plan: Plan; busy: boolean; run: (w: () => Promise<Plan>) => Promise<void> }) {
  const { t } = useTranslation();
  const draft = plan.status === 'draft';
  // A large plan is previewed in the background: the answer says how far the dry run is until the result comes.
  const answer = useQuery({
    queryKey: ['reorg-preview', plan.id, plan.version],
    queryFn: () => api.get<Preview | PreviewRunning>(`/api/reorg-plans/${plan.id}/preview`),
    enabled: draft,
    refetchInterval: (q) => (q.state.data?.running ? 700 : false),
  });
  const running = answer.data?.running ? answer.data : null;
  const preview = { data: answer.data && !answer.data.running ? answer.data : undefined };
  const label = (n: TreeNode) => `${n.name} (${n.code}) — ${t('reorg.counts', { members: n.members, cells: n.cells, seats: n.seats })}`;
  const total = plan.operations?.length ?? 0;
  return (
    <Card
      title={`${plan.title} — ${fmtDate(plan.effectiveOn)}`}
      style={{ marginBottom: 16 }}
      data-testid="reorg-plan"
      extra={<Tag color={STATUS_COLOR[plan.status]}>{t(`reorg.statuses.${plan.status}`)}</Tag>}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        {plan.failure && <Alert type="error" showIcon message={plan.failure.message} />}
        {plan.failure && <RowErrors rows={plan.failure.rows} />}
        {draft && <PlanOperations plan={plan} busy={busy} run={run} />}
        {running && (
          <div data-testid="reorg-preview-progress">
            <Typography.Text>{t('reorg.previewing', { done: running.done, total: running.total })}</Typography.Text>
            <Progress percent={Math.floor((100 * running.done) / Math.max(1, running.total))} status="active" />
          </div>
        )}
        {preview.data && (
          <>
            {preview.data.applicableFrom && (
              <Alert type="info" showIcon message={t('reorg.applicableFrom', { date: preview.data.applicableFrom })} />
            )}
            <RowErrors rows={preview.data.errors} />
            <Row gutter={16}>
              <Col xs={24} md={12}>
                <Card size="small" title={t('reorg.before')}>
                  <Tree defaultExpandAll selectable={false} treeData={toTree(preview.data.before, label)} />
                </Card>
              </Col>
              <Col xs={24} md={12}>
                <Card size="small" title={t('reorg.after')} data-testid="reorg-after">
                  <Tree defaultExpandAll selectable={false} treeData={toTree(preview.data.after, label)} />
                </Card>
              </Col>
            </Row>
            <Typography.Text>{t('reorg.membersMoved', { count: preview.data.membersMoved.total })}</Typography.Text>
            <Space wrap>
              {Object.entries(preview.data.inFlight).map(([k, v]) => (
                <Tag key={k} color={v.total ? 'orange' : 'default'}>
                  {t(`reorg.inFlight.${k}`)}: {v.total}
                </Tag>
              ))}
            </Space>
          </>
        )}
        {WORKING.has(plan.status) && <Progress percent={Math.floor((100 * plan.progress) / Math.max(1, total))} status="active" />}
        <Space>
          {draft && (
            <Popconfirm
              title={t('reorg.applyConfirm', { count: total })}
              okText={t('reorg.apply')}
              cancelText={t('reorg.cancel')}
              onConfirm={() => run(() => api.post<Plan>(`/api/reorg-plans/${plan.id}/apply`))}
            >
              <Button type="primary" disabled={busy || !!running || (preview.data?.errors.length ?? 0) > 0}>
                {t('reorg.apply')}
              </Button>
            </Popconfirm>
          )}
          {draft && (
            <Button disabled={busy} onClick={() => run(() => api.post<Plan>(`/api/reorg-plans/${plan.id}/discard`))}>
              {t('reorg.discard')}
            </Button>
          )}
          {plan.status === 'applied' && (
            <Popconfirm
              title={t('reorg.undoConfirm')}
              okText={t('reorg.undo')}
              okButtonProps={{ danger: true }}
              cancelText={t('reorg.cancel')}
              onConfirm={() => run(() => api.post<Plan>(`/api/reorg-plans/${plan.id}/undo`))}
            >
              <Button danger disabled={busy}>
                {t('reorg.undo')}
              </Button>
            </Popconfirm>
          )}
        </Space>
        {plan.status === 'applied' && <Papers plan={plan} />}
      </Space>
    </Card>
  );
}

/** The decision and handover minutes of each organization the applied plan moved, merged, split or dissolved. */
function Papers({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const papers = useQuery({
    queryKey: ['reorg-papers', plan.id, plan.version],
    queryFn: () => api.get<PaperRef[]>(`/api/reorg-plans/${plan.id}/papers`),
  });
  const base = `/api/reorg-plans/${plan.id}/papers`;
  return (
    <Card
      size="small"
      title={t('reorg.papers')}
      data-testid="reorg-papers"
      extra={
        <Button icon={<DownloadOutlined />} href={`${base}.zip`}>
          {t('reorg.papersZip')}
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">{t('reorg.papersHint')}</Typography.Paragraph>
      <Table<PaperRef>
        rowKey="seq"
        size="small"
        loading={papers.isLoading}
        dataSource={papers.data ?? []}
        pagination={{ pageSize: 20 }}
        columns={[
          { title: t('reorg.paperNo'), dataIndex: 'decisionNo', width: 120 },
          { title: t('reorg.paperKind'), dataIndex: 'kind', render: (k: string) => t(`reorg.paperKinds.${k}`) },
          {
            title: t('reorg.paperUnits'),
            key: 'units',
            render: (_: unknown, p) => `${p.from.map((u) => u.name).join(', ')} → ${p.to.map((u) => u.name).join(', ')}`,
          },
          {
            title: t('reorg.papers'),
            key: 'files',
            render: (_: unknown, p) => (
              <Space wrap>
                <a href={`${base}/${p.seq}/decision.pdf`} download={p.files.decision}>
                  {t('reorg.decision')}
                </a>
                <a href={`${base}/${p.seq}/minutes.pdf`} download={p.files.minutes}>
                  {t('reorg.minutes')}
                </a>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

/** A draft's operations, in order, each removable, and the editor that adds one: every change saves the draft. */
function PlanOperations({ plan, busy, run }: { plan: Plan; busy: boolean; run: (w: () => Promise<Plan>) => Promise<void> }) {
  const { t } = useTranslation();
  const ops: Op[] = (plan.operations ?? []).map(({ row: _row, ...op }) => op);
  const save = (next: Op[]) =>
    run(() =>
      api.put<Plan>(`/api/reorg-plans/${plan.id}`, {
        version: plan.version,
        title: plan.title,
        effectiveOn: plan.effectiveOn,
        ...(plan.decisionNo ? { decisionNo: plan.decisionNo } : {}),
        operations: next,
      }),
    );
  return (
    <Card size="small" title={t('reorg.editor.operations', { count: ops.length })} data-testid="reorg-operations">
      <ol style={{ paddingLeft: 20, maxHeight: 240, overflowY: 'auto' }}>
        {ops
          .map((op, i) => ({ op, id: `${i}:${op.kind}:${op.unit ?? op.code ?? op.into ?? ''}` }))
          .map(({ op, id }, i) => (
            <li key={id}>
              {describe(op, t)}{' '}
              {ops.length > 1 && (
                <Button size="small" type="link" disabled={busy} onClick={() => void save(ops.filter((_, j) => j !== i))}>
                  {t('reorg.editor.remove')}
                </Button>
              )}
            </li>
          ))}
      </ol>
      <OperationEditor busy={busy} submitLabel={t('reorg.editor.add')} onAdd={(op) => void save([...ops, op])} />
    </Card>
  );
}

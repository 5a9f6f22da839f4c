// Import members from .xlsx/.csv: upload → preview (errors by row and column) → fix the mapping →
// commit all or nothing with a progress bar → see the new members; a whole import can be undone.
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Input, Popconfirm, Progress, Select, Space, Tag, Typography, Upload } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useWrite } from '../../../useWrite';
import { useTranslation } from 'react-i18next';
import { api, uploadFile, type Answer } from '../../../api';
import { fmtDateTime, fmtNumber } from '../../../format';
import { ScopeBar } from '../../../components/ScopeBar';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import type { ImportJob, JobSummary } from './types';
import { MappingEditor } from './MappingEditor';

const JOB_PAGE_SIZE = 10;

/** Statuses during which rows are written or removed in the background. */
const WORKING = new Set(['committing', 'undoing']);
const STATUS_COLOR: Record<string, string> = {
  previewed: 'blue',
  committing: 'orange',
  committed: 'green',
  failed: 'red',
  undoing: 'orange',
  undone: 'default',
  discarded: 'default',
};

export default function ImportPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { unitId, setUnitId } = useScopeUnit();
  const [job, setJob] = useState<ImportJob | null>(null);
  const [mappingName, setMappingName] = useState<string | undefined>();
  // The jobs are paged on the server, newest first; another unit starts at page 1.
  const [paged, setPaged] = useState({ unitId: null as number | null, page: 1 });
  const jobPage = paged.unitId === unitId ? paged.page : 1;
  const jobs = useQuery({
    queryKey: ['imports', unitId, jobPage],
    enabled: !!unitId,
    queryFn: () => api.get<Answer<'GET /api/imports'>>('/api/imports', { unitId, page: jobPage, pageSize: JOB_PAGE_SIZE }),
  });
  const mappings = useQuery({
    queryKey: ['import-mappings', unitId],
    queryFn: () => api.get<Answer<'GET /api/import-mappings'>>('/api/import-mappings', { unitId }),
    enabled: !!unitId,
  });

  // While the rows are written (or removed by an undo), poll the job for its progress.
  const jobId = job?.id;
  const jobStatus = job?.status;
  useEffect(() => {
    if (jobId === undefined || !jobStatus || !WORKING.has(jobStatus)) return undefined;
    const timer = setInterval(async () => {
      const next = await api.get<ImportJob>(`/api/imports/${jobId}`);
      setJob(next);
      if (!WORKING.has(next.status)) void qc.invalidateQueries({ queryKey: ['imports'] });
    }, 700);
    return () => clearInterval(timer);
  }, [jobStatus, jobId, qc]);

  const write = useWrite((work: () => Promise<ImportJob>) => work(), { invalidate: [['imports']], onSuccess: setJob, sentenceOnly: true });
  const busy = write.isPending;
  const run = (work: () => Promise<ImportJob>) =>
    write.mutateAsync(work).then(
      () => undefined,
      () => undefined,
    );
  const upload = (file: File) =>
    run(() =>
      uploadFile<ImportJob>(
        `/api/imports?unitId=${unitId}&filename=${encodeURIComponent(file.name)}${mappingName ? `&mapping=${encodeURIComponent(mappingName)}` : ''}`,
        file,
      ),
    );

  return (
    <div>
      <Typography.Title level={3}>{t('imports.import.title')}</Typography.Title>
      <ScopeBar
        unitId={unitId}
        onChange={(id) => {
          setUnitId(id);
          setJob(null);
        }}
        extra={
          <Button icon={<DownloadOutlined />} href="/api/imports/template.xlsx">
            {t('imports.import.template')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Space wrap>
            <Typography.Text>{t('imports.import.savedMapping')}:</Typography.Text>
            <Select
              allowClear
              style={{ minWidth: 240 }}
              value={mappingName}
              onChange={setMappingName}
              placeholder={t('imports.import.autoMapping')}
              options={(mappings.data ?? []).map((m) => ({ value: m.name, label: m.name }))}
              aria-label={t('imports.import.savedMapping')}
            />
          </Space>
          <Upload.Dragger
            accept=".xlsx,.csv"
            showUploadList={false}
            disabled={!unitId || busy}
            beforeUpload={(f) => {
              void upload(f);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{t('imports.import.drop')}</p>
            <p className="ant-upload-hint">{t('imports.import.hint')}</p>
          </Upload.Dragger>
        </Space>
      </Card>
      {job && <JobView job={job} busy={busy} run={run} />}
      <Card title={t('imports.import.history')}>
        <Table<JobSummary>
          rowKey="id"
          size="small"
          loading={jobs.isLoading}
          dataSource={jobs.data?.items ?? []}
          pagination={{
            current: jobPage,
            pageSize: JOB_PAGE_SIZE,
            total: jobs.data?.total ?? 0,
            onChange: (p) => setPaged({ unitId: unitId ?? null, page: p }),
            showSizeChanger: false,
          }}
          onRow={(r) => ({ onClick: () => void run(() => api.get<ImportJob>(`/api/imports/${r.id}`)), style: { cursor: 'pointer' } })}
          columns={[
            { title: t('imports.import.file'), dataIndex: 'filename' },
            {
              title: t('imports.import.status'),
              dataIndex: 'status',
              render: (s: string) => <Tag color={STATUS_COLOR[s]}>{t(`imports.status.${s}`)}</Tag>,
            },
            { title: t('imports.import.rows'), dataIndex: 'totalRows' },
            { title: t('imports.import.errors'), dataIndex: 'errorCount', render: (v: number) => fmtNumber(v) },
            { title: t('imports.import.by'), dataIndex: 'createdByName' },
            { title: t('imports.import.at'), dataIndex: 'createdAt', render: (v: string) => fmtDateTime(v) },
          ]}
        />
      </Card>
    </div>
  );
}

function JobView({ job, busy, run }: { job: ImportJob; busy: boolean; run: (w: () => Promise<ImportJob>) => Promise<void> }) {
  const { t } = useTranslation();
  const [saveAs, setSaveAs] = useState('');
  const open = job.status === 'previewed';
  return (
    <Card
      title={`${job.filename} — ${job.unitName}`}
      style={{ marginBottom: 16 }}
      data-testid="import-job"
      extra={<Tag color={STATUS_COLOR[job.status]}>{t(`imports.status.${job.status}`)}</Tag>}
    >
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text data-testid="import-summary">
          {t('imports.import.summary', { total: job.totalRows, valid: job.validRows, errors: job.errorCount, ignored: job.ignoredColumns })}
        </Typography.Text>
        {job.failure && <Alert type="error" showIcon message={job.failureMessage ?? job.failure} />}
        {open && (
          <MappingEditor
            job={job}
            onApply={(mapping) =>
              run(() => api.put<ImportJob>(`/api/imports/${job.id}/mapping`, { mapping, ...(saveAs ? { saveAs } : {}) }))
            }
            busy={busy}
            extra={
              <Input
                style={{ width: 260 }}
                value={saveAs}
                onChange={(e) => setSaveAs(e.target.value)}
                placeholder={t('imports.import.saveAs')}
                aria-label={t('imports.import.saveAs')}
              />
            }
          />
        )}
        {job.errors.length > 0 && (
          <Table
            rowKey={(e) => `${e.row}-${e.field}-${e.code}`}
            size="small"
            dataSource={job.errors}
            pagination={{ pageSize: 20 }}
            data-testid="import-errors"
            columns={[
              { title: t('imports.import.row'), dataIndex: 'row', width: 80 },
              { title: t('imports.import.column'), render: (_, e) => (e.column ? `${e.column} (${e.header})` : '—'), width: 200 },
              { title: t('imports.import.reason'), dataIndex: 'message' },
            ]}
          />
        )}
        {WORKING.has(job.status) && (
          <div>
            <Typography.Text type="secondary">
              {t(job.status === 'undoing' ? 'imports.import.undoing' : 'imports.import.writing')}
            </Typography.Text>
            <Progress percent={Math.floor((100 * job.progress) / Math.max(1, job.validRows))} status="active" />
          </div>
        )}
        {job.status === 'committed' && (
          <Alert
            type="success"
            showIcon
            message={t('imports.import.done', { count: job.totalRows })}
            action={<Link to={`/members?unitId=${job.unitId}`}>{t('imports.import.seeMembers')}</Link>}
          />
        )}
        <Space>
          {open && (
            <Button
              type="primary"
              disabled={job.errorCount > 0 || busy}
              onClick={() => run(() => api.post<ImportJob>(`/api/imports/${job.id}/commit`))}
            >
              {t('imports.import.commit', { count: job.validRows })}
            </Button>
          )}
          {open && (
            <Button disabled={busy} onClick={() => run(() => api.post<ImportJob>(`/api/imports/${job.id}/discard`))}>
              {t('imports.import.discard')}
            </Button>
          )}
          {job.status === 'committed' && (
            <Popconfirm
              placement="topLeft"
              styles={{ root: { maxWidth: 420 } }}
              title={t('imports.import.undoConfirm', { count: job.validRows })}
              okText={t('imports.import.undo')}
              okButtonProps={{ danger: true }}
              cancelText={t('imports.import.keep')}
              onConfirm={() => run(() => api.post<ImportJob>(`/api/imports/${job.id}/undo`))}
            >
              <Button danger disabled={busy}>
                {t('imports.import.undo')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      </Space>
    </Card>
  );
}

// Transfers of Party activities: outgoing, incoming and overdue, each step a button; the letter prints as PDF.
import { useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Space, Tabs, Tag } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { useAbility } from '../../../auth/permissions';
import { whenValid } from '../../../components/formErrors';
import { ErrorResult } from '../../../components/ErrorResult';
import { DATE_FORMAT, fmtDate, toIso } from '../../../format';
import { ScopeBar } from '../../../components/ScopeBar';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import { useWrite } from '../../../useWrite';
import { TransferForm } from './TransferForm';
import { ImportForm } from './ImportForm';

type Transfers = Answer<'GET /api/transfers'>;
export type Transfer = Transfers['items'][number];
const PAGE_SIZE = 50;

const STATE_COLORS: Record<string, string> = {
  recorded: 'default',
  issued: 'blue',
  in_transit: 'orange',
  received: 'green',
  cancelled: 'default',
};

export default function TransfersPage() {
  const { t } = useTranslation();
  const { unitId, setUnitId } = useScopeUnit();
  const [tab, setTab] = useState<'out' | 'in' | 'overdue'>('out');
  const [page, setPage] = useState(1);
  const [creating, setCreating] = useState(false);
  // Sending (record, issue, hand over, cancel) and receiving are the two sides' abilities.
  const maySend = useAbility('transfer.create');
  const mayReceive = useAbility('transfer.import');
  const [importing, setImporting] = useState(false);
  const [issuing, setIssuing] = useState<Transfer | null>(null);
  const [form] = Form.useForm();
  const list = useQuery({
    queryKey: ['transfers', unitId ?? 0, tab, page],
    queryFn: () =>
      tab === 'overdue'
        ? api.get<Transfers>('/api/transfers/overdue', { unitId, page, pageSize: PAGE_SIZE })
        : api.get<Transfers>('/api/transfers', { unitId, direction: tab, page, pageSize: PAGE_SIZE }),
    enabled: !!unitId,
  });
  const step = useWrite(
    (a: { t: Transfer; action: string }) => api.post(`/api/transfers/${a.t.id}/${a.action}`, { version: a.t.version }),
    { invalidate: [['transfers']], saved: true },
  );
  const issue = useWrite((v: Record<string, unknown>) => api.post(`/api/transfers/${issuing!.id}/issue`, v), {
    invalidate: [['transfers']],
    onSuccess: () => setIssuing(null),
    saved: true,
  });

  const actions = (r: Transfer) => (
    <Space wrap>
      {maySend && r.state === 'recorded' && (
        <Button
          size="small"
          onClick={() => {
            form.resetFields();
            setIssuing(r);
          }}
        >
          {t('lifecycle.transfers.issue')}
        </Button>
      )}
      {maySend && r.state === 'issued' && (
        <Button size="small" onClick={() => step.mutate({ t: r, action: 'hand-over' })}>
          {t('lifecycle.transfers.handOver')}
        </Button>
      )}
      {mayReceive && !r.outOfProvince && tab === 'in' && (r.state === 'issued' || r.state === 'in_transit') && (
        <Button size="small" type="primary" onClick={() => step.mutate({ t: r, action: 'receive' })}>
          {t('lifecycle.transfers.receive')}
        </Button>
      )}
      {maySend && tab === 'out' && ['recorded', 'issued'].includes(r.state) && (
        <Button size="small" danger onClick={() => step.mutate({ t: r, action: 'cancel' })}>
          {t('lifecycle.transfers.cancel')}
        </Button>
      )}
      {r.letterNo && (
        <Button size="small" href={`/api/transfers/${r.id}/letter.pdf`} target="_blank">
          {t('lifecycle.transfers.letter')}
        </Button>
      )}
      {maySend && r.outOfProvince && r.letterNo && (
        <Button size="small" href={`/api/transfers/${r.id}/package`} download={`ho-so-dang-vien-${r.id}.json`}>
          {t('lifecycle.transfers.package')}
        </Button>
      )}
    </Space>
  );

  return (
    <div>
      <ScopeBar
        title={t('lifecycle.transfers.title')}
        unitId={unitId}
        onChange={(u) => {
          setUnitId(u);
          setPage(1);
        }}
        extra={
          <Space>
            {mayReceive && <Button onClick={() => setImporting(true)}>{t('lifecycle.transfers.import')}</Button>}
            {maySend && (
              <Button type="primary" onClick={() => setCreating(true)}>
                {t('lifecycle.transfers.new')}
              </Button>
            )}
          </Space>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) => {
          setTab(k as typeof tab);
          setPage(1);
        }}
        items={(['out', 'in', 'overdue'] as const).map((k) => ({ key: k, label: t(`lifecycle.transfers.tabs.${k}`) }))}
      />
      {list.isError ? (
        <ErrorResult error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Table<Transfer>
          rowKey="id"
          size="middle"
          loading={list.isPending && !!unitId}
          dataSource={list.data?.items ?? []}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { title: t('lifecycle.common.member'), dataIndex: 'fullName' },
            { title: t('lifecycle.transfers.kind'), dataIndex: 'kind', render: (k: string) => t(`lifecycle.transfers.kinds.${k}`) },
            { title: t('lifecycle.transfers.from'), dataIndex: 'fromName' },
            { title: t('lifecycle.transfers.to'), render: (_, r) => r.toName ?? r.destination },
            { title: t('lifecycle.transfers.letterNo'), render: (_, r) => (r.letterNo ? `${r.letterNo} (${fmtDate(r.letterDate)})` : '') },
            {
              title: t('lifecycle.transfers.state'),
              dataIndex: 'state',
              render: (s: string, r) => (
                <>
                  <Tag color={STATE_COLORS[s]}>{t(`lifecycle.transfers.states.${s}`)}</Tag>
                  {r.overdue && <Tag color="red">{t(`lifecycle.transfers.overdue.${r.overdue}`)}</Tag>}
                </>
              ),
            },
            { title: t('lifecycle.transfers.deadline'), render: (_, r) => fmtDate(r.state === 'recorded' ? r.startBy : r.presentBy) },
            { title: '', render: (_, r) => actions(r) },
          ]}
        />
      )}
      <TransferForm open={creating} onClose={() => setCreating(false)} />
      <ImportForm open={importing} onClose={() => setImporting(false)} />
      <Modal
        open={!!issuing}
        title={t('lifecycle.transfers.issue')}
        onCancel={() => setIssuing(null)}
        confirmLoading={issue.isPending}
        okText={t('lifecycle.common.save')}
        onOk={() =>
          whenValid(form, (v) => issue.mutate({ version: issuing!.version, letterNo: v.letterNo, letterDate: toIso(v.letterDate) }))
        }
      >
        <Form form={form} layout="vertical">
          <Form.Item name="letterNo" label={t('lifecycle.transfers.letterNo')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="letterDate" label={t('lifecycle.transfers.letterDate')} rules={[{ required: true }]}>
            <DatePicker format={DATE_FORMAT} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}

// /remediation: plans in scope, overdue items, and subjects rated not_completed that still need a plan.
import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { messageOf, useWrite } from '../../../useWrite';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { fmtDate, toIso } from '../../../format';
import { PlanDrawer, type PlanItem } from './PlanDrawer';

interface Plan {
  id: number;
  name: string;
  cycleTitle: string;
  reason: string;
  status: string;
  overdue: number;
  items: PlanItem[];
}
interface Listing {
  plans: Plan[];
  overdueItems: { id: number; planId: number; name: string; shortcoming: string; owner: string; deadline: string }[];
  missingPlans: { subjectId: number; name: string; kind: string; cycleTitle: string }[];
}

function CreatePlan({ subject, onClose }: { subject: { subjectId: number; name: string } | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useWrite(
    (v: { items: { shortcoming: string; action: string; owner: string; deadline: import('dayjs').Dayjs }[] }) =>
      api.post('/api/remediation-plans', {
        subjectId: subject!.subjectId,
        reason: 'not_completed',
        items: v.items.map((i) => ({ ...i, deadline: toIso(i.deadline) })),
      }),
    { errors: 'inline', invalidate: [['remediation']], onSuccess: onClose },
  );
  const req = [{ required: true, message: t('remediation.required') }];
  return (
    <Modal
      open={!!subject}
      onCancel={onClose}
      onOk={() => form.submit()}
      title={t('remediation.createFor', { name: subject?.name })}
      width={720}
      destroyOnHidden
    >
      {save.shown && <Alert type="error" showIcon title={messageOf(save.shown)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={{ items: [{}] }}>
        <Form.List name="items">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="start" wrap>
                  <Form.Item name={[f.name, 'shortcoming']} label={t('remediation.shortcoming')} rules={req}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[f.name, 'action']} label={t('remediation.action')} rules={req}>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[f.name, 'owner']} label={t('remediation.owner')} rules={req}>
                    <Input style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'deadline']} label={t('remediation.deadline')} rules={req}>
                    <DatePicker format="DD/MM/YYYY" />
                  </Form.Item>
                  {fields.length > 1 && <MinusCircleOutlined style={{ marginTop: 38 }} onClick={() => remove(f.name)} />}
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({})}>
                {t('remediation.addItem')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}

export default function PlansPage() {
  const { t } = useTranslation();
  const [open, setOpen] = useState<number | null>(null);
  const [creating, setCreating] = useState<{ subjectId: number; name: string } | null>(null);
  const q = useQuery({ queryKey: ['remediation', 'list'], queryFn: () => api.get<Listing>('/api/remediation-plans') });
  const d = q.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('remediation.heading')}
      </Typography.Title>
      {(d?.missingPlans.length ?? 0) > 0 && (
        <Card title={t('remediation.missing')}>
          <Table
            rowKey="subjectId"
            size="small"
            pagination={false}
            dataSource={d!.missingPlans}
            columns={[
              { title: t('remediation.subject'), dataIndex: 'name' },
              { title: t('remediation.cycle'), dataIndex: 'cycleTitle' },
              {
                title: '',
                render: (_, m) => (
                  <Button size="small" type="primary" onClick={() => setCreating(m)}>
                    {t('remediation.create')}
                  </Button>
                ),
              },
            ]}
          />
        </Card>
      )}
      {(d?.overdueItems.length ?? 0) > 0 && (
        <Card title={t('remediation.overdue')}>
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={d!.overdueItems}
            onRow={(i) => ({ onClick: () => setOpen(i.planId) })}
            columns={[
              { title: t('remediation.subject'), dataIndex: 'name' },
              { title: t('remediation.shortcoming'), dataIndex: 'shortcoming' },
              { title: t('remediation.owner'), dataIndex: 'owner' },
              { title: t('remediation.deadline'), render: (_, i) => <Tag color="red">{fmtDate(i.deadline)}</Tag> },
            ]}
          />
        </Card>
      )}
      <Card title={t('remediation.plans')}>
        <Table<Plan>
          rowKey="id"
          loading={q.isFetching}
          dataSource={d?.plans ?? []}
          onRow={(p) => ({ onClick: () => setOpen(p.id), style: { cursor: 'pointer' } })}
          locale={{ emptyText: t('remediation.empty') }}
          columns={[
            { title: t('remediation.subject'), dataIndex: 'name' },
            { title: t('remediation.cycle'), dataIndex: 'cycleTitle' },
            { title: t('remediation.reason'), render: (_, p) => t(`remediation.reasons.${p.reason}`) },
            {
              title: t('remediation.progress'),
              render: (_, p) => `${p.items.filter((i) => i.status === 'done').length} / ${p.items.length}`,
            },
            {
              title: t('remediation.status'),
              render: (_, p) => <Tag color={p.status === 'open' ? 'orange' : 'green'}>{t(`remediation.statuses.${p.status}`)}</Tag>,
            },
            { title: '', render: (_, p) => p.overdue > 0 && <Tag color="red">{t('remediation.overdueCount', { n: p.overdue })}</Tag> },
          ]}
        />
      </Card>
      <PlanDrawer planId={open} onClose={() => setOpen(null)} />
      <CreatePlan subject={creating} onClose={() => setCreating(null)} />
    </Space>
  );
}

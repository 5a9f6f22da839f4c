// /grassroots/campaigns: mass-mobilization campaigns in scope, their progress, and a form to open one.
import { useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Progress, Space, Table, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api';
import { UnitPicker } from '../../components/UnitPicker';
import { fmtDate, toIso } from '../../format';
import { ErrorLine, UnitFilter } from '../assignments/shared';

export interface Campaign {
  id: number; unitId: number; unitName: string; name: string; goal: string; place: string; startsOn: string; deadline: string;
  version: number; counts: Record<string, number>; total: number;
}

function CreateCampaign({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const req = [{ required: true, message: t('grassroots.common.required') }];
  async function submit(v: { unitId: number; name: string; goal: string; place: string; startsOn: import('dayjs').Dayjs; deadline: import('dayjs').Dayjs }) {
    try {
      await api.post('/api/campaigns', { ...v, startsOn: toIso(v.startsOn), deadline: toIso(v.deadline) });
      void qc.invalidateQueries({ queryKey: ['grassroots'] });
      onClose();
    } catch (e) { setError(e); }
  }
  return (
    <Modal open={open} onCancel={onClose} onOk={() => form.submit()} title={t('grassroots.campaigns.create')} destroyOnHidden>
      <ErrorLine error={error} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="unitId" label={t('grassroots.campaigns.unit')} rules={req}><UnitPicker /></Form.Item>
        <Form.Item name="name" label={t('grassroots.common.name')} rules={req}><Input /></Form.Item>
        <Form.Item name="goal" label={t('grassroots.campaigns.goal')} rules={req}><Input.TextArea rows={2} /></Form.Item>
        <Form.Item name="place" label={t('grassroots.campaigns.place')} rules={req}><Input /></Form.Item>
        <Space>
          <Form.Item name="startsOn" label={t('grassroots.common.from')} rules={req}><DatePicker format="DD/MM/YYYY" /></Form.Item>
          <Form.Item name="deadline" label={t('grassroots.campaigns.deadline')} rules={req}><DatePicker format="DD/MM/YYYY" /></Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

export default function CampaignsPage() {
  const { t } = useTranslation();
  const [unitId, setUnitId] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const q = useQuery({ queryKey: ['grassroots', 'campaigns', unitId], queryFn: () => api.get<Campaign[]>('/api/campaigns', { unitId }) });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('grassroots.campaigns.title')}</Typography.Title>
      <Space wrap>
        <UnitFilter value={unitId} onChange={setUnitId} />
        <Button type="primary" onClick={() => setCreating(true)}>{t('grassroots.campaigns.create')}</Button>
      </Space>
      <ErrorLine error={q.error} />
      <Table<Campaign> rowKey="id" loading={q.isLoading} dataSource={q.data ?? []} size="small"
        columns={[
          { title: t('grassroots.common.name'), dataIndex: 'name', render: (n: string, c) => <Link to={`/grassroots/campaigns/${c.id}`}>{n}</Link> },
          { title: t('grassroots.campaigns.unit'), dataIndex: 'unitName' },
          { title: t('grassroots.campaigns.place'), dataIndex: 'place' },
          { title: t('grassroots.campaigns.deadline'), dataIndex: 'deadline', render: fmtDate },
          { title: t('grassroots.campaigns.households'), dataIndex: 'total' },
          { title: t('grassroots.campaigns.done'), key: 'p', render: (_: unknown, c) => <Progress percent={c.total ? Math.round((100 * (c.counts.site_handed_over ?? 0)) / c.total) : 0} size="small" /> },
        ]} />
      <CreateCampaign open={creating} onClose={() => setCreating(false)} />
    </Space>
  );
}

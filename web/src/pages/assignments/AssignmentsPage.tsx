// /grassroots/assignments: committee members in charge of units, with their periods; add and end assignments.
import { useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Space, Switch, Table, Typography, message } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { UnitPicker } from '../../components/UnitPicker';
import { fmtDate, todayIso, toIso } from '../../format';
import { ErrorLine, MemberSelect, UnitFilter, errorText } from './shared';

interface UnitAssignment { id: number; unitId: number; unitName: string; memberName: string; validFrom: string; validTo: string | null; note: string; version: number }

function AddAssignment({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  async function submit(v: { unitId: number; memberId: number; validFrom: import('dayjs').Dayjs; note?: string }) {
    try {
      await api.post('/api/unit-assignments', { unitId: v.unitId, memberId: v.memberId, validFrom: toIso(v.validFrom), note: v.note ?? '' });
      void qc.invalidateQueries({ queryKey: ['grassroots'] });
      onClose();
    } catch (e) { setError(e); }
  }
  const req = [{ required: true, message: t('grassroots.common.required') }];
  return (
    <Modal open={open} onCancel={onClose} onOk={() => form.submit()} title={t('grassroots.assignments.add')} destroyOnHidden>
      <ErrorLine error={error} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="unitId" label={t('grassroots.common.unit')} rules={req}><UnitPicker /></Form.Item>
        <Form.Item name="memberId" label={t('grassroots.assignments.committeeMember')} rules={req}><MemberSelect /></Form.Item>
        <Form.Item name="validFrom" label={t('grassroots.common.from')} rules={req}><DatePicker format="DD/MM/YYYY" /></Form.Item>
        <Form.Item name="note" label={t('grassroots.common.note')}><Input /></Form.Item>
      </Form>
    </Modal>
  );
}

export default function AssignmentsPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [unitId, setUnitId] = useState<number | null>(null);
  const [all, setAll] = useState(false);
  const [adding, setAdding] = useState(false);
  const q = useQuery({ queryKey: ['grassroots', 'unit-assignments', unitId, all], queryFn: () => api.get<UnitAssignment[]>('/api/unit-assignments', { unitId, current: !all }) });
  const end = (a: UnitAssignment) => Modal.confirm({
    title: t('grassroots.assignments.endConfirm', { name: a.memberName, unit: a.unitName }),
    onOk: async () => {
      try {
        await api.post(`/api/unit-assignments/${a.id}/end`, { version: a.version, validTo: todayIso() });
        void qc.invalidateQueries({ queryKey: ['grassroots'] });
      } catch (e) { void message.error(errorText(e)); }
    },
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={3}>{t('grassroots.assignments.title')}</Typography.Title>
      <Space wrap>
        <UnitFilter value={unitId} onChange={setUnitId} />
        <Switch checked={all} onChange={setAll} /> {t('grassroots.assignments.showEnded')}
        <Button type="primary" onClick={() => setAdding(true)}>{t('grassroots.assignments.add')}</Button>
      </Space>
      <ErrorLine error={q.error} />
      <Table<UnitAssignment> rowKey="id" loading={q.isLoading} dataSource={q.data ?? []} size="small"
        columns={[
          { title: t('grassroots.common.unit'), dataIndex: 'unitName' },
          { title: t('grassroots.assignments.committeeMember'), dataIndex: 'memberName' },
          { title: t('grassroots.common.from'), dataIndex: 'validFrom', render: fmtDate },
          { title: t('grassroots.common.to'), dataIndex: 'validTo', render: (v: string | null) => (v ? fmtDate(v) : '—') },
          { title: t('grassroots.common.note'), dataIndex: 'note' },
          { key: 'end', render: (_: unknown, a) => (a.validTo ? null : <Button size="small" onClick={() => end(a)}>{t('grassroots.assignments.end')}</Button>) },
        ]} />
      <AddAssignment open={adding} onClose={() => setAdding(false)} />
    </Space>
  );
}

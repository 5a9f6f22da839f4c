// Forming a working group: its unit, name, task, period, leader, members and the units assigned to it.
import { useState } from 'react';
import { DatePicker, Form, Input, Modal } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { api } from '../../api';
import { UnitPicker } from '../../components/UnitPicker';
import { toIso } from '../../format';
import { ErrorLine } from '../assignments/shared';
import { MemberPicker as MemberSelect } from '../../components/MemberPicker';

interface Values { unitId: number; name: string; purpose?: string; validFrom: Dayjs; leaderId: number; memberIds?: number[]; unitIds?: number[] }

export function CreateWorkingGroup({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const req = [{ required: true, message: t('grassroots.common.required') }];
  async function submit(v: Values) {
    const others = (v.memberIds ?? []).filter((m) => m !== v.leaderId);
    try {
      await api.post('/api/working-groups', {
        unitId: v.unitId, name: v.name, purpose: v.purpose ?? '', validFrom: toIso(v.validFrom),
        members: [{ memberId: v.leaderId, role: 'leader' }, ...others.map((m) => ({ memberId: m, role: 'member' }))], unitIds: v.unitIds ?? [],
      });
      void qc.invalidateQueries({ queryKey: ['grassroots'] });
      onClose();
    } catch (e) { setError(e); }
  }
  return (
    <Modal open={open} onCancel={onClose} onOk={() => form.submit()} title={t('grassroots.workingGroups.create')} destroyOnHidden width={640}>
      <ErrorLine error={error} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="unitId" label={t('grassroots.common.unit')} rules={req}><UnitPicker /></Form.Item>
        <Form.Item name="name" label={t('grassroots.common.name')} rules={req}><Input /></Form.Item>
        <Form.Item name="purpose" label={t('grassroots.workingGroups.purpose')}><Input.TextArea rows={2} /></Form.Item>
        <Form.Item name="validFrom" label={t('grassroots.common.from')} rules={req}><DatePicker format="DD/MM/YYYY" /></Form.Item>
        <Form.Item name="leaderId" label={t('grassroots.role.leader')} rules={req}><MemberSelect /></Form.Item>
        <Form.Item name="memberIds" label={t('grassroots.workingGroups.members')}><MemberSelect multiple /></Form.Item>
        <Form.Item name="unitIds" label={t('grassroots.workingGroups.units')}><UnitPicker multiple /></Form.Item>
      </Form>
    </Modal>
  );
}

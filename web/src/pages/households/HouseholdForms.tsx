// Forms of the household register: a new residential group, a new household.
import { useState } from 'react';
import { Form, Input, InputNumber, Modal, Select } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { UnitPicker } from '../../components/UnitPicker';
import { ErrorLine } from '../assignments/shared';
import type { Group } from './HouseholdsPage';

function useSave(onClose: () => void) {
  const qc = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const save = async (url: string, body: unknown) => {
    try {
      await api.post(url, body);
      void qc.invalidateQueries({ queryKey: ['grassroots'] });
      setError(null);
      onClose();
    } catch (e) { setError(e); }
  };
  return { error, save };
}

export function AddGroup({ open, unitId, onClose }: { open: boolean; unitId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { error, save } = useSave(onClose);
  const req = [{ required: true, message: t('grassroots.common.required') }];
  return (
    <Modal open={open} onCancel={onClose} onOk={() => form.submit()} title={t('grassroots.households.addGroup')} destroyOnHidden>
      <ErrorLine error={error} />
      <Form form={form} layout="vertical" initialValues={{ unitId, kind: 'village' }}
        onFinish={(v: { unitId: number; name: string; kind: string; cellId?: number }) => void save('/api/residential-groups', { ...v, cellId: v.cellId ?? null })}>
        <Form.Item name="unitId" label={t('grassroots.households.commune')} rules={req}><UnitPicker /></Form.Item>
        <Form.Item name="name" label={t('grassroots.common.name')} rules={req}><Input /></Form.Item>
        <Form.Item name="kind" label={t('grassroots.common.kind')}>
          <Select options={['village', 'residential_group'].map((k) => ({ value: k, label: t(`grassroots.groupKind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="cellId" label={t('grassroots.households.cell')}><UnitPicker /></Form.Item>
      </Form>
    </Modal>
  );
}

export function AddHousehold({ open, groups, groupId, onClose }: { open: boolean; groups: Group[]; groupId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { error, save } = useSave(onClose);
  const req = [{ required: true, message: t('grassroots.common.required') }];
  return (
    <Modal open={open} onCancel={onClose} onOk={() => form.submit()} title={t('grassroots.households.addHousehold')} destroyOnHidden>
      <ErrorLine error={error} />
      <Form form={form} layout="vertical" initialValues={{ residentialGroupId: groupId ?? undefined, people: 4 }}
        onFinish={(v: Record<string, unknown>) => void save('/api/households', { ...v, phone: v.phone || undefined })}>
        <Form.Item name="residentialGroupId" label={t('grassroots.households.group')} rules={req}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={groups.map((g) => ({ value: g.id, label: `${g.name} — ${g.unitName}` }))} />
        </Form.Item>
        <Form.Item name="headName" label={t('grassroots.households.head')} rules={req}><Input /></Form.Item>
        <Form.Item name="address" label={t('grassroots.households.address')} rules={req}><Input /></Form.Item>
        <Form.Item name="people" label={t('grassroots.households.people')} rules={req}><InputNumber min={1} max={100} /></Form.Item>
        <Form.Item name="phone" label={t('grassroots.households.phone')}><Input /></Form.Item>
      </Form>
    </Modal>
  );
}

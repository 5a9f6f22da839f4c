// Entering a cadre in the register: the member record, and the post held now (unit, since when).
import { useState } from 'react';
import { DatePicker, Form, Input, Modal } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { api } from '../../../api';
import { UnitPicker } from '../../../components/UnitPicker';
import { toIso } from '../../../format';
import { ErrorLine } from '../assignments/shared';
import { MemberPicker } from '../../../components/MemberPicker';
import { closeFresh } from '../../../components/freshForm';

export function AddCadre({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const [error, setError] = useState<unknown>(null);
  const close = closeFresh(form, onClose, () => setError(null));
  const req = [{ required: true, message: t('grassroots.common.required') }];
  async function submit(v: { memberId: number; post: string; unitId: number; fromDate: Dayjs; note?: string }) {
    try {
      await api.post('/api/cadres', { memberId: v.memberId, note: v.note ?? '', position: { post: v.post, unitId: v.unitId, fromDate: toIso(v.fromDate) } });
      void qc.invalidateQueries({ queryKey: ['grassroots'] });
      close();
    } catch (e) { setError(e); }
  }
  return (
    <Modal open={open} onCancel={close} onOk={() => form.submit()} title={t('grassroots.cadres.addCadre')} destroyOnHidden>
      <ErrorLine error={error} />
      <Form form={form} layout="vertical" onFinish={(v) => void submit(v)}>
        <Form.Item name="memberId" label={t('grassroots.cadres.name')} rules={req}><MemberPicker /></Form.Item>
        <Form.Item name="post" label={t('grassroots.cadres.post')} rules={req}><Input /></Form.Item>
        <Form.Item name="unitId" label={t('grassroots.common.unit')} rules={req}><UnitPicker /></Form.Item>
        <Form.Item name="fromDate" label={t('grassroots.common.from')} rules={req}><DatePicker format="DD/MM/YYYY" /></Form.Item>
        <Form.Item name="note" label={t('grassroots.common.note')}><Input /></Form.Item>
      </Form>
    </Modal>
  );
}

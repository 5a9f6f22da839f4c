// Entering a cadre in the register: the member record, and the post held now (unit, since when).
import { DatePicker, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { useWrite } from '../../../useWrite';
import { api } from '../../../api';
import { UnitPicker } from '../../../components/UnitPicker';
import { toIso } from '../../../format';
import { ErrorLine } from '../assignments/shared';
import { MemberPicker } from '../../../components/MemberPicker';
import { closeFresh } from '../../../components/freshForm';

export function AddCadre({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useWrite(
    (v: { memberId: number; post: string; unitId: number; fromDate: Dayjs; note?: string }) =>
      api.post('/api/cadres', {
        memberId: v.memberId,
        note: v.note ?? '',
        position: { post: v.post, unitId: v.unitId, fromDate: toIso(v.fromDate) },
      }),
    { invalidate: [['grassroots']], onSuccess: () => close(), errors: 'inline' },
  );
  const close = closeFresh(form, onClose, () => save.clear());
  const req = [{ required: true, message: t('grassroots.common.required') }];
  return (
    <Modal open={open} onCancel={close} onOk={() => form.submit()} title={t('grassroots.cadres.addCadre')} destroyOnHidden>
      <ErrorLine error={save.shown} />
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
        <Form.Item name="memberId" label={t('grassroots.cadres.name')} rules={req}>
          <MemberPicker />
        </Form.Item>
        <Form.Item name="post" label={t('grassroots.cadres.post')} rules={req}>
          <Input />
        </Form.Item>
        <Form.Item name="unitId" label={t('grassroots.common.unit')} rules={req}>
          <UnitPicker />
        </Form.Item>
        <Form.Item name="fromDate" label={t('grassroots.common.from')} rules={req}>
          <DatePicker format="DD/MM/YYYY" />
        </Form.Item>
        <Form.Item name="note" label={t('grassroots.common.note')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

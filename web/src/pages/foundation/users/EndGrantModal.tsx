import { useState } from 'react';
import { Alert, App as AntApp, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { validValues } from '../../../components/formErrors';
import { errorMessage } from '../../../components/ErrorResult';
import { DATE_FORMAT, toDayjs, todayIso, toIso } from '../../../format';
import type { UserGrant, UserRow } from '../../../types';

export function EndGrantModal({ user, grant, onClose }: { user: UserRow; grant: UserGrant; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ validTo: Dayjs }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    const v = await validValues(form);
    if (!v) return; // the form shows what is missing
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/grants/${grant.id}/end`, { validTo: toIso(v.validTo) });
      message.success(t('users.grantEnded'));
      await qc.invalidateQueries({ queryKey: ['users'] });
      onClose();
    } catch (e) {
      setError(errorMessage(e, t('common.unexpectedError')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal open title={t('users.endGrantTitle', { role: t(`roles.${grant.role}`), unit: grant.unitName, user: user.displayName })}
      okText={t('users.endGrant')} okButtonProps={{ danger: true, loading: busy }} onOk={() => void submit()} onCancel={onClose}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ validTo: toDayjs(todayIso()) }} onFinish={() => void submit()}>
        <Form.Item name="validTo" label={t('users.validTo')} extra={t('users.validToHint')} rules={[{ required: true, message: t('validation.required') }]}>
          <DatePicker format={DATE_FORMAT} disabledDate={(d) => d.format('YYYY-MM-DD') <= grant.validFrom} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

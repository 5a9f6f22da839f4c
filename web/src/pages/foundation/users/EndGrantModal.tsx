import { Alert, App as AntApp, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { messageOf, useWrite } from '../../../useWrite';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { validValues } from '../../../components/formErrors';
import { DATE_FORMAT, toDayjs, todayIso, toIso } from '../../../format';
import type { UserGrant, UserRow } from '../../../types';

export function EndGrantModal({ user, grant, onClose }: { user: UserRow; grant: UserGrant; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ validTo: Dayjs }>();
  const end = useWrite((v: { validTo: Dayjs }) => api.post(`/api/grants/${grant.id}/end`, { validTo: toIso(v.validTo) }), {
    errors: 'inline',
    invalidate: [['users']],
    onSuccess: () => {
      message.success(t('users.grantEnded'));
      onClose();
    },
  });

  async function submit() {
    const v = await validValues(form);
    if (!v) return; // the form shows what is missing
    end.mutate(v);
  }

  return (
    <Modal
      open
      title={t('users.endGrantTitle', { role: t(`roles.${grant.role}`), unit: grant.unitName, user: user.displayName })}
      okText={t('users.endGrant')}
      okButtonProps={{ danger: true, loading: end.isPending }}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      {end.shown && <Alert type="error" showIcon title={messageOf(end.shown)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ validTo: toDayjs(todayIso()) }} onFinish={() => void submit()}>
        <Form.Item
          name="validTo"
          label={t('users.validTo')}
          extra={t('users.validToHint')}
          rules={[{ required: true, message: t('validation.required') }]}
        >
          <DatePicker format={DATE_FORMAT} disabledDate={(d) => d.format('YYYY-MM-DD') <= grant.validFrom} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

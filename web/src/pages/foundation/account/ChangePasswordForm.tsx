// Current password + new password (twice). The server applies the rule (12+ characters, not common, not
// the username) and places its sentence on the field; other sessions end on success.
import { Alert, App as AntApp, Button, Form, Input } from 'antd';
import { messageOf, useWrite } from '../../../useWrite';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}
export const PASSWORD_MIN = 12;

export function ChangePasswordForm({ onDone, currentLabel }: { onDone: () => void | Promise<void>; currentLabel?: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const change = useWrite(
    (v: Values) => api.post('/api/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword }),
    {
      form,
      errors: 'inline',
      fields: (f) => (f === 'currentPassword' || f === 'newPassword' ? [f] : null),
      onSuccess: async () => {
        form.resetFields();
        message.success(t('accounts.passwordChanged'));
        await onDone();
      },
    },
  );

  const req = { required: true, message: t('validation.required') };
  return (
    <Form<Values> form={form} layout="vertical" onFinish={(v) => change.mutate(v)} requiredMark={false} style={{ maxWidth: 420 }}>
      {change.shown && (
        <Alert type="error" showIcon title={messageOf(change.shown)} style={{ marginBottom: 16 }} data-testid="password-error" />
      )}
      <Form.Item name="currentPassword" label={currentLabel ?? t('accounts.currentPassword')} rules={[req]}>
        <Input.Password autoComplete="current-password" maxLength={200} />
      </Form.Item>
      <Form.Item
        name="newPassword"
        label={t('accounts.newPassword')}
        extra={t('accounts.passwordRule', { min: PASSWORD_MIN })}
        rules={[req, { min: PASSWORD_MIN, message: t('validation.min', { min: PASSWORD_MIN }) }]}
      >
        <Input.Password autoComplete="new-password" maxLength={200} />
      </Form.Item>
      <Form.Item
        name="confirm"
        label={t('accounts.confirmPassword')}
        dependencies={['newPassword']}
        rules={[
          req,
          ({ getFieldValue }) => ({
            validator: (_, value) =>
              !value || value === getFieldValue('newPassword')
                ? Promise.resolve()
                : Promise.reject(new Error(t('accounts.passwordsDiffer'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={200} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={change.isPending}>
        {t('accounts.save')}
      </Button>
    </Form>
  );
}

// Current password + new password (twice). The server applies the rule (12+ characters, not common, not
// the username) and places its sentence on the field; other sessions end on success.
import { useState } from 'react';
import { Alert, App as AntApp, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api';
import { applyFieldErrors } from '../../../components/formErrors';

interface Values { currentPassword: string; newPassword: string; confirm: string }
export const PASSWORD_MIN = 12;

export function ChangePasswordForm({ onDone, currentLabel }: { onDone: () => void | Promise<void>; currentLabel?: string }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(v: Values) {
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword });
      form.resetFields();
      message.success(t('accounts.passwordChanged'));
      await onDone();
    } catch (e) {
      const unplaced = applyFieldErrors(form, e, (f) => (f === 'currentPassword' || f === 'newPassword' ? [f] : null));
      if (!(e instanceof ApiError) || e.details.length === 0 || unplaced.length) setError(e instanceof ApiError ? e.message : t('common.unexpectedError'));
    } finally {
      setBusy(false);
    }
  }

  const req = { required: true, message: t('validation.required') };
  return (
    <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false} style={{ maxWidth: 420 }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="password-error" />}
      <Form.Item name="currentPassword" label={currentLabel ?? t('accounts.currentPassword')} rules={[req]}>
        <Input.Password autoComplete="current-password" maxLength={200} />
      </Form.Item>
      <Form.Item name="newPassword" label={t('accounts.newPassword')} extra={t('accounts.passwordRule', { min: PASSWORD_MIN })}
        rules={[req, { min: PASSWORD_MIN, message: t('validation.min', { min: PASSWORD_MIN }) }]}>
        <Input.Password autoComplete="new-password" maxLength={200} />
      </Form.Item>
      <Form.Item name="confirm" label={t('accounts.confirmPassword')} dependencies={['newPassword']}
        rules={[req, ({ getFieldValue }) => ({
          validator: (_, value) => (!value || value === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('accounts.passwordsDiffer')))),
        })]}>
        <Input.Password autoComplete="new-password" maxLength={200} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>{t('accounts.save')}</Button>
    </Form>
  );
}

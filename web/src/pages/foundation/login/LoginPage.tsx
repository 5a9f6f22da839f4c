// Username + password; Enter submits; the API's message (wrong password, throttled) is shown as is.
// Accounts with two-step verification then give a code from their app (or a recovery code).
import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { LockOutlined, SafetyOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { messageOf, useWrite } from '../../../useWrite';
import { useLocation, useNavigate } from 'react-router-dom';
import { useQueryClient } from '@tanstack/react-query';
import { ApiError, request, setCsrfToken } from '../../../api';
import { fetchMe, ME_KEY } from '../../../auth/useMe';
import { LanguageSwitch } from '../../../components/LanguageSwitch';

interface Credentials {
  username: string;
  password: string;
}
type LoginAnswer = { csrfToken: string; mustChangePassword: boolean } | { secondFactor: 'totp'; challenge: string };

export default function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const qc = useQueryClient();
  const [challenge, setChallenge] = useState<string | null>(null);

  async function enter(r: LoginAnswer) {
    if ('secondFactor' in r) {
      setChallenge(r.challenge);
      return;
    }
    setCsrfToken(r.csrfToken);
    const me = await fetchMe();
    qc.clear();
    qc.setQueryData(ME_KEY, me);
    const from = (location.state as { from?: string } | null)?.from;
    navigate(from && from !== '/login' ? from : '/', { replace: true });
  }

  const login = useWrite(async (fn: () => Promise<LoginAnswer>) => enter(await fn()), {
    errors: 'inline',
    // An expired second-step ticket sends the user back to the password.
    onError: (e) => {
      if (e instanceof ApiError && e.code === 'login_challenge_expired') setChallenge(null);
    },
  });
  const attempt = login.mutate;
  const busy = login.isPending;
  const error = login.shown ? messageOf(login.shown) : null;

  const submit = (values: Credentials) => attempt(() => request<LoginAnswer>('POST', '/api/auth/login', values, { silent401: true }));
  const submitCode = (v: { code: string }) =>
    attempt(() => request<LoginAnswer>('POST', '/api/auth/login/code', { challenge, code: v.code.trim() }, { silent401: true }));

  return (
    <div className="login-page">
      <Card className="login-card">
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('app.name')}
            </Typography.Title>
            <LanguageSwitch />
          </div>
          <Typography.Text type="secondary">{t('login.subtitle')}</Typography.Text>
          {error && <Alert type="error" showIcon title={error} data-testid="login-error" />}
          {challenge ? (
            <Form<{ code: string }> layout="vertical" onFinish={(v) => void submitCode(v)} requiredMark={false}>
              <Form.Item
                name="code"
                label={t('accounts.codeLabel')}
                extra={t('accounts.codeHint')}
                rules={[{ required: true, message: t('accounts.codeRequired') }]}
              >
                <Input prefix={<SafetyOutlined />} autoFocus autoComplete="one-time-code" maxLength={20} />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={busy}>
                {t('accounts.verify')}
              </Button>
              <Button
                type="link"
                block
                onClick={() => {
                  setChallenge(null);
                  login.clear();
                }}
              >
                {t('accounts.backToLogin')}
              </Button>
            </Form>
          ) : (
            <Form<Credentials> layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
              <Form.Item name="username" label={t('login.username')} rules={[{ required: true, message: t('login.usernameRequired') }]}>
                <Input prefix={<UserOutlined />} autoFocus autoComplete="username" />
              </Form.Item>
              <Form.Item name="password" label={t('login.password')} rules={[{ required: true, message: t('login.passwordRequired') }]}>
                <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
              </Form.Item>
              <Button type="primary" htmlType="submit" block loading={busy}>
                {t('login.submit')}
              </Button>
            </Form>
          )}
        </Space>
      </Card>
    </div>
  );
}

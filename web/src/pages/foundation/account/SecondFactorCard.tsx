// Two-step verification (TOTP): start (secret + otpauth link), confirm with a code (recovery codes shown
// once), or turn off with a code. Offered to province admin and committee office accounts.
import { useState } from 'react';
import { Alert, App as AntApp, Button, Card, Form, Input, Space, Tag, Typography } from 'antd';
import { SafetyOutlined } from '@ant-design/icons';
import { messageOf, useWrite } from '../../../useWrite';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api';
import { fetchMe, ME_KEY, useCurrentUser } from '../../../auth/useMe';

const groups = (s: string) => s.replace(/(.{4})/g, '$1 ').trim();

export function SecondFactorCard() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const me = useCurrentUser();
  const qc = useQueryClient();
  const [enrolling, setEnrolling] = useState<{ secret: string; otpauthUri: string } | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [form] = Form.useForm<{ code: string }>();
  const state = useQuery({
    queryKey: ['auth', 'totp'],
    queryFn: () => api.get<{ enabled: boolean; recoveryCodesLeft: number }>('/api/auth/totp'),
    enabled: me.totpEnabled,
  });

  const refreshMe = async () => {
    qc.setQueryData(ME_KEY, await fetchMe());
    await qc.invalidateQueries({ queryKey: ['auth', 'totp'] });
  };

  const write = useWrite((fn: () => Promise<void>) => fn(), { errors: 'inline' });
  const run = write.mutate;
  const busy = write.isPending;

  const start = () => run(async () => setEnrolling(await api.post('/api/auth/totp/enroll')));
  const confirm = (code: string) =>
    run(async () => {
      const r = await api.post<{ recoveryCodes: string[] }>('/api/auth/totp/confirm', { code: code.trim() });
      setEnrolling(null);
      setCodes(r.recoveryCodes);
      form.resetFields();
      message.success(t('accounts.secondFactor.enabled'));
      await refreshMe();
    });
  const disable = (code: string) =>
    run(async () => {
      await api.post('/api/auth/totp/disable', { code: code.trim() });
      form.resetFields();
      message.success(t('accounts.secondFactor.disabled'));
      await refreshMe();
    });

  const codeForm = (onCode: (code: string) => void, label: string, danger = false) => (
    <Form form={form} layout="inline" onFinish={(v) => void onCode(v.code)}>
      <Form.Item name="code" label={t('accounts.codeLabel')} rules={[{ required: true, message: t('accounts.codeRequired') }]}>
        <Input autoComplete="one-time-code" inputMode="text" maxLength={20} style={{ width: 160 }} />
      </Form.Item>
      <Button htmlType="submit" type="primary" danger={danger} loading={busy}>
        {label}
      </Button>
    </Form>
  );

  return (
    <Card
      title={
        <Space>
          <SafetyOutlined />
          {t('accounts.secondFactor.title')}
          <Tag color={me.totpEnabled ? 'green' : 'default'}>
            {me.totpEnabled ? t('accounts.secondFactor.on') : t('accounts.secondFactor.off')}
          </Tag>
        </Space>
      }
    >
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('accounts.secondFactor.intro')}</Typography.Text>
        {write.shown && <Alert type="error" showIcon title={messageOf(write.shown)} />}
        {codes && (
          <Alert
            type="warning"
            showIcon
            title={t('accounts.secondFactor.recoveryTitle')}
            description={
              <Space orientation="vertical">
                <Typography.Text>{t('accounts.secondFactor.recoveryText')}</Typography.Text>
                <Typography.Paragraph
                  copyable={{ text: codes.join('\n') }}
                  style={{ fontFamily: 'monospace', margin: 0 }}
                  data-testid="recovery-codes"
                >
                  {codes.map((c) => (
                    <div key={c}>{c}</div>
                  ))}
                </Typography.Paragraph>
                <Button onClick={() => setCodes(null)}>{t('accounts.secondFactor.done')}</Button>
              </Space>
            }
          />
        )}
        {!me.secondFactorAvailable && !me.totpEnabled && <Alert type="info" showIcon title={t('accounts.secondFactor.notAvailable')} />}
        {me.secondFactorAvailable && !me.totpEnabled && !enrolling && (
          <Button type="primary" onClick={() => void start()} loading={busy}>
            {t('accounts.secondFactor.start')}
          </Button>
        )}
        {enrolling && (
          <Space orientation="vertical" size="small">
            <Typography.Text>{t('accounts.secondFactor.step1')}</Typography.Text>
            <Typography.Text>
              {t('accounts.secondFactor.secret')}:{' '}
              <Typography.Text code copyable={{ text: enrolling.secret }} data-testid="totp-secret">
                {groups(enrolling.secret)}
              </Typography.Text>
            </Typography.Text>
            <Typography.Link href={enrolling.otpauthUri}>{t('accounts.secondFactor.link')}</Typography.Link>
            <Typography.Text>{t('accounts.secondFactor.step2')}</Typography.Text>
            {codeForm(confirm, t('accounts.secondFactor.confirm'))}
          </Space>
        )}
        {me.totpEnabled && !codes && (
          <Space orientation="vertical" size="small">
            {state.data && (
              <Typography.Text>{t('accounts.secondFactor.recoveryLeft', { count: state.data.recoveryCodesLeft })}</Typography.Text>
            )}
            <Typography.Text type="secondary">{t('accounts.secondFactor.disableText')}</Typography.Text>
            {codeForm(disable, t('accounts.secondFactor.disable'), true)}
          </Space>
        )}
      </Space>
    </Card>
  );
}

// Shown instead of the whole app while the account holds a temporary password (after a reset):
// the server refuses everything else until it is changed.
import { Button, Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../api';
import { fetchMe, ME_KEY } from '../../../auth/useMe';
import { LanguageSwitch } from '../../../components/LanguageSwitch';
import { ChangePasswordForm } from './ChangePasswordForm';

export default function ForcedPasswordChange() {
  const { t } = useTranslation();
  const qc = useQueryClient();

  async function logout() {
    await api.post('/api/auth/logout').catch(() => undefined);
    setCsrfToken(null);
    qc.clear();
    qc.setQueryData(ME_KEY, null);
  }

  return (
    <div className="login-page">
      <Card className="login-card" style={{ width: 460 }}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('accounts.forcedTitle')}
            </Typography.Title>
            <LanguageSwitch />
          </div>
          <Typography.Text type="secondary">{t('accounts.forcedText')}</Typography.Text>
          <ChangePasswordForm
            currentLabel={t('accounts.temporaryPassword')}
            onDone={async () => {
              qc.setQueryData(ME_KEY, await fetchMe());
            }}
          />
          <Button type="link" style={{ padding: 0 }} onClick={() => void logout()}>
            {t('nav.logout')}
          </Button>
        </Space>
      </Card>
    </div>
  );
}

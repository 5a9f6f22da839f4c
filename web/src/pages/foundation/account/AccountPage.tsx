// /account: the signed-in user's own password and second factor.
import { Card, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from './ChangePasswordForm';
import { SecondFactorCard } from './SecondFactorCard';

export default function AccountPage() {
  const { t } = useTranslation();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('accounts.pageTitle')}
      </Typography.Title>
      <Card title={t('accounts.changePassword')}>
        <ChangePasswordForm onDone={() => undefined} />
      </Card>
      <SecondFactorCard />
    </Space>
  );
}

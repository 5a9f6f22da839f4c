// A record that is absent or outside the user's scope looks the same (the API answers 404 for both).
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

export function NotFoundResult() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title={t('common.notFoundTitle')}
      subTitle={<span data-testid="not-found">{t('common.notFound')}</span>}
      extra={<Button onClick={() => navigate(-1)}>{t('common.back')}</Button>}
    />
  );
}

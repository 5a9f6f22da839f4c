// A page the user may open but not use (a form their role may not save): said plainly, with no form.
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

export function NotAllowedResult() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="403"
      title={t('abilities.notAllowedTitle')}
      subTitle={<span data-testid="not-allowed">{t('abilities.notAllowed')}</span>}
      extra={<Button onClick={() => navigate(-1)}>{t('common.back')}</Button>}
    />
  );
}

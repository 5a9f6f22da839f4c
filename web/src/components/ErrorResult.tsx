// Any failed load: 404 gets the not-found page, anything else a clear message and a retry button.
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { NotFoundResult } from './NotFoundResult';

export function ErrorResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  if (error instanceof ApiError && error.status === 404) return <NotFoundResult />;
  return (
    <Result
      status="error"
      title={t('common.loadFailed')}
      subTitle={errorMessage(error, t('common.unexpectedError'))}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}

export function errorMessage(error: unknown, fallback: string): string {
  if (error instanceof ApiError) return error.message;
  return fallback;
}

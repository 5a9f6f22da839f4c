// The live quota meter: for each group, excellent used / allowed (20% of good) and how many must move.
import { Alert, Progress, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { cyclesApi } from './api';
import { QuotaOverrideList } from './ReviewRecord';

export function QuotaMeter({ cycleId, unitId }: { cycleId: number; unitId?: number }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['assessments', 'quota', cycleId, unitId], queryFn: () => cyclesApi.quota(cycleId, unitId) });
  if (!q.data) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="quota-meter">
      <Typography.Text type="secondary">
        {t('assessments.quota.rule', { rounding: t(`assessments.quota.rounding.${q.data.rounding}`) })}
      </Typography.Text>
      {q.data.groups.length === 0 && <Typography.Text type="secondary">{t('assessments.quota.none')}</Typography.Text>}
      {q.data.groups.map((g) => (
        <div key={g.group} data-testid="quota-group">
          <Typography.Text strong>{t(`assessments.kinds.${g.group.split('@')[0]}`)}</Typography.Text>
          {' · '}
          <Typography.Text>{t('assessments.quota.line', { excellent: g.excellent, allowed: g.allowed, good: g.good })}</Typography.Text>
          <Progress
            percent={g.allowed === 0 ? (g.excellent > 0 ? 100 : 0) : Math.min(100, Math.round((g.excellent / g.allowed) * 100))}
            status={g.mustMove > 0 ? 'exception' : 'normal'}
            showInfo={false}
          />
          {g.mustMove > 0 && <Alert type="error" showIcon title={t('assessments.quota.mustMove', { n: g.mustMove })} />}
        </div>
      ))}
      {q.data.overrides.length > 0 && (
        <>
          <Typography.Text strong>{t('verifier.quotaOverridesTitle')}</Typography.Text>
          <QuotaOverrideList items={q.data.overrides} withName />
        </>
      )}
    </Space>
  );
}

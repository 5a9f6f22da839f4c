// On the year's self-assessment under Quy định 366: the same subject's quarterly reviews, and a button that fills
// the points with the quarters' means (a suggestion the member may change; docs/rules/assessment.md).
import { Button, Card, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { fmtDecimal } from '../../../format';
import { LevelTag } from './LevelTag';
import type { Level } from './api';

type Carried = Answer<'GET /api/assessment-subjects/:subjectId/quarters'>;

export function QuarterCarry({ subjectId, form }: { subjectId: number; form: FormInstance }) {
  const { t } = useTranslation();
  const q = useQuery({
    queryKey: ['assessments', 'quarters', subjectId],
    queryFn: () => api.get<Carried>(`/api/assessment-subjects/${subjectId}/quarters`),
  });
  const c = q.data;
  if (!c?.applies || c.quarters.length === 0) return null;
  const points = (n: number | null) => (n === null ? '—' : fmtDecimal(n, 2).replace(/[,.]00$/, ''));
  return (
    <Card size="small" title={t('quarters.title', { year: c.year })} style={{ marginBottom: 16 }} data-testid="quarter-carry">
      <Space direction="vertical" style={{ width: '100%' }}>
        {c.quarters.map((x) => (
          <Space key={x.quarter} wrap>
            <Typography.Text strong>{t('quarters.quarter', { n: x.quarter })}</Typography.Text>
            <span>{t('quarters.points', { general: points(x.generalPoints), tasks: points(x.taskPoints), total: points(x.total) })}</span>
            <LevelTag level={x.level as Level | null} />
          </Space>
        ))}
        {c.meanGeneralPoints !== null && c.meanTaskPoints !== null && (
          <Space wrap>
            <span>{t('quarters.mean', { general: points(c.meanGeneralPoints), tasks: points(c.meanTaskPoints) })}</span>
            <Button
              size="small"
              onClick={() => form.setFieldsValue({ generalPoints: c.meanGeneralPoints, taskPoints: c.meanTaskPoints })}
              data-testid="quarter-fill"
            >
              {t('quarters.fill')}
            </Button>
          </Space>
        )}
        <Typography.Text type="secondary">{t('quarters.hint')}</Typography.Text>
      </Space>
    </Card>
  );
}

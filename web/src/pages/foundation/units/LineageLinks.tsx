// "Formed from" and "merged into / split into" on a unit's page: the units it came from and went to through
// merges and splits, each with the date and decision, linked when the user may open them.
import { Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { fmtDate } from '../../../format';

type Lineage = Answer<'GET /api/units/:unitId/lineage'>;
type LinkRow = Lineage['from'][number];

function Row({ label, rows }: { label: string; rows: LinkRow[] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <div>
      <Typography.Text strong>{label}: </Typography.Text>
      {rows.map((r, i) => (
        <span key={`${r.unitId ?? 'x'}-${r.effectiveOn}-${r.change}`}>
          {i > 0 && '; '}
          {r.unitId !== null ? <Link to={`/units/${r.unitId}`}>{r.name}</Link> : t('lineage.outside')}{' '}
          <Typography.Text type="secondary">
            ({t(`lineage.${r.change}`)} {fmtDate(r.effectiveOn)}
            {r.decisionNo ? `, ${r.decisionNo}` : ''})
          </Typography.Text>
        </span>
      ))}
    </div>
  );
}

export function LineageLinks({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['units', 'lineage', unitId], queryFn: () => api.get<Lineage>(`/api/units/${unitId}/lineage`) });
  if (!q.data || (q.data.from.length === 0 && q.data.into.length === 0)) return null;
  return (
    <Space direction="vertical" size={2} style={{ marginTop: 12 }} data-testid="unit-lineage">
      <Row label={t('lineage.formedFrom')} rows={q.data.from} />
      <Row label={t('lineage.wentInto')} rows={q.data.into} />
    </Space>
  );
}

// Data quality per unit, worst first: completeness of each field, duplicates, stale records and
// members without a cell. A unit's name drills down into it.
import { Button, Card, InputNumber, Progress, Space, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useState } from 'react';
import { api, type Answer } from '../../../api';
import { ScopeBar } from '../../../components/ScopeBar';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import { fmtNumber, fmtPercent } from '../../../format';

const FIELDS = ['citizenId', 'partyCardNo', 'phone', 'theoryLevel', 'occupation', 'officialOn', 'hometown', 'residence'] as const;
const PAGE_SIZE = 50;
type UnitQuality = Answer<'GET /api/quality'>['items'][number];

export default function QualityPage() {
  const { t } = useTranslation();
  const { unitId, setUnitId } = useScopeUnit();
  const [staleMonths, setStaleMonths] = useState(24);
  // The server ranks the units worst first and answers a page of them; a new unit or threshold starts at page 1.
  const [paged, setPaged] = useState({ key: '', page: 1 });
  const key = `${unitId}:${staleMonths}`;
  const page = paged.key === key ? paged.page : 1;
  const q = useQuery({
    queryKey: ['quality', unitId, staleMonths, page],
    queryFn: () => api.get<Answer<'GET /api/quality'>>('/api/quality', { unitId, staleMonths, page, pageSize: PAGE_SIZE }),
    enabled: !!unitId,
  });
  return (
    <div>
      <Typography.Title level={3}>{t('imports.quality.title')}</Typography.Title>
      <ScopeBar
        unitId={unitId}
        onChange={setUnitId}
        extra={
          <Space>
            {t('imports.quality.staleMonths')}
            <InputNumber
              min={1}
              max={240}
              value={staleMonths}
              onChange={(v) => setStaleMonths(v ?? 24)}
              aria-label={t('imports.quality.staleMonths')}
            />
          </Space>
        }
      />
      <Card title={q.data?.unitName}>
        <Table<UnitQuality>
          rowKey="unitId"
          size="small"
          loading={q.isLoading}
          dataSource={q.data?.items ?? []}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: q.data?.total ?? 0,
            onChange: (p) => setPaged({ key, page: p }),
            showSizeChanger: false,
          }}
          scroll={{ x: true }}
          columns={[
            {
              title: t('imports.quality.unit'),
              fixed: 'left',
              render: (_, u) => (
                <Button
                  type="link"
                  style={{ whiteSpace: 'normal', textAlign: 'start', height: 'auto', paddingInline: 0 }}
                  onClick={() => setUnitId(u.unitId)}
                >
                  {u.name}
                </Button>
              ),
            },
            {
              title: t('imports.quality.score'),
              dataIndex: 'score',
              render: (v: number) => (
                <Progress
                  percent={v}
                  format={(p) => fmtPercent((p ?? 0) / 100)}
                  size="small"
                  status={v < 80 ? 'exception' : 'normal'}
                  style={{ width: 96, marginInlineEnd: 0 }}
                />
              ),
            },
            { title: t('imports.quality.members'), dataIndex: 'members', render: (v: number) => fmtNumber(v) },
            ...FIELDS.map((f) => ({
              title: t(`imports.fields.${f}`),
              render: (_: unknown, u: UnitQuality) => fmtPercent(u.completeness[f] / 100),
            })),
            { title: t('imports.quality.duplicates'), dataIndex: 'duplicates', render: (v: number) => fmtNumber(v) },
            { title: t('imports.quality.stale'), dataIndex: 'stale', render: (v: number) => fmtNumber(v) },
            { title: t('imports.quality.withoutCell'), dataIndex: 'withoutCell' },
          ]}
        />
      </Card>
    </div>
  );
}

// /grassroots/coverage: units with nobody in charge, households per member, and the Resolution 21 targets.
import { Card, Col, Progress, Row, Space, Statistic, Tag, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import { ScopeBar } from '../../../components/ScopeBar';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { ErrorLine } from '../assignments/shared';
import { fmtDecimal, fmtNumber, fmtPercent } from '../../../format';

type Coverage = Answer<'GET /api/coverage'>;
/** A row of any of the report's lists (units, members with their households, groups). */
interface Named {
  id: number;
  name: string;
  unit?: string;
  kind?: string;
  n?: number;
}

export default function CoveragePage() {
  const { t } = useTranslation();
  const { unitId, setUnitId } = useScopeUnit();
  const q = useQuery({ queryKey: ['grassroots', 'coverage', unitId], queryFn: () => api.get<Coverage>('/api/coverage', { unitId }) });
  const c = q.data;
  const list = (rows: Named[], withCount = false, testId?: string) => (
    <Table<Named>
      size="small"
      rowKey="id"
      dataSource={rows}
      pagination={false}
      data-testid={testId}
      columns={[
        { title: t('grassroots.common.name'), dataIndex: 'name' },
        { title: t('grassroots.common.unit'), dataIndex: 'unit' },
        ...(withCount ? [{ title: t('grassroots.coverage.households'), dataIndex: 'n', render: (v: number) => fmtNumber(v) }] : []),
      ]}
    />
  );
  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Typography.Title level={3}>{t('grassroots.coverage.title')}</Typography.Title>
      <ScopeBar unitId={unitId} onChange={setUnitId} flush />
      <ErrorLine error={q.error} />
      {c && (
        <>
          <Row gutter={16}>
            <Col span={6}>
              <Card>
                <Statistic title={t('grassroots.coverage.unitsWithout')} value={fmtNumber(c.unitsWithoutCharge.total)} />
              </Card>
            </Col>
            <Col span={6}>
              <Card>
                <Statistic
                  title={t('grassroots.coverage.unassignedHouseholds')}
                  value={fmtNumber(c.households.unassigned)}
                  suffix={`/ ${fmtNumber(c.households.total)}`}
                />
              </Card>
            </Col>
            <Col span={6}>
              <Card>
                <Statistic title={t('grassroots.coverage.average')} value={fmtDecimal(c.householdsPerMember.average, 1)} />
              </Card>
            </Col>
            <Col span={6}>
              <Card>
                <Statistic
                  title={t('grassroots.coverage.overLimit', { limit: c.householdLimit })}
                  value={fmtNumber(c.householdsPerMember.overLimit)}
                />
              </Card>
            </Col>
          </Row>
          <Card title={t('grassroots.coverage.resolution21')}>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <span>
                {t('grassroots.coverage.groupsWithMember', { n: c.residentialGroups.withMember, total: c.residentialGroups.total })}
              </span>
              <Progress percent={c.residentialGroups.withMemberPct ?? 0} format={(p) => fmtPercent((p ?? 0) / 100)} />
              <span>{t('grassroots.coverage.groupsWithCell', { n: c.residentialGroups.withCell, total: c.residentialGroups.total })}</span>
              <Progress percent={c.residentialGroups.withCellPct ?? 0} format={(p) => fmtPercent((p ?? 0) / 100)} status="active" />
            </Space>
          </Card>
          <Row gutter={16}>
            <Col span={12}>
              <Card
                title={t('grassroots.coverage.unitsWithoutList')}
                extra={Object.entries(c.unitsWithoutCharge.byKind).map(([k, n]) => (
                  <Tag key={k}>
                    {t(`grassroots.kind.${k}`)}: {fmtNumber(n)}
                  </Tag>
                ))}
              >
                <Table<Named>
                  size="small"
                  rowKey="id"
                  dataSource={c.unitsWithoutCharge.items}
                  pagination={false}
                  data-testid="units-without"
                  columns={[
                    { title: t('grassroots.common.name'), dataIndex: 'name' },
                    { title: t('grassroots.common.kind'), dataIndex: 'kind', render: (k: string) => t(`grassroots.kind.${k}`) },
                  ]}
                />
              </Card>
            </Col>
            <Col span={12}>
              <Card title={t('grassroots.coverage.overLimitList', { limit: c.householdLimit })}>
                {list(c.householdsPerMember.overLimitItems, true, 'over-limit')}
              </Card>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={12}>
              <Card title={t('grassroots.coverage.noMember')}>{list(c.residentialGroups.noMember, false, 'groups-no-member')}</Card>
            </Col>
            <Col span={12}>
              <Card title={t('grassroots.coverage.noCell')}>{list(c.residentialGroups.noCell, false, 'groups-no-cell')}</Card>
            </Col>
          </Row>
          <Card title={t('grassroots.coverage.distribution')}>
            <Space wrap>
              {Object.entries(c.householdsPerMember.buckets).map(([b, n]) => (
                <Tag key={b}>
                  {t(`grassroots.coverage.bucket.${b}`, { limit: c.householdLimit })}: {fmtNumber(n)}
                </Tag>
              ))}
            </Space>
          </Card>
        </>
      )}
    </Space>
  );
}

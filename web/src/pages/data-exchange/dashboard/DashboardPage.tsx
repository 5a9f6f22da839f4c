// The province dashboard with drill-down to any unit: members by status, gender, age band, ethnicity and
// education; admissions per year against the target; levels of the latest cycle; Resolution 21 progress.
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { Breadcrumb, Button, Card, Col, Empty, Row, Statistic, Tag, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EChartsOption } from 'echarts';
import { api, type Answer } from '../../../api';
import { EChart } from '../../../components/EChart';
import { ScopeBar } from '../../../components/ScopeBar';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import type { StatTable } from '../reports/ReportsPage';
import './dashboard.css';
import { fmtCount, fmtNumber, fmtPercent } from '../../../format';

type Dashboard = Answer<'GET /api/dashboard'>;
const LEVELS = ['excellent', 'good', 'completed', 'not_completed'] as const;
/** The cycle's title, with its year when the title does not already say it. */
const cycleName = (c: { title: string; year: number }) => (c.title.includes(String(c.year)) ? c.title : `${c.title} (${c.year})`);

const bar = (labels: string[], values: number[]): EChartsOption => ({
  tooltip: {},
  grid: { left: 40, right: 10, top: 20, bottom: 60 },
  xAxis: { type: 'category', data: labels, axisLabel: { rotate: 30 } },
  yAxis: { type: 'value' },
  series: [{ type: 'bar', data: values, label: { show: true, position: 'top' } }],
});
// A pie names its parts in the legend, each with its count, rather than beside the slices: small and empty slices'
// labels would pile onto each other. Empty parts draw no slice; a pie with no figure at all is an empty state.
const pie = (labels: string[], values: number[]): EChartsOption => {
  const count = new Map(labels.map((name, i) => [name, values[i] ?? 0]));
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { orient: 'vertical', right: 0, top: 'middle', formatter: (name: string) => `${name}: ${count.get(name) ?? 0}` },
    series: [
      {
        type: 'pie',
        radius: ['35%', '65%'],
        center: ['30%', '50%'],
        label: { show: false },
        data: labels.map((name, i) => ({ name, value: values[i] ?? 0 })),
      },
    ],
  };
};
const allZero = (values: number[]) => values.every((v) => !v);

export default function DashboardPage() {
  const { t, i18n } = useTranslation();
  const { unitId, setUnitId } = useScopeUnit();
  const q = useQuery({
    queryKey: ['dashboard', unitId],
    queryFn: () => api.get<Dashboard>('/api/dashboard', { unitId }),
    enabled: !!unitId,
  });
  const d = q.data;
  const charts = useMemo(() => {
    if (!d) return [];
    return d.tables.map((tb) => {
      const labels = tb.columns.slice(1).map((c) => c.label);
      const values = tb.total.slice(1);
      return {
        key: tb.key,
        title: tb.title,
        empty: allZero(values),
        option: tb.key === 'status' || tb.key === 'gender' ? pie(labels, values) : bar(labels, values),
      };
    });
  }, [d]);
  const admissions: EChartsOption | null = d
    ? {
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 40, right: 10, top: 20, bottom: 50 },
        xAxis: { type: 'category', data: d.admissions.map((a) => String(a.year)) },
        yAxis: { type: 'value' },
        series: [
          {
            name: t('imports.dashboard.admitted'),
            type: 'bar',
            data: d.admissions.map((a) => a.admitted),
            label: { show: true, position: 'top' },
          },
          { name: t('imports.dashboard.target'), type: 'line', data: d.admissions.map((a) => a.target) },
        ],
      }
    : null;
  return (
    <div>
      <Typography.Title level={3}>
        {t('imports.dashboard.title')}
        {d ? `: ${d.unit.name}` : ''}
      </Typography.Title>
      <ScopeBar
        unitId={unitId}
        onChange={setUnitId}
        extra={
          <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('imports.dashboard.print')}
          </Button>
        }
      />
      {d && (
        <div className="dashboard-grid" data-testid="dashboard">
          <Breadcrumb
            style={{ marginBottom: 12 }}
            items={d.breadcrumb.map((b) => ({ title: <Link to={`?unitId=${b.id}`}>{b.name}</Link> }))}
          />
          <Row gutter={[16, 16]}>
            <Col xs={24} md={8}>
              <Card>
                <Statistic title={t('imports.dashboard.members')} value={fmtCount(d.tables[0]?.total[0] ?? 0, i18n.language)} />
              </Card>
            </Col>
            {d.resolution21.map((p) => (
              <Col xs={24} md={Math.floor(16 / d.resolution21.length)} key={p.key}>
                <Card>
                  <Statistic
                    title={t(`imports.dashboard.r21.${p.key}`)}
                    value={p.value === null ? '—' : fmtPercent(p.value)}
                    suffix={
                      p.met === null ? null : (
                        <Tag color={p.met ? 'green' : 'red'}>
                          {t(p.met ? 'imports.dashboard.met' : 'imports.dashboard.notMet')} ({fmtPercent(p.target, 0)})
                        </Tag>
                      )
                    }
                  />
                  {/* Level figures come from one annual cycle: name it, so nobody takes another review's figures for them. */}
                  {p.key !== 'admissions' && d.latestCycle && (
                    <Typography.Text type="secondary" data-testid={`r21-cycle-${p.key}`}>
                      {t('fixesOrgs.dashboardCycle', { name: cycleName(d.latestCycle) })}
                    </Typography.Text>
                  )}
                </Card>
              </Col>
            ))}
            {charts.map((c) => (
              <Col xs={24} lg={12} key={c.key}>
                <Card title={c.title}>
                  {c.empty ? (
                    <Empty data-testid={`chart-${c.key}`} description={t('walk.chartEmpty')} />
                  ) : (
                    <EChart option={c.option} height={300} testId={`chart-${c.key}`} />
                  )}
                </Card>
              </Col>
            ))}
            <Col xs={24} lg={12}>
              <Card title={t('imports.dashboard.admissions')}>
                {admissions && <EChart option={admissions} height={300} testId="chart-admissions" />}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={d.latestCycle ? `${t('imports.dashboard.levels')}: ${cycleName(d.latestCycle)}` : t('imports.dashboard.levels')}>
                {!d.latestCycle ? (
                  <Empty description={t('imports.dashboard.noCycle')} />
                ) : allZero(LEVELS.map((l) => d.latestCycle!.levels.member[l] ?? 0)) ? (
                  <Empty data-testid="chart-levels" description={t('walk.chartEmpty')} />
                ) : (
                  <EChart
                    testId="chart-levels"
                    height={300}
                    option={pie(
                      LEVELS.map((l) => t(`imports.levels.${l}`)),
                      LEVELS.map((l) => d.latestCycle!.levels.member[l] ?? 0),
                    )}
                  />
                )}
              </Card>
            </Col>
            <Col span={24}>
              <Card title={t('imports.dashboard.children')}>
                <Table
                  rowKey="id"
                  size="small"
                  pagination={false}
                  dataSource={d.children}
                  columns={[
                    { title: t('imports.reports.unit'), render: (_, c) => <Link to={`?unitId=${c.id}`}>{c.name}</Link> },
                    { title: t('imports.dashboard.members'), dataIndex: 'members', align: 'right', render: (v: number) => fmtNumber(v) },
                  ]}
                />
              </Card>
            </Col>
          </Row>
        </div>
      )}
    </div>
  );
}

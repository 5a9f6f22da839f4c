// Reports and exports: the member list with filters (.xlsx), and the basic statistical tables
// (on screen, .xlsx and PDF). Files are plain links: the browser downloads them with the session.
import { useState } from 'react';
import { Button, Card, Select, Space, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, withQuery, type Answer } from '../../../api';
import { AGE_BANDS, MEMBER_STATUSES } from '../../../types';
import { ScopeBar } from '../../../components/ScopeBar';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import { fmtCount } from '../../../format';

export type StatTable = Answer<'GET /api/reports/statistics'>['tables'][number];

export function StatTableView({ table }: { table: StatTable }) {
  const { t, i18n } = useTranslation();
  const data = [
    ...table.rows.map((r) => ({ key: String(r.unitId), name: r.name, values: r.values })),
    { key: 'total', name: t('imports.reports.total'), values: table.total },
  ];
  return (
    <Table
      size="small"
      pagination={false}
      dataSource={data}
      scroll={{ x: true }}
      columns={[
        { title: t('imports.reports.unit'), dataIndex: 'name', render: (v: string, r) => (r.key === 'total' ? <b>{v}</b> : v) },
        ...table.columns.map((c, i) => ({
          title: c.label,
          align: 'right' as const,
          render: (_: unknown, r: (typeof data)[number]) => (r.values[i] === undefined ? '' : fmtCount(r.values[i]!, i18n.language)),
        })),
      ]}
    />
  );
}

export default function ReportsPage() {
  const { t } = useTranslation();
  const { unitId, setUnitId } = useScopeUnit();
  const [status, setStatus] = useState<string[]>([]);
  const [gender, setGender] = useState<string | undefined>();
  const [ageBand, setAgeBand] = useState<string | undefined>();
  const stats = useQuery({
    queryKey: ['statistics', unitId],
    queryFn: () => api.get<Answer<'GET /api/reports/statistics'>>('/api/reports/statistics', { unitId }),
    enabled: !!unitId,
  });
  return (
    <div>
      <Typography.Title level={3}>{t('imports.reports.title')}</Typography.Title>
      <ScopeBar unitId={unitId} onChange={setUnitId} />
      <Card title={t('imports.reports.memberList')} style={{ marginBottom: 16 }}>
        <Space wrap>
          <Select
            mode="multiple"
            allowClear
            style={{ minWidth: 240 }}
            placeholder={t('imports.reports.status')}
            value={status}
            onChange={setStatus}
            aria-label={t('imports.reports.status')}
            options={MEMBER_STATUSES.map((s) => ({ value: s, label: t(`imports.statuses.${s}`) }))}
          />
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('imports.reports.gender')}
            value={gender}
            onChange={setGender}
            options={[
              { value: 'male', label: t('imports.reports.male') },
              { value: 'female', label: t('imports.reports.female') },
            ]}
          />
          <Select
            allowClear
            style={{ width: 140 }}
            placeholder={t('imports.reports.ageBand')}
            value={ageBand}
            onChange={setAgeBand}
            options={AGE_BANDS.map((a) => ({ value: a, label: a }))}
          />
          <Button
            type="primary"
            icon={<FileExcelOutlined />}
            disabled={!unitId}
            href={withQuery('/api/exports/members.xlsx', { unitId, status, gender, ageBand })}
          >
            {t('imports.reports.exportXlsx')}
          </Button>
        </Space>
      </Card>
      <Card
        title={t('imports.reports.statistics')}
        extra={
          <Space>
            <Button icon={<FileExcelOutlined />} disabled={!unitId} href={withQuery('/api/reports/statistics.xlsx', { unitId })}>
              .xlsx
            </Button>
            <Button
              icon={<FilePdfOutlined />}
              disabled={!unitId}
              href={withQuery('/api/reports/statistics.pdf', { unitId })}
              data-testid="statistics-pdf"
            >
              PDF
            </Button>
          </Space>
        }
      >
        {(stats.data?.tables ?? []).map((tb, i) => (
          <div key={tb.key} style={{ marginBottom: 24 }}>
            <Typography.Title level={5}>
              {t('imports.reports.tableNo', { n: i + 1 })}: {tb.title}
            </Typography.Title>
            <StatTableView table={tb} />
          </div>
        ))}
      </Card>
    </div>
  );
}

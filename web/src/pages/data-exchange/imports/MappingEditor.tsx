// The column mapping of an import: for each field of the registry, the column of the file it is read from.
import { useEffect, useState } from 'react';
import { Button, Select, Space, Tag } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useTranslation } from 'react-i18next';
import type { ImportJob } from './types';

export function MappingEditor({
  job,
  onApply,
  busy,
  extra,
}: {
  job: ImportJob;
  onApply: (m: Record<string, number | null>) => void;
  busy: boolean;
  extra?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<Record<string, number | null>>({});
  useEffect(() => setMapping(Object.fromEntries(job.fields.map((f) => [f.field, f.column]))), [job]);
  const options = job.columns.filter((c) => c.header).map((c) => ({ value: c.index, label: `${c.letter}: ${c.header}` }));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table
        rowKey="field"
        size="small"
        pagination={false}
        dataSource={job.fields}
        data-testid="import-mapping"
        columns={[
          {
            title: t('imports.import.field'),
            render: (_, f) => (
              <Space>
                {f.label}
                {f.required && <Tag color="red">{t('imports.import.required')}</Tag>}
              </Space>
            ),
          },
          {
            title: t('imports.import.column'),
            render: (_, f) => (
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                style={{ minWidth: 280 }}
                value={mapping[f.field] ?? undefined}
                options={options}
                aria-label={f.label}
                onChange={(v) => setMapping((m) => ({ ...m, [f.field]: v ?? null }))}
              />
            ),
          },
        ]}
      />
      <Space>
        {extra}
        <Button onClick={() => onApply(mapping)} loading={busy}>
          {t('imports.import.applyMapping')}
        </Button>
      </Space>
    </Space>
  );
}

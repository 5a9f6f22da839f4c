// The committee's roll-up of a month or a quarter: per cell, meetings held and the flags.
import { useState } from 'react';
import { Input } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { ErrorResult } from '../../../components/ErrorResult';
import { todayIso } from '../../../format';

interface Row {
  unitId: number;
  unitName: string;
  held: number;
  scheduled: number;
  tooShort: number;
  papersLate: number;
  monthsWithout: string[];
  contentMissing: string[];
}
const PERIOD = /^[0-9]{4}(-((0[1-9]|1[0-2])|Q[1-4]))?$/;
const monthLabel = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

export function RollupTable({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const today = todayIso();
  const [period, setPeriod] = useState(`${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`);
  const valid = PERIOD.test(period);
  const q = useQuery({
    queryKey: ['meetings', 'rollup', unitId, period],
    queryFn: () => api.get<{ rows: Row[] }>('/api/meetings/rollup', { unitId, period }),
    enabled: valid,
  });
  return (
    <div>
      <Input
        value={period}
        onChange={(e) => setPeriod(e.target.value.trim())}
        addonBefore={t('cellmeetings.period')}
        style={{ width: 420, marginBottom: 12 }}
        status={valid ? undefined : 'error'}
        aria-label={t('cellmeetings.period')}
      />
      {q.isError ? (
        <ErrorResult error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Table<Row>
          rowKey="unitId"
          size="small"
          loading={q.isFetching}
          dataSource={q.data?.rows ?? []}
          pagination={{ pageSize: 50 }}
          data-testid="meeting-rollup"
          columns={[
            { title: t('lifecycle.common.cell'), dataIndex: 'unitName' },
            { title: t('cellmeetings.held'), dataIndex: 'held', align: 'right' },
            { title: t('cellmeetings.scheduled'), dataIndex: 'scheduled', align: 'right' },
            { title: t('cellmeetings.tooShort'), dataIndex: 'tooShort', align: 'right' },
            { title: t('cellmeetings.papersLate'), dataIndex: 'papersLate', align: 'right' },
            {
              title: t('cellmeetings.monthsWithout'),
              dataIndex: 'monthsWithout',
              render: (ms: string[]) => (ms.length ? ms.map(monthLabel).join(', ') : t('cellmeetings.none')),
            },
            {
              title: t('cellmeetings.contentMissing'),
              dataIndex: 'contentMissing',
              render: (ks: string[] = []) =>
                ks.length ? ks.map((k) => t(`cellmeetings.contentKinds.${k}`)).join(', ') : t('cellmeetings.none'),
            },
          ]}
        />
      )}
    </div>
  );
}

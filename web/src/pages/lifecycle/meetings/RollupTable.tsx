// The committee's roll-up of a month, a quarter or a year: per cell, meetings held and the flags, paged on the
// server (a province has thousands of cells), with the sums over every cell and a filter for the cells to follow up.
import { useState } from 'react';
import { Checkbox, Input, Space, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { ErrorResult } from '../../../components/ErrorResult';
import { fmtCount, todayIso } from '../../../format';

type Rollup = Answer<'GET /api/meetings/rollup'>;
type Row = Rollup['items'][number];
const PERIOD = /^[0-9]{4}(-((0[1-9]|1[0-2])|Q[1-4]))?$/;
const PAGE_SIZE = 50;
const monthLabel = (m: string) => `${m.slice(5, 7)}/${m.slice(0, 4)}`;

export function RollupTable({ unitId }: { unitId: number }) {
  const { t, i18n } = useTranslation();
  const today = todayIso();
  const [period, setPeriod] = useState(`${today.slice(0, 4)}-Q${Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1}`);
  const [flagged, setFlagged] = useState(false);
  const [page, setPage] = useState(1);
  const [shownFor, setShownFor] = useState(unitId);
  if (shownFor !== unitId) {
    setShownFor(unitId);
    setPage(1);
  }
  const valid = PERIOD.test(period);
  const q = useQuery({
    queryKey: ['meetings', 'rollup', unitId, period, flagged, page],
    queryFn: () =>
      api.get<Rollup>('/api/meetings/rollup', { unitId, period, page, pageSize: PAGE_SIZE, ...(flagged ? { flagged: true } : {}) }),
    enabled: valid,
  });
  const s = q.data?.sums;
  const n = (x: number) => fmtCount(x, i18n.language);
  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input
          value={period}
          onChange={(e) => {
            setPeriod(e.target.value.trim());
            setPage(1);
          }}
          addonBefore={t('cellmeetings.period')}
          style={{ width: 420 }}
          status={valid ? undefined : 'error'}
          aria-label={t('cellmeetings.period')}
        />
        <Checkbox
          checked={flagged}
          onChange={(e) => {
            setFlagged(e.target.checked);
            setPage(1);
          }}
        >
          {t('cellmeetings.onlyFlagged')}
        </Checkbox>
      </Space>
      {s && (
        <Typography.Paragraph type="secondary" data-testid="meeting-rollup-sums">
          {t('cellmeetings.rollupSums', {
            cells: n(s.cells),
            held: n(s.held),
            scheduled: n(s.scheduled),
            tooShort: n(s.tooShort),
            papersLate: n(s.papersLate),
            without: n(s.cellsWithoutMeeting),
            flagged: n(s.cellsFlagged),
          })}
        </Typography.Paragraph>
      )}
      {q.isError ? (
        <ErrorResult error={q.error} onRetry={() => void q.refetch()} />
      ) : (
        <Table<Row>
          rowKey="unitId"
          size="small"
          loading={q.isFetching}
          dataSource={q.data?.items ?? []}
          pagination={{ current: page, pageSize: PAGE_SIZE, total: q.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
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
              render: (ks: string[]) =>
                ks.length ? ks.map((k) => t(`cellmeetings.contentKinds.${k}`)).join(', ') : t('cellmeetings.none'),
            },
          ]}
        />
      )}
    </div>
  );
}

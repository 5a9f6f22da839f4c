// Cell meetings and Party fees: the year's meetings of the chosen unit (with their flags; a row opens the
// meeting), a new meeting (scheduled ahead or recorded), the fee sheet of a cell and the committee's roll-up.
// A member without a reading role sees their own cell's meetings and papers.
import { useState } from 'react';
import { Alert, Button, Tabs, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { ErrorResult } from '../../../components/ErrorResult';
import { fmtDate, todayIso } from '../../../format';
import { ScopeBar } from '../../../components/ScopeBar';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import { AttendanceGrid } from './AttendanceGrid';
import { FeesGrid } from './FeesGrid';
import { FlagTags, MeetingDrawer } from './MeetingDrawer';
import { RollupTable } from './RollupTable';

type Meetings = Answer<'GET /api/meetings'>;
type MeetingItem = Meetings['items'][number];
const PAGE_SIZE = 50;

/** The months of the year so far in which the cell held no meeting (the roll-up of the year). */
function MonthsWithout({ unitId }: { unitId: number }) {
  const { t } = useTranslation();
  const year = todayIso().slice(0, 4);
  const q = useQuery({
    queryKey: ['meetings', 'rollup', unitId, year],
    queryFn: () => api.get<Answer<'GET /api/meetings/rollup'>>('/api/meetings/rollup', { unitId, period: year, pageSize: 1 }),
  });
  const months = q.data?.items[0]?.monthsWithout ?? [];
  if (!months.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="months-without"
      message={t('cellmeetings.monthsWithoutAlert', { months: months.map((m) => `${m.slice(5, 7)}/${m.slice(0, 4)}`).join(', ') })}
    />
  );
}

function MeetingTable({ unitId, onOpen }: { unitId: number | null; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const [shownFor, setShownFor] = useState(unitId);
  if (shownFor !== unitId) {
    setShownFor(unitId);
    setPage(1);
  }
  const list = useQuery({
    queryKey: ['meetings', unitId ?? 0, page],
    queryFn: () => api.get<Meetings>('/api/meetings', { ...(unitId ? { unitId } : {}), page, pageSize: PAGE_SIZE }),
  });
  if (list.isError) return <ErrorResult error={list.error} onRetry={() => void list.refetch()} />;
  return (
    <Table<MeetingItem>
      rowKey="id"
      size="middle"
      loading={list.isPending}
      dataSource={list.data?.items ?? []}
      pagination={{ current: page, pageSize: PAGE_SIZE, total: list.data?.total ?? 0, onChange: setPage, showSizeChanger: false }}
      onRow={(r) => ({ onClick: () => onOpen(r.id), style: { cursor: 'pointer' } })}
      columns={[
        {
          title: t('lifecycle.meetings.heldOn'),
          dataIndex: 'heldOn',
          render: (d: string, r) => (
            <Button
              type="link"
              style={{ padding: 0 }}
              onClick={(e) => {
                e.stopPropagation();
                onOpen(r.id);
              }}
            >
              {fmtDate(d)}
            </Button>
          ),
        },
        { title: t('cellmeetings.time'), render: (_, r) => (r.startedAt ? `${r.startedAt}–${r.endedAt ?? ''}` : (r.startTime ?? '')) },
        { title: t('lifecycle.common.cell'), dataIndex: 'unitName' },
        { title: t('lifecycle.meetings.kind'), dataIndex: 'kind', render: (k: string) => t(`cellmeetings.kinds.${k}`) },
        { title: t('lifecycle.meetings.topic'), dataIndex: 'topic' },
        { title: t('cellmeetings.flagsCol'), dataIndex: 'flags', render: (f: string[]) => <FlagTags flags={f} /> },
        { title: t('lifecycle.meetings.presences.present'), dataIndex: 'present' },
        { title: t('lifecycle.meetings.presences.absent_excused'), dataIndex: 'excused' },
        { title: t('lifecycle.meetings.presences.absent_unexcused'), dataIndex: 'unexcused' },
      ]}
    />
  );
}

export default function MeetingsPage() {
  const { t } = useTranslation();
  const { unitId, setUnitId, me } = useScopeUnit();
  const [tab, setTab] = useState('list');
  const [open, setOpen] = useState<number | null>(null);
  const canEdit = me.grants.some((g) => ['province_admin', 'committee_office', 'cell_secretary'].includes(g.role));
  const unit = useQuery({
    queryKey: ['units', 'one', unitId],
    queryFn: () => api.get<{ kind: string }>(`/api/units/${unitId}`),
    enabled: !!unitId,
  });
  const isCell = unit.data?.kind === 'cell' || unit.data?.kind === 'grassroots_cell';
  const needCell = <Alert type="info" showIcon message={t('lifecycle.meetings.pickCell')} />;
  if (!unitId) {
    // A member: their own cell's meetings, read only.
    return (
      <div>
        <Typography.Title level={3}>{t('cellmeetings.myCell')}</Typography.Title>
        <MeetingTable unitId={null} onOpen={setOpen} />
        <MeetingDrawer meetingId={open} canEdit={false} onClose={() => setOpen(null)} />
      </div>
    );
  }
  return (
    <div>
      <ScopeBar
        title={t('lifecycle.meetings.title')}
        unitId={unitId}
        onChange={setUnitId}
        extra={
          isCell &&
          canEdit && (
            <Button type="primary" onClick={() => setTab('new')}>
              {t('lifecycle.meetings.new')}
            </Button>
          )
        }
      />
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          {
            key: 'list',
            label: t('lifecycle.meetings.tabs.list'),
            children: (
              <>
                {isCell && <MonthsWithout unitId={unitId} />}
                <MeetingTable unitId={unitId} onOpen={setOpen} />
              </>
            ),
          },
          {
            key: 'new',
            label: t('lifecycle.meetings.tabs.new'),
            children: isCell ? (
              <AttendanceGrid
                unitId={unitId}
                onSaved={(id) => {
                  setTab('list');
                  setOpen(id);
                }}
              />
            ) : (
              needCell
            ),
          },
          { key: 'fees', label: t('lifecycle.meetings.tabs.fees'), children: isCell ? <FeesGrid unitId={unitId} /> : needCell },
          { key: 'rollup', label: t('cellmeetings.rollup'), children: <RollupTable unitId={unitId} /> },
        ]}
      />
      <MeetingDrawer meetingId={open} canEdit={canEdit} onClose={() => setOpen(null)} />
    </div>
  );
}

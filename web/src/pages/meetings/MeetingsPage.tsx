// Cell meetings and Party fees: the year's meetings of the chosen unit, a new meeting's attendance grid and
// the month's fee sheet (both for a cell).
import { useState } from 'react';
import { Alert, Button, Tabs } from 'antd';
import { ResponsiveTable as Table } from '../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorResult } from '../../components/ErrorResult';
import { fmtDate } from '../../format';
import { ScopeBar, useScopeUnit } from '../lifecycle/shared';
import { AttendanceGrid } from './AttendanceGrid';
import { FeesGrid } from './FeesGrid';

interface MeetingItem { id: number; unitName: string; heldOn: string; kind: string; topic: string; present: number; excused: number; unexcused: number }

export default function MeetingsPage() {
  const { t } = useTranslation();
  const { unitId, setUnitId } = useScopeUnit();
  const [tab, setTab] = useState('list');
  const unit = useQuery({ queryKey: ['units', 'one', unitId], queryFn: () => api.get<{ kind: string }>(`/api/units/${unitId}`), enabled: !!unitId });
  const isCell = unit.data?.kind === 'cell' || unit.data?.kind === 'grassroots_cell';
  const list = useQuery({ queryKey: ['meetings', unitId ?? 0], queryFn: () => api.get<MeetingItem[]>('/api/meetings', { unitId }), enabled: !!unitId });
  const needCell = <Alert type="info" showIcon message={t('lifecycle.meetings.pickCell')} />;
  return (
    <div>
      <ScopeBar title={t('lifecycle.meetings.title')} unitId={unitId} onChange={setUnitId}
        extra={isCell && <Button type="primary" onClick={() => setTab('new')}>{t('lifecycle.meetings.new')}</Button>} />
      <Tabs activeKey={tab} onChange={setTab} items={[
        { key: 'list', label: t('lifecycle.meetings.tabs.list'), children: list.isError ? <ErrorResult error={list.error} onRetry={() => void list.refetch()} /> : (
          <Table<MeetingItem> rowKey="id" size="middle" loading={list.isPending && !!unitId} dataSource={list.data ?? []} pagination={{ pageSize: 50 }}
            columns={[
              { title: t('lifecycle.meetings.heldOn'), dataIndex: 'heldOn', render: fmtDate },
              { title: t('lifecycle.common.cell'), dataIndex: 'unitName' },
              { title: t('lifecycle.meetings.kind'), dataIndex: 'kind', render: (k: string) => t(`lifecycle.meetings.kinds.${k}`) },
              { title: t('lifecycle.meetings.topic'), dataIndex: 'topic' },
              { title: t('lifecycle.meetings.presences.present'), dataIndex: 'present' },
              { title: t('lifecycle.meetings.presences.absent_excused'), dataIndex: 'excused' },
              { title: t('lifecycle.meetings.presences.absent_unexcused'), dataIndex: 'unexcused' },
            ]} />
        ) },
        { key: 'new', label: t('lifecycle.meetings.tabs.new'), children: isCell && unitId ? <AttendanceGrid unitId={unitId} onSaved={() => setTab('list')} /> : needCell },
        { key: 'fees', label: t('lifecycle.meetings.tabs.fees'), children: isCell && unitId ? <FeesGrid unitId={unitId} /> : needCell },
      ]} />
    </div>
  );
}

// One meeting of a cell: date, kind, topic and the attendance of every member on one screen (one save).
// Keyboard: Tab moves between rows; each row's presence is a radio group (arrow keys change it).
import { useEffect, useState } from 'react';
import { Button, DatePicker, Input, Radio, Select, Space } from 'antd';
import { ResponsiveTable as Table } from '../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { DATE_FORMAT, toDayjs, toIso, todayIso } from '../../format';
import { useWrite } from '../lifecycle/shared';

type Presence = 'present' | 'absent_excused' | 'absent_unexcused';
interface Row { memberId: number; fullName: string; presence: Presence; reason: string }

export function AttendanceGrid({ unitId, onSaved }: { unitId: number; onSaved: () => void }) {
  const { t } = useTranslation();
  const roster = useQuery({ queryKey: ['meetings', 'roster', unitId], queryFn: () => api.get<{ memberId: number; fullName: string }[]>('/api/meetings/roster', { unitId }) });
  const [rows, setRows] = useState<Row[]>([]);
  const [heldOn, setHeldOn] = useState(todayIso());
  const [kind, setKind] = useState('regular');
  const [topic, setTopic] = useState('');
  useEffect(() => { setRows((roster.data ?? []).map((r) => ({ ...r, presence: 'present', reason: '' }))); }, [roster.data]);
  const save = useWrite(() => api.post('/api/meetings', {
    unitId, heldOn, kind, topic, attendance: rows.map((r) => ({ memberId: r.memberId, presence: r.presence, ...(r.reason ? { reason: r.reason } : {}) })),
  }), [['meetings']], onSaved);
  const set = (id: number, patch: Partial<Row>) => setRows((all) => all.map((r) => (r.memberId === id ? { ...r, ...patch } : r)));

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker format={DATE_FORMAT} value={toDayjs(heldOn)} onChange={(d) => setHeldOn(toIso(d) ?? todayIso())} aria-label={t('lifecycle.meetings.heldOn')} />
        <Select value={kind} onChange={setKind} style={{ width: 180 }} aria-label={t('lifecycle.meetings.kind')}
          options={['regular', 'thematic', 'extraordinary'].map((k) => ({ value: k, label: t(`lifecycle.meetings.kinds.${k}`) }))} />
        <Input value={topic} onChange={(e) => setTopic(e.target.value)} placeholder={t('lifecycle.meetings.topic')} style={{ width: 320 }} />
        <Button onClick={() => setRows((all) => all.map((r) => ({ ...r, presence: 'present', reason: '' })))}>{t('lifecycle.meetings.allPresent')}</Button>
        <Button type="primary" loading={save.isPending} onClick={() => save.mutate(undefined)}>{t('lifecycle.common.save')}</Button>
      </Space>
      <Table<Row> rowKey="memberId" size="small" loading={roster.isPending} dataSource={rows} pagination={false}
        columns={[
          { title: t('lifecycle.common.member'), dataIndex: 'fullName' },
          { title: t('lifecycle.meetings.presence'), render: (_, r) => (
            <Radio.Group value={r.presence} onChange={(e) => set(r.memberId, { presence: e.target.value as Presence })}
              options={(['present', 'absent_excused', 'absent_unexcused'] as const).map((p) => ({ value: p, label: t(`lifecycle.meetings.presences.${p}`) }))} />
          ) },
          { title: t('lifecycle.meetings.reason'), render: (_, r) => r.presence !== 'present' && (
            <Input size="small" value={r.reason} onChange={(e) => set(r.memberId, { reason: e.target.value })}
              status={r.presence === 'absent_excused' && !r.reason.trim() ? 'error' : undefined} aria-label={t('lifecycle.meetings.reason')} />
          ) },
        ]} />
    </div>
  );
}

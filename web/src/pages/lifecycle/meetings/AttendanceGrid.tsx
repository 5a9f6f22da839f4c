// One meeting of a cell: date, kind, topic and the attendance of every member on one screen (one save).
// Keyboard: Tab moves between rows; each row's presence is a radio group (arrow keys change it).
import { useEffect, useState } from 'react';
import { Alert, Button, Checkbox, DatePicker, Input, InputNumber, Radio, Select, Space } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { DATE_FORMAT, toDayjs, toIso, todayIso } from '../../../format';
import { useWrite } from '../../../useWrite';
import { CONTENT_KINDS } from '../../../../../src/domain/lifecycle/content-kinds';

type Presence = 'present' | 'absent_excused' | 'absent_unexcused';
interface Row {
  memberId: number;
  fullName: string;
  presence: Presence;
  reason: string;
}

export function AttendanceGrid({ unitId, onSaved }: { unitId: number; onSaved: (id: number) => void }) {
  const { t } = useTranslation();
  const roster = useQuery({
    queryKey: ['meetings', 'roster', unitId],
    queryFn: () => api.get<Answer<'GET /api/meetings/roster'>>('/api/meetings/roster', { unitId }),
  });
  const [rows, setRows] = useState<Row[]>([]);
  const [heldOn, setHeldOn] = useState(todayIso());
  const [kind, setKind] = useState('regular');
  const [topic, setTopic] = useState('');
  const [startTime, setStartTime] = useState('');
  const [plannedMinutes, setPlannedMinutes] = useState<number | null>(null);
  const [agenda, setAgenda] = useState('');
  const [contentKinds, setContentKinds] = useState<string[]>([]);
  // A meeting still to come is scheduled: its attendance is recorded on the day.
  const ahead = heldOn > todayIso();
  useEffect(() => {
    setRows((roster.data ?? []).map((r) => ({ ...r, presence: 'present', reason: '' })));
  }, [roster.data]);
  const save = useWrite(
    () =>
      api.post<Answer<'POST /api/meetings'>>('/api/meetings', {
        unitId,
        heldOn,
        kind,
        topic,
        ...(startTime ? { startTime } : {}),
        ...(plannedMinutes ? { plannedMinutes } : {}),
        agenda: agenda
          .split('\n')
          .map((a) => a.trim())
          .filter(Boolean),
        contentKinds,
        attendance: ahead
          ? []
          : rows.map((r) => ({ memberId: r.memberId, presence: r.presence, ...(r.reason ? { reason: r.reason } : {}) })),
      }),
    { invalidate: [['meetings']], onSuccess: (r) => onSaved(r.id), saved: true },
  );
  const set = (id: number, patch: Partial<Row>) => setRows((all) => all.map((r) => (r.memberId === id ? { ...r, ...patch } : r)));

  return (
    <div>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePicker
          format={DATE_FORMAT}
          value={toDayjs(heldOn)}
          onChange={(d) => setHeldOn(toIso(d) ?? todayIso())}
          aria-label={t('lifecycle.meetings.heldOn')}
        />
        <Select
          value={kind}
          onChange={setKind}
          style={{ width: 180 }}
          aria-label={t('lifecycle.meetings.kind')}
          options={['regular', 'thematic', 'combined', 'extraordinary'].map((k) => ({ value: k, label: t(`cellmeetings.kinds.${k}`) }))}
        />
        <Input
          value={topic}
          onChange={(e) => setTopic(e.target.value)}
          placeholder={t('lifecycle.meetings.topic')}
          style={{ width: 320 }}
          aria-label={t('lifecycle.meetings.topic')}
        />
        <Input
          value={startTime}
          onChange={(e) => setStartTime(e.target.value.trim())}
          placeholder="19:30"
          addonBefore={t('cellmeetings.startTime')}
          style={{ width: 300 }}
          aria-label={t('cellmeetings.startTime')}
        />
        <InputNumber
          value={plannedMinutes}
          onChange={(v) => setPlannedMinutes(v)}
          min={1}
          max={1440}
          addonBefore={t('cellmeetings.plannedMinutes')}
          style={{ width: 300 }}
          aria-label={t('cellmeetings.plannedMinutes')}
        />
        <Button onClick={() => setRows((all) => all.map((r) => ({ ...r, presence: 'present', reason: '' })))}>
          {t('lifecycle.meetings.allPresent')}
        </Button>
        <Button type="primary" loading={save.isPending} onClick={() => save.mutate(undefined)}>
          {t('lifecycle.common.save')}
        </Button>
      </Space>
      <Input.TextArea
        rows={3}
        value={agenda}
        onChange={(e) => setAgenda(e.target.value)}
        placeholder={t('cellmeetings.agendaHint')}
        aria-label={t('cellmeetings.agenda')}
        style={{ marginBottom: 12 }}
      />
      <div style={{ marginBottom: 12 }}>
        <div style={{ marginBottom: 4 }}>{t('cellmeetings.contentLabel')}</div>
        <Checkbox.Group
          value={contentKinds}
          onChange={(v) => setContentKinds(v as string[])}
          aria-label={t('cellmeetings.contentLabel')}
          options={CONTENT_KINDS.map((k) => ({ value: k, label: t(`cellmeetings.contentKinds.${k}`) }))}
        />
      </div>
      {ahead && <Alert type="info" showIcon message={t('cellmeetings.scheduledNote')} style={{ marginBottom: 12 }} />}
      {!ahead && (
        <Table<Row>
          rowKey="memberId"
          size="small"
          loading={roster.isPending}
          dataSource={rows}
          pagination={false}
          columns={[
            { title: t('lifecycle.common.member'), dataIndex: 'fullName' },
            {
              title: t('lifecycle.meetings.presence'),
              render: (_, r) => (
                <Radio.Group
                  value={r.presence}
                  onChange={(e) => set(r.memberId, { presence: e.target.value as Presence })}
                  options={(['present', 'absent_excused', 'absent_unexcused'] as const).map((p) => ({
                    value: p,
                    label: t(`lifecycle.meetings.presences.${p}`),
                  }))}
                />
              ),
            },
            {
              title: t('lifecycle.meetings.reason'),
              render: (_, r) =>
                r.presence !== 'present' && (
                  <Input
                    size="small"
                    value={r.reason}
                    onChange={(e) => set(r.memberId, { reason: e.target.value })}
                    status={r.presence === 'absent_excused' && !r.reason.trim() ? 'error' : undefined}
                    aria-label={t('lifecycle.meetings.reason')}
                  />
                ),
            },
          ]}
        />
      )}
    </div>
  );
}

// One meeting as the cell holds it: schedule and agenda, flags, papers (download; editors attach and delete),
// and on the day the real start and end, the minutes and the resolution; the minutes as a PDF.
import { useEffect, useState } from 'react';
import { App as AntApp, Button, Descriptions, Drawer, Input, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, uploadFile, type Answer } from '../../../api';
import { ErrorResult } from '../../../components/ErrorResult';
import { fmtDate, fmtDateTime } from '../../../format';
import { useWrite } from '../../../useWrite';
import { CheckinQr } from './CheckinQr';

type MeetingDetail = Answer<'GET /api/meetings/:meetingId'>;

export function FlagTags({ flags }: { flags: string[] }) {
  const { t } = useTranslation();
  return (
    <>
      {flags.map((f) => (
        <Tag key={f} color="orange">
          {t(`cellmeetings.flags.${f}`)}
        </Tag>
      ))}
    </>
  );
}

export function MeetingDrawer({ meetingId, canEdit, onClose }: { meetingId: number | null; canEdit: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const q = useQuery({
    queryKey: ['meetings', 'one', meetingId],
    queryFn: () => api.get<MeetingDetail>(`/api/meetings/${meetingId}`),
    enabled: !!meetingId,
  });
  const m = q.data;
  const [day, setDay] = useState({ startedAt: '', endedAt: '', minutes: '', resolution: '' });
  useEffect(() => {
    if (m) setDay({ startedAt: m.startedAt ?? '', endedAt: m.endedAt ?? '', minutes: m.minutes, resolution: m.resolution });
  }, [m]);
  const save = useWrite(
    () =>
      api.put(`/api/meetings/${meetingId}`, {
        version: m!.version,
        startedAt: day.startedAt || null,
        endedAt: day.endedAt || null,
        minutes: day.minutes,
        resolution: day.resolution,
      }),
    { invalidate: [['meetings']], saved: true },
  );
  const remove = useWrite((id: number) => api.del(`/api/meeting-documents/${id}`), { invalidate: [['meetings']], saved: true });
  const upload = useWrite(
    (file: File) => uploadFile(`/api/meetings/${meetingId}/documents?filename=${encodeURIComponent(file.name)}`, file),
    { invalidate: [['meetings']], onSuccess: () => void message.success(t('cellmeetings.attached')) },
  );
  const attach = (file: File | undefined) => {
    if (file && meetingId) upload.mutate(file);
  };
  const busy = upload.isPending;

  return (
    <Drawer
      open={!!meetingId}
      onClose={onClose}
      width={640}
      title={m ? t('cellmeetings.detail', { date: fmtDate(m.heldOn) }) : ''}
      destroyOnClose
    >
      {q.isError && <ErrorResult error={q.error} onRetry={() => void q.refetch()} />}
      {m && (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <Descriptions
            column={1}
            size="small"
            bordered
            items={[
              { key: 'unit', label: t('lifecycle.common.cell'), children: m.unitName },
              { key: 'kind', label: t('lifecycle.meetings.kind'), children: t(`cellmeetings.kinds.${m.kind}`) },
              { key: 'topic', label: t('lifecycle.meetings.topic'), children: m.topic || t('cellmeetings.none') },
              {
                key: 'start',
                label: t('cellmeetings.startTime'),
                children: `${m.startTime ?? t('cellmeetings.none')}${m.plannedMinutes ? ` · ${m.plannedMinutes}′` : ''}`,
              },
              {
                key: 'length',
                label: t('cellmeetings.time'),
                children:
                  m.lengthMinutes !== null
                    ? `${m.startedAt}–${m.endedAt} · ${t('cellmeetings.length', { minutes: m.lengthMinutes })}`
                    : t('cellmeetings.none'),
              },
              {
                key: 'content',
                label: t('cellmeetings.contentLabel'),
                children: m.contentKinds.length
                  ? m.contentKinds.map((k) => t(`cellmeetings.contentKinds.${k}`)).join(', ')
                  : t('cellmeetings.none'),
              },
              {
                key: 'flags',
                label: t('cellmeetings.flagsCol'),
                children: m.flags.length ? <FlagTags flags={m.flags} /> : t('cellmeetings.none'),
              },
            ]}
          />
          {canEdit && <CheckinQr meetingId={m.id} />}
          <div>
            <Typography.Title level={5}>{t('cellmeetings.agenda')}</Typography.Title>
            {m.agenda.length ? (
              <ol data-testid="agenda">
                {m.agenda
                  .map((text, n) => ({ text, id: `${n}:${text}` }))
                  .map((a) => (
                    <li key={a.id}>{a.text}</li>
                  ))}
              </ol>
            ) : (
              t('cellmeetings.none')
            )}
          </div>
          <div>
            <Typography.Title level={5}>{t('cellmeetings.papers')}</Typography.Title>
            <List
              size="small"
              locale={{ emptyText: t('cellmeetings.noPapers') }}
              dataSource={m.documents}
              renderItem={(d) => (
                <List.Item
                  actions={
                    canEdit
                      ? [
                          <Popconfirm key="del" title={t('cellmeetings.confirmDelete')} onConfirm={() => remove.mutate(d.id)}>
                            <Button size="small" danger>
                              {t('cellmeetings.deletePaper')}
                            </Button>
                          </Popconfirm>,
                        ]
                      : []
                  }
                >
                  <a href={`/api/meeting-documents/${d.id}`} download={d.fileName}>
                    {d.fileName}
                  </a>
                  <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                    {t('cellmeetings.postedAt', { at: fmtDateTime(d.postedAt) })}
                  </Typography.Text>
                </List.Item>
              )}
            />
            {canEdit && (
              <label style={{ display: 'block', marginTop: 8 }}>
                <span>{t('cellmeetings.attach')}</span>{' '}
                <input
                  type="file"
                  aria-label={t('cellmeetings.attach')}
                  disabled={busy}
                  accept=".pdf,.docx,.png,.jpg,.jpeg"
                  onChange={(e) => {
                    void attach(e.target.files?.[0]);
                    e.target.value = '';
                  }}
                />
              </label>
            )}
          </div>
          {canEdit && (
            <div>
              <Typography.Title level={5}>{t('cellmeetings.onTheDay')}</Typography.Title>
              <Space wrap>
                <Input
                  value={day.startedAt}
                  onChange={(e) => setDay({ ...day, startedAt: e.target.value })}
                  placeholder="19:30"
                  addonBefore={t('cellmeetings.startedAt')}
                  style={{ width: 220 }}
                  aria-label={t('cellmeetings.startedAt')}
                />
                <Input
                  value={day.endedAt}
                  onChange={(e) => setDay({ ...day, endedAt: e.target.value })}
                  placeholder="21:30"
                  addonBefore={t('cellmeetings.endedAt')}
                  style={{ width: 220 }}
                  aria-label={t('cellmeetings.endedAt')}
                />
              </Space>
              <Typography.Text strong style={{ display: 'block', marginTop: 8 }}>
                {t('cellmeetings.minutes')}
              </Typography.Text>
              <Input.TextArea
                rows={5}
                value={day.minutes}
                onChange={(e) => setDay({ ...day, minutes: e.target.value })}
                aria-label={t('cellmeetings.minutes')}
              />
              <Typography.Text strong style={{ display: 'block', marginTop: 8 }}>
                {t('cellmeetings.resolution')}
              </Typography.Text>
              <Input.TextArea
                rows={3}
                value={day.resolution}
                onChange={(e) => setDay({ ...day, resolution: e.target.value })}
                aria-label={t('cellmeetings.resolution')}
              />
              <Button type="primary" style={{ marginTop: 8 }} loading={save.isPending} onClick={() => save.mutate(undefined)}>
                {t('cellmeetings.save')}
              </Button>
            </div>
          )}
          <a href={`/api/meetings/${m.id}/minutes.pdf`} download>
            {t('cellmeetings.minutesPdf')}
          </a>
        </Space>
      )}
    </Drawer>
  );
}

// The member's handbook on their own phone: the next meeting and its papers, their tasks, their assessment and its
// form, fees paid and due, the households in their charge, and the committee's messages with a reply. One request
// (GET /api/handbook) for a slow network; large type and one column for a 390-pixel screen.
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { Button, Card, Empty, Input, List, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { ErrorResult } from '../../../components/ErrorResult';
import { fmtDate, fmtDateTime, fmtNumber } from '../../../format';
import { useWrite } from '../../../useWrite';

type Handbook = Answer<'GET /api/handbook'>;
type Thread = Handbook['messages'][number];

const big = { fontSize: 18 } as const;

function ReplyBox({ thread }: { thread: Thread }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const send = useWrite(() => api.post(`/api/handbook/messages/${thread.id}/replies`, { body: text }), {
    invalidate: [['handbook']],
    onSuccess: () => setText(''),
  });
  return (
    <Space.Compact style={{ width: '100%', marginTop: 8 }}>
      <Input.TextArea
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 1, maxRows: 4 }}
        maxLength={2000}
        aria-label={t('handbook.reply')}
        placeholder={t('handbook.replyPlaceholder')}
        style={big}
      />
      <Button type="primary" size="large" disabled={!text.trim()} loading={send.isPending} onClick={() => send.mutate(undefined)}>
        {t('handbook.send')}
      </Button>
    </Space.Compact>
  );
}

export default function HandbookPage() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['handbook'], queryFn: () => api.get<Handbook>('/api/handbook') });
  // Opened: what was new is seen (the bell goes quiet); the items stay marked new on this visit.
  const seen = useWrite(() => api.post('/api/handbook/seen'), { invalidate: [['handbook', 'news']] });
  const marked = useRef(false);
  useEffect(() => {
    if (!q.data || marked.current) return;
    marked.current = true;
    seen.mutate(undefined);
  }, [q.data, seen]);
  if (q.isError) return <ErrorResult error={q.error} onRetry={() => void q.refetch()} />;
  const h = q.data;
  if (!h) return <Card loading />;
  const meeting = h.nextMeeting;
  const isNew = (at: string | Date) => h.seenAt === null || String(at) > String(h.seenAt);
  const newTag = (at: string | Date) =>
    isNew(at) ? (
      <Tag color="red" style={{ marginLeft: 8 }}>
        {t('handbook.new')}
      </Tag>
    ) : null;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%', maxWidth: 720, ...big }} data-testid="handbook">
      <div>
        <Typography.Title level={3} style={{ marginBottom: 0 }}>
          {t('handbook.title')}
        </Typography.Title>
        <Typography.Text style={big}>
          {h.member.name} · {h.member.unitName}
        </Typography.Text>
      </div>

      <Card title={t('handbook.nextMeeting')} data-testid="handbook-meeting">
        {meeting ? (
          <Space direction="vertical" style={big}>
            <Typography.Text strong style={{ fontSize: 22 }}>
              {fmtDate(meeting.heldOn)}
              {meeting.startTime ? ` · ${meeting.startTime}` : ''}
            </Typography.Text>
            <span>{meeting.topic || t(`cellmeetings.kinds.${meeting.kind}`)}</span>
            {meeting.agenda.length > 0 && (
              <ol style={{ margin: 0 }}>
                {meeting.agenda
                  .map((text, n) => ({ text, id: `${n}:${text}` }))
                  .map((a) => (
                    <li key={a.id}>{a.text}</li>
                  ))}
              </ol>
            )}
            <Typography.Text strong>{t('handbook.papers')}</Typography.Text>
            {meeting.papers.length ? (
              meeting.papers.map((p) => (
                <span key={p.id}>
                  <a href={`/api/meeting-documents/${p.id}`} download={p.fileName} style={big}>
                    {p.fileName}
                  </a>
                  {newTag(p.postedAt)}
                </span>
              ))
            ) : (
              <Typography.Text type="secondary">{t('handbook.noPapers')}</Typography.Text>
            )}
          </Space>
        ) : (
          <Empty description={t('handbook.noMeeting')} />
        )}
      </Card>

      <Card title={t('handbook.tasks')} data-testid="handbook-tasks">
        <List
          dataSource={h.tasks}
          locale={{ emptyText: t('handbook.noTasks') }}
          renderItem={(task) => (
            <List.Item style={big}>
              <Space direction="vertical" size={0}>
                <span>{task.title}</span>
                <Typography.Text type="secondary">{t('handbook.due', { date: fmtDate(task.dueOn) })}</Typography.Text>
              </Space>
              <Tag color={task.completion ? 'green' : 'blue'}>
                {task.completion ? t(`handbook.completion.${task.completion}`) : t('handbook.open')}
              </Tag>
            </List.Item>
          )}
        />
      </Card>

      <Card title={t('handbook.assessment')} data-testid="handbook-assessment">
        {h.assessment ? (
          <Space direction="vertical" style={big}>
            <span>{h.assessment.cycleTitle}</span>
            <span>{h.assessment.form ? t('handbook.form', { form: h.assessment.form }) : t('handbook.noCategory')}</span>
            <Link to={`/assessments/subjects/${h.assessment.subjectId}`}>
              <Button size="large" type="primary">
                {t('handbook.openAssessment')}
              </Button>
            </Link>
          </Space>
        ) : (
          <Empty description={t('handbook.noAssessment')} />
        )}
      </Card>

      <Card title={t('handbook.fees', { year: h.fees.year })} data-testid="handbook-fees">
        <Space direction="vertical" style={big}>
          <span>{t('handbook.paid', { count: h.fees.paid.length, amount: fmtNumber(h.fees.paid.reduce((s, f) => s + f.amount, 0)) })}</span>
          {h.fees.unpaid.length ? (
            <span>
              {t('handbook.unpaid')}{' '}
              {h.fees.unpaid.map((m) => (
                <Tag key={m} color="orange" style={big}>{`${m.slice(5, 7)}/${m.slice(0, 4)}`}</Tag>
              ))}
            </span>
          ) : (
            <Typography.Text type="success">{t('handbook.allPaid')}</Typography.Text>
          )}
        </Space>
      </Card>

      <Card title={t('handbook.households')} data-testid="handbook-households">
        <List
          dataSource={h.households}
          locale={{ emptyText: t('handbook.noHouseholds') }}
          renderItem={(x) => (
            <List.Item style={big}>
              <Space direction="vertical" size={0}>
                <span>
                  {x.headName} · {x.address}
                </span>
                <Typography.Text type="secondary">
                  {x.lastVisit ? t('handbook.lastVisit', { date: fmtDate(x.lastVisit) }) : t('handbook.notVisited')}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      </Card>

      <Card title={t('handbook.messages')} data-testid="handbook-messages">
        <List
          dataSource={h.messages}
          locale={{ emptyText: t('handbook.noMessages') }}
          renderItem={(m) => (
            <List.Item style={{ display: 'block', ...big }}>
              <Typography.Text type="secondary">
                {m.author} · {fmtDateTime(String(m.at))}
              </Typography.Text>
              {newTag(m.at)}
              <div style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{m.body}</div>
              {m.replies.map((r) => (
                <div key={r.id} style={{ marginLeft: 16, borderLeft: '3px solid #eee', paddingLeft: 8, marginTop: 4 }}>
                  <Typography.Text type="secondary">
                    {r.byMember ? t('handbook.you') : r.author} · {fmtDateTime(String(r.at))}
                  </Typography.Text>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{r.body}</div>
                </div>
              ))}
              <ReplyBox thread={m} />
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}

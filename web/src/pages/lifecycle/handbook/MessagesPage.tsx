// The cell committee's messages to its members: write to the whole cell, read every member's reply, and answer
// one member (only that member reads the answer).
import { useState } from 'react';
import { Button, Card, Input, List, Pagination, Select, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { ErrorResult } from '../../../components/ErrorResult';
import { fmtDateTime } from '../../../format';
import { ScopeBar } from '../../../components/ScopeBar';
import { useScopeUnit } from '../../../auth/useScopeUnit';
import { useWrite } from '../../../useWrite';

type Page = Answer<'GET /api/units/:unitId/messages'>;
type Thread = Page['items'][number];

function Answerer({ thread, unitId }: { thread: Thread; unitId: number }) {
  const { t } = useTranslation();
  const askers = [...new Map(thread.replies.filter((r) => r.byMember).map((r) => [r.author, r])).values()];
  const roster = useQuery({
    queryKey: ['meetings', 'roster', unitId],
    queryFn: () => api.get<Answer<'GET /api/meetings/roster'>>('/api/meetings/roster', { unitId }),
  });
  const [to, setTo] = useState<number | undefined>();
  const [text, setText] = useState('');
  const send = useWrite(() => api.post(`/api/messages/${thread.id}/replies`, { body: text, toMemberId: to }), {
    invalidate: [['messages']],
    onSuccess: () => setText(''),
  });
  if (askers.length === 0) return null;
  return (
    <Space wrap style={{ marginTop: 8 }}>
      <Select
        style={{ minWidth: 220 }}
        placeholder={t('handbook.answerTo')}
        value={to}
        onChange={setTo}
        aria-label={t('handbook.answerTo')}
        options={(roster.data ?? []).map((m) => ({ value: m.memberId, label: m.fullName }))}
        showSearch
        optionFilterProp="label"
      />
      <Input
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={2000}
        style={{ minWidth: 260 }}
        aria-label={t('handbook.answer')}
        placeholder={t('handbook.answer')}
      />
      <Button disabled={!to || !text.trim()} loading={send.isPending} onClick={() => send.mutate(undefined)}>
        {t('handbook.send')}
      </Button>
    </Space>
  );
}

export default function MessagesPage() {
  const { t } = useTranslation();
  const { unitId, setUnitId } = useScopeUnit();
  const [page, setPage] = useState(1);
  const [text, setText] = useState('');
  const q = useQuery({
    queryKey: ['messages', unitId, page],
    enabled: !!unitId,
    queryFn: () => api.get<Page>(`/api/units/${unitId}/messages`, { page, pageSize: 20 }),
  });
  const post = useWrite(() => api.post(`/api/units/${unitId}/messages`, { body: text }), {
    invalidate: [['messages']],
    onSuccess: () => setText(''),
  });
  return (
    <>
      <ScopeBar
        title={t('handbook.messagesTitle')}
        unitId={unitId}
        onChange={(id) => {
          setUnitId(id);
          setPage(1);
        }}
      />
      {!unitId ? (
        <Typography.Text>{t('handbook.pickCell')}</Typography.Text>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Card title={t('handbook.newMessage')}>
            <Input.TextArea
              rows={3}
              value={text}
              onChange={(e) => setText(e.target.value)}
              maxLength={2000}
              aria-label={t('handbook.newMessage')}
            />
            <Button
              type="primary"
              style={{ marginTop: 8 }}
              disabled={!text.trim()}
              loading={post.isPending}
              onClick={() => post.mutate(undefined)}
            >
              {t('handbook.send')}
            </Button>
          </Card>
          {q.isError ? (
            <ErrorResult error={q.error} onRetry={() => void q.refetch()} />
          ) : (
            <List
              loading={q.isPending}
              dataSource={q.data?.items ?? []}
              locale={{ emptyText: t('handbook.noMessages') }}
              renderItem={(m) => (
                <List.Item style={{ display: 'block' }}>
                  <Typography.Text type="secondary">
                    {m.author} · {fmtDateTime(String(m.at))}
                  </Typography.Text>
                  <div style={{ whiteSpace: 'pre-wrap' }}>{m.body}</div>
                  {m.replies.map((r) => (
                    <div key={r.id} style={{ marginLeft: 16, borderLeft: '3px solid #eee', paddingLeft: 8, marginTop: 4 }}>
                      <Typography.Text type="secondary">
                        {r.author}
                        {r.toMemberName ? ` → ${r.toMemberName}` : ''} · {fmtDateTime(String(r.at))}
                      </Typography.Text>
                      <div style={{ whiteSpace: 'pre-wrap' }}>{r.body}</div>
                    </div>
                  ))}
                  <Answerer thread={m} unitId={unitId} />
                </List.Item>
              )}
            />
          )}
          {(q.data?.total ?? 0) > 20 && (
            <Pagination current={page} pageSize={20} total={q.data?.total} onChange={setPage} showSizeChanger={false} />
          )}
        </Space>
      )}
    </>
  );
}

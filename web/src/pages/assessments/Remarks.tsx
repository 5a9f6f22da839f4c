// Comments on a review and attendance at the review meeting (reviewers and working groups assigned to the unit).
import { useState } from 'react';
import { Alert, Button, Input, List, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../api';
import { fmtDate, fmtDateTime } from '../../format';

interface Remark { id: number; kind: 'comment' | 'attendance'; body: string; attendedOn: string | null; workingGroupId: number | null; actorName: string; at: string }

export function Remarks({ subjectId }: { subjectId: number }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const key = ['assessments', 'remarks', subjectId];
  const q = useQuery({ queryKey: key, queryFn: () => api.get<Remark[]>(`/api/assessment-subjects/${subjectId}/remarks`) });
  async function send() {
    setError(null);
    try {
      qc.setQueryData(key, await api.post<Remark[]>(`/api/assessment-subjects/${subjectId}/remarks`, { body: text }));
      setText('');
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="remarks">
      {error && <Alert type="error" showIcon title={error} />}
      <List size="small" dataSource={q.data ?? []} locale={{ emptyText: t('assessments.remarks.empty') }} renderItem={(r) => (
        <List.Item>
          <Space orientation="vertical" size={0}>
            <Typography.Text>
              {r.kind === 'attendance' && <Tag color="blue">{t('assessments.remarks.attended', { date: fmtDate(r.attendedOn) })}</Tag>}
              {r.workingGroupId !== null && <Tag>{t('assessments.remarks.workingGroup')}</Tag>}
              {r.body}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.actorName} · {fmtDateTime(r.at)}</Typography.Text>
          </Space>
        </List.Item>
      )} />
      <Input.TextArea rows={2} value={text} maxLength={5000} onChange={(e) => setText(e.target.value)} placeholder={t('assessments.remarks.placeholder')} />
      <Button disabled={!text.trim()} onClick={() => void send()}>{t('assessments.remarks.send')}</Button>
    </Space>
  );
}

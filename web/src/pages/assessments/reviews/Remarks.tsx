// Remarks on a review (GET/POST .../remarks, .../attendance): comments by reviewers and working groups, and the
// attendance of working-group members at the review meeting. Both lists come from one query.
import { useState } from 'react';
import { Alert, Button, Input, List, Space, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { messageOf, useWrite } from '../../../useWrite';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { fmtDateTime } from '../../../format';

export interface Remark {
  id: number;
  kind: 'comment' | 'attendance';
  body: string;
  attendedOn: string | null;
  /** Attendance only: present at the meeting (null for comments), and the reason when absent. */
  present: boolean | null;
  absenceReason: string | null;
  workingGroupId: number | null;
  actorName: string;
  at: string;
}

export const remarksKey = (subjectId: number) => ['assessments', 'remarks', subjectId];

export function useRemarks(subjectId: number) {
  return useQuery({ queryKey: remarksKey(subjectId), queryFn: () => api.get<Remark[]>(`/api/assessment-subjects/${subjectId}/remarks`) });
}

/** Posts a remark; the server answers with the list, which the caller puts in the cache (`remarksKey`). */
export const postRemark = (subjectId: number, path: 'remarks' | 'attendance') => (body: unknown) =>
  api.post<Remark[]>(`/api/assessment-subjects/${subjectId}/${path}`, body);

/** Comments; `mayComment`: an editor over the unit or a member of a working group assigned to it. */
export function Remarks({ subjectId, mayComment }: { subjectId: number; mayComment: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [text, setText] = useState('');
  const q = useRemarks(subjectId);
  const post = useWrite(postRemark(subjectId, 'remarks'), {
    errors: 'inline',
    onSuccess: (list) => {
      qc.setQueryData(remarksKey(subjectId), list);
      setText('');
    },
  });
  const send = () => post.mutate({ body: text });
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="remarks">
      {post.shown && <Alert type="error" showIcon title={messageOf(post.shown)} />}
      <List
        size="small"
        dataSource={(q.data ?? []).filter((r) => r.kind === 'comment')}
        locale={{ emptyText: t('assessments.remarks.empty') }}
        renderItem={(r) => (
          <List.Item>
            <Space orientation="vertical" size={0}>
              <Typography.Text>
                {r.workingGroupId !== null && <Tag>{t('assessments.remarks.workingGroup')}</Tag>}
                {r.body}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {r.actorName} · {fmtDateTime(r.at)}
              </Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {mayComment && (
        <>
          <Input.TextArea
            rows={2}
            value={text}
            maxLength={5000}
            onChange={(e) => setText(e.target.value)}
            placeholder={t('assessments.remarks.placeholder')}
            aria-label={t('assessments.remarks.placeholder')}
          />
          <Button disabled={!text.trim()} onClick={() => void send()}>
            {t('assessments.remarks.send')}
          </Button>
        </>
      )}
    </Space>
  );
}

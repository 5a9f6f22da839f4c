// One task: its target, every report with its evidence (shown to the holder, the assigning body and the levels
// above), the assigning body's evaluation or exclusion, and the actions the caller may take (the server says which).
import { useState } from 'react';
import { Button, Descriptions, Drawer, List, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { fmtDate, fmtDateTime } from '../../../format';
import { JudgeModal, type Judgement } from './TaskJudgeModals';

export interface TaskDetail {
  id: number;
  title: string;
  indicator: string;
  targetValue: number;
  dueOn: string;
  keyTarget: boolean;
  holderMemberName: string | null;
  holderUnitName: string;
  assignerName: string;
  progressValue: number;
  completion: string | null;
  version: number;
  evaluation: string | null;
  evaluationComment: string | null;
  evaluatedByName: string | null;
  evaluatedAt: string | null;
  exclusion: string | null;
  exclusionReason: string | null;
  excludedByName: string | null;
  excludedAt: string | null;
  can: { report: boolean; evaluate: boolean; withdraw: boolean };
  progress: { id: number; reportedOn: string; value: number; evidence: string; actorName: string | null }[];
}

const RATING_COLORS: Record<string, string> = { exceeded: 'gold', completed: 'green', not_completed: 'red' };

/** Evidence as stored, line breaks kept; web addresses in it become links that open apart from the app. */
export function Evidence({ text }: { text: string }) {
  const parts: { at: number; text: string; link: boolean }[] = [];
  let at = 0;
  for (const m of text.matchAll(/https?:\/\/[^\s<>"']+/g)) {
    if (m.index > at) parts.push({ at, text: text.slice(at, m.index), link: false });
    parts.push({ at: m.index, text: m[0], link: true });
    at = m.index + m[0].length;
  }
  if (at < text.length) parts.push({ at, text: text.slice(at), link: false });
  return (
    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }} data-testid="task-evidence">
      {parts.map((p) =>
        p.link ? (
          <a key={p.at} href={p.text} target="_blank" rel="noopener noreferrer nofollow">
            {p.text}
          </a>
        ) : (
          <span key={p.at}>{p.text}</span>
        ),
      )}
    </Typography.Paragraph>
  );
}

/** The assigning body's verdict on a task, as a tag: its evaluation, its exclusion, or awaiting evaluation. */
export function VerdictTag({ x }: { x: { completion: string | null; evaluation: string | null; exclusion: string | null } }) {
  const { t } = useTranslation();
  if (x.exclusion) return <Tag data-testid="task-verdict">{t(`taskeval.exclusions.${x.exclusion}`)}</Tag>;
  if (x.evaluation)
    return (
      <Tag color={RATING_COLORS[x.evaluation]} data-testid="task-verdict">
        {t(`taskeval.ratings.${x.evaluation}`)}
      </Tag>
    );
  if (x.completion)
    return (
      <Tag color="blue" data-testid="task-verdict">
        {t('taskeval.awaiting')}
      </Tag>
    );
  return null;
}

export function TaskDrawer({
  taskId,
  onClose,
  onReport,
}: {
  taskId: number | null;
  onClose: () => void;
  onReport: (t: TaskDetail) => void;
}) {
  const { t } = useTranslation();
  const [judging, setJudging] = useState<Judgement | null>(null);
  const q = useQuery({
    queryKey: ['tasks', 'detail', taskId],
    queryFn: () => api.get<TaskDetail>(`/api/tasks/${taskId}`),
    enabled: taskId !== null,
  });
  const d = q.data;
  const open = d && !d.exclusion;
  const accepted = d?.evaluation === 'completed' || d?.evaluation === 'exceeded';
  const mayReport = open && d.can.report && (!d.completion || d.evaluation === 'not_completed');
  return (
    <Drawer open={taskId !== null} onClose={onClose} size="large" title={d?.title ?? t('taskeval.detail')} data-testid="task-drawer">
      {d && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">{t('taskeval.whoEvaluates', { assigner: d.assignerName })}</Typography.Text>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'holder', label: t('tasks.holder'), children: d.holderMemberName ?? d.holderUnitName },
              {
                key: 'target',
                label: t('tasks.indicator'),
                children: t('taskeval.target', {
                  indicator: d.indicator,
                  value: d.progressValue,
                  target: d.targetValue,
                  due: fmtDate(d.dueOn),
                }),
              },
              {
                key: 'completion',
                label: t('tasks.completion'),
                children: (
                  <Space wrap>
                    {d.completion ? <Tag>{t(`tasks.completions.${d.completion}`)}</Tag> : t('tasks.open')}
                    {d.keyTarget && <Tag color="red">{t('tasks.key')}</Tag>}
                  </Space>
                ),
              },
              { key: 'verdict', label: t('taskeval.column'), children: <VerdictTag x={d} /> },
            ]}
          />
          {d.evaluation && (
            <div data-testid="task-evaluation">
              <Typography.Text type="secondary">
                {t('taskeval.evaluatedBy', { name: d.evaluatedByName ?? '', at: fmtDateTime(d.evaluatedAt) })}
              </Typography.Text>
              {d.evaluationComment && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{d.evaluationComment}</Typography.Paragraph>}
            </div>
          )}
          {d.exclusion && (
            <Typography.Paragraph data-testid="task-exclusion">
              {t('taskeval.excludedBy', { name: d.excludedByName ?? '', at: fmtDateTime(d.excludedAt), reason: d.exclusionReason ?? '' })}
            </Typography.Paragraph>
          )}
          <List
            header={<Typography.Text strong>{t('taskeval.progress')}</Typography.Text>}
            dataSource={d.progress}
            locale={{ emptyText: t('taskeval.noProgress') }}
            renderItem={(p) => (
              <List.Item>
                <List.Item.Meta
                  title={t('taskeval.reportedBy', { name: p.actorName ?? '', on: fmtDate(p.reportedOn), value: p.value })}
                  description={<Evidence text={p.evidence} />}
                />
              </List.Item>
            )}
          />
          <Space wrap>
            {mayReport && (
              <Button onClick={() => onReport(d)} data-testid="task-drawer-report">
                {d.completion ? t('taskeval.revise') : t('tasks.report')}
              </Button>
            )}
            {open && d.can.evaluate && d.completion && !d.evaluation && (
              <Button type="primary" onClick={() => setJudging('evaluate')} data-testid="task-evaluate">
                {t('taskeval.evaluate')}
              </Button>
            )}
            {open && d.can.withdraw && !accepted && (
              <Button onClick={() => setJudging('withdraw')} data-testid="task-withdraw">
                {t('taskeval.withdraw')}
              </Button>
            )}
            {open && d.can.withdraw && !accepted && (!d.completion || d.evaluation === 'not_completed') && (
              <Button onClick={() => setJudging('force-majeure')} data-testid="task-force-majeure">
                {t('taskeval.forceMajeure')}
              </Button>
            )}
          </Space>
          <JudgeModal task={d} kind={judging} onClose={() => setJudging(null)} />
        </Space>
      )}
    </Drawer>
  );
}

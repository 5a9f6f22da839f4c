// What the earlier steps recorded, read-only, for whoever takes the next one (the level above the cell verifies
// and decides): the cell's review (level, votes, comments), the verification, and the quota override reasons.
import { Alert, Descriptions, Empty, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fmtDateTime } from '../../../format';
import type { Level, QuotaOverride, SubjectDetail } from './api';
import { LevelTag } from './LevelTag';

type Votes = { present: number; for: number; against: number; abstain: number };

/** The latest step with the given action (who took it and when). */
const lastStep = (s: SubjectDetail, action: string) => [...s.steps].reverse().find((x) => x.action === action);

export function QuotaOverrideList({ items, withName }: { items: (QuotaOverride & { name?: string })[]; withName?: boolean }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      dataSource={items}
      data-testid="quota-overrides"
      renderItem={(o) => (
        <List.Item key={o.stepId}>
          <Space orientation="vertical" size={0}>
            <Typography.Text>
              {withName && o.name ? <Typography.Text strong>{o.name}: </Typography.Text> : null}
              {o.reason}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(`assessments.actions.${o.action}`)}
              {o.level ? ` · ${t(`assessments.levels.${o.level}`)}` : ''} · {o.actorName} · {fmtDateTime(o.at)}
            </Typography.Text>
          </Space>
        </List.Item>
      )}
    />
  );
}

export function ReviewRecord({ s }: { s: SubjectDetail }) {
  const { t } = useTranslation();
  const review = s.review as {
    comments?: string;
    proposedLevel?: Level;
    votes?: Votes;
    degradation?: boolean;
    overrideReason?: string;
  } | null;
  const verification = s.verification as { proposedLevel?: Level; note?: string; overrideReason?: string; by?: string } | null;
  const reviewed = lastStep(s, 'record_review');
  const verified = lastStep(s, 'verify');
  const comments = (s.remarks ?? []).filter((r) => r.kind === 'comment');
  if (!review && !verification && s.quotaOverrides.length === 0) return <Empty description={t('verifier.nothingYet')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="review-record">
      {review && (
        <>
          <Typography.Text strong>{t('verifier.review')}</Typography.Text>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'level', label: t('assessments.review.proposedLevel'), children: <LevelTag level={review.proposedLevel} /> },
              ...(review.votes
                ? [
                    {
                      key: 'votes',
                      label: t('verifier.votes'),
                      children: <span data-testid="review-votes">{t('verifier.voteLine', review.votes)}</span>,
                    },
                  ]
                : []),
              {
                key: 'comments',
                label: t('assessments.review.comments'),
                children: (
                  <span data-testid="review-comments" style={{ whiteSpace: 'pre-wrap' }}>
                    {review.comments || '—'}
                  </span>
                ),
              },
              ...(review.overrideReason ? [{ key: 'override', label: t('verifier.overrideReason'), children: review.overrideReason }] : []),
              ...(reviewed
                ? [{ key: 'by', label: t('verifier.by'), children: `${reviewed.actorName} · ${fmtDateTime(reviewed.at)}` }]
                : []),
            ]}
          />
          {review.degradation && <Alert type="warning" showIcon title={t('assessments.review.degradation')} />}
        </>
      )}
      {comments.length > 0 && (
        <>
          <Typography.Text strong>{t('verifier.remarks')}</Typography.Text>
          <List
            size="small"
            dataSource={comments}
            renderItem={(r) => (
              <List.Item key={r.id}>
                <Space orientation="vertical" size={0}>
                  <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{r.body}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {r.actorName} · {fmtDateTime(r.at)}
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </>
      )}
      {verification && (
        <>
          <Typography.Text strong>{t('verifier.verification')}</Typography.Text>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: 'level', label: t('assessments.review.proposedLevel'), children: <LevelTag level={verification.proposedLevel} /> },
              {
                key: 'note',
                label: t('verifier.note'),
                children: <span style={{ whiteSpace: 'pre-wrap' }}>{verification.note || '—'}</span>,
              },
              ...(verification.overrideReason
                ? [{ key: 'override', label: t('verifier.overrideReason'), children: verification.overrideReason }]
                : []),
              ...(verified
                ? [{ key: 'by', label: t('verifier.by'), children: `${verified.actorName} · ${fmtDateTime(verified.at)}` }]
                : []),
            ]}
          />
        </>
      )}
      {s.quotaOverrides.length > 0 && (
        <>
          <Typography.Text strong>{t('verifier.quotaOverrides')}</Typography.Text>
          <QuotaOverrideList items={s.quotaOverrides} />
        </>
      )}
    </Space>
  );
}

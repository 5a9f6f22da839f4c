// The member's events, newest first, each kind in words (and what changed, where it says).
import { Empty, Spin, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorResult } from '../../../components/ErrorResult';
import { fmtDate } from '../../../format';
import type { MemberProfile, TimelineEvent } from '../../../types';
import { useTimeline } from './queries';

const COLORS: Record<string, string> = {
  admitted: 'red',
  official: 'green',
  record_created: 'blue',
  record_updated: 'gray',
  status_changed: 'orange',
  cell_changed: 'blue',
  cell_restructured: 'blue',
};

/** Event kinds of the registry, then those a module adds under <module>.eventKinds (e.g. lifecycle). */
const MODULES_WITH_EVENTS = ['lifecycle', 'assessments', 'imports'];
function eventLabel(t: (key: string, o?: { defaultValue: string }) => string, kind: string): string {
  const own = t(`eventKinds.${kind}`, { defaultValue: '' });
  if (own) return own;
  for (const m of MODULES_WITH_EVENTS) {
    const label = t(`${m}.eventKinds.${kind}`, { defaultValue: '' });
    if (label) return label;
  }
  return kind;
}

export function MemberTimeline({ memberId, periods }: { memberId: number; periods: MemberProfile['periods'] }) {
  const { t } = useTranslation();
  const timeline = useTimeline(memberId);
  if (timeline.isPending) return <Spin />;
  if (timeline.isError) return <ErrorResult error={timeline.error} onRetry={() => void timeline.refetch()} />;
  if (timeline.data.length === 0) return <Empty description={t('members.noEvents')} />;

  const unitName = (id: unknown) => periods.find((p) => p.unit_id === Number(id))?.unit_name ?? `#${String(id)}`;

  function detail(e: TimelineEvent): string | null {
    const d = e.details ?? {};
    switch (e.kind) {
      case 'record_updated':
        return Array.isArray(d.fields) ? (d.fields as string[]).map((f) => t(`fields.${f}`, { defaultValue: f })).join(', ') : null;
      case 'status_changed':
        return `${t(`status.${String(d.from)}`)} → ${t(`status.${String(d.to)}`)}`;
      case 'cell_changed':
        return `${unitName(d.from)} → ${unitName(d.to)}`;
      case 'cell_restructured':
        return `${unitName(d.fromUnitId)} → ${unitName(d.toUnitId)}`;
      case 'record_created':
        return d.unitId ? unitName(d.unitId) : null;
      default:
        return null;
    }
  }

  return (
    <Timeline
      data-testid="member-timeline"
      items={timeline.data.map((e) => {
        const extra = detail(e);
        return {
          key: e.id,
          color: COLORS[e.kind] ?? 'gray',
          title: fmtDate(e.occurred_on),
          content: (
            <div>
              <Typography.Text strong>{eventLabel(t, e.kind)}</Typography.Text>
              {extra && <div>{extra}</div>}
              {e.actor && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('members.by', { actor: e.actor })}
                </Typography.Text>
              )}
            </div>
          ),
        };
      })}
    />
  );
}

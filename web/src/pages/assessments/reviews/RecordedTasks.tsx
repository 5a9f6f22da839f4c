// On the self-assessment form: the task figures that come from the tasks recorded in the app, task by task, with
// where each count comes from (the assigning body's evaluation, or the report while not yet evaluated) and the
// tasks left out (withdrawn, force majeure). The server counts them the same way (tasks/queries.ts TASK_OUTCOME).
import { Alert, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fmtDate } from '../../../format';
import type { RecordedTask } from './api';

const OUTCOME_COLORS: Record<string, string> = { on_time: 'green', late: 'orange', exceeded: 'gold', not_done: 'red' };

/** The figures of the counted tasks, in the shape of the self-assessment's task fields. */
export function recordedFigures(tasks: RecordedTask[]) {
  const counted = tasks.filter((x) => x.outcome !== null);
  const n = (o: string) => counted.filter((x) => x.outcome === o).length;
  return {
    total: counted.length,
    onTime: n('on_time'),
    late: n('late'),
    exceeded: n('exceeded'),
    notDone: n('not_done'),
    keyMissed: counted.filter((x) => x.outcome === 'not_done' && x.keyTarget).length,
  };
}

function source(x: RecordedTask, t: (k: string, o?: Record<string, unknown>) => string) {
  if (x.exclusion) return t(`taskeval.self.source.${x.exclusion}`);
  if (x.evaluation) return t('taskeval.self.source.evaluated', { rating: t(`taskeval.ratings.${x.evaluation}`) });
  return x.completion ? t('taskeval.self.source.reported') : t('taskeval.self.source.open');
}

export function RecordedTasks({ tasks }: { tasks: RecordedTask[] }) {
  const { t } = useTranslation();
  const figures = recordedFigures(tasks);
  const awaiting = tasks.filter((x) => x.outcome !== null && x.completion && !x.evaluation).length;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="recorded-tasks"
      title={t('taskeval.self.heading')}
      description={
        <>
          <Typography.Paragraph>{t('taskeval.self.help')}</Typography.Paragraph>
          <Typography.Paragraph strong data-testid="recorded-task-figures">
            {t('taskeval.self.figures', figures)}
          </Typography.Paragraph>
          {awaiting > 0 && <Typography.Paragraph type="warning">{t('taskeval.self.awaiting', { count: awaiting })}</Typography.Paragraph>}
          <List
            size="small"
            dataSource={tasks}
            renderItem={(x) => (
              <List.Item data-testid="recorded-task">
                <span>
                  {x.title} · {fmtDate(x.dueOn)}
                  {x.keyTarget && (
                    <Tag color="red" style={{ marginLeft: 8 }}>
                      {t('tasks.key')}
                    </Tag>
                  )}
                  <Typography.Text type="secondary"> — {source(x, t)}</Typography.Text>
                </span>
                <Tag color={x.outcome ? OUTCOME_COLORS[x.outcome] : undefined}>{t(`taskeval.self.counted.${x.outcome ?? 'left_out'}`)}</Tag>
              </List.Item>
            )}
          />
        </>
      }
    />
  );
}

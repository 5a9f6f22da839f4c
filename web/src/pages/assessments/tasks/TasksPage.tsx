// /tasks: "my tasks" and the tasks of the units in scope; giving a task; reporting progress with evidence; one task's
// reports, evidence and the assigning body's evaluation in a drawer.
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Modal, Tabs, Tag, Typography } from 'antd';
import { ResponsiveTable as Table } from '../../../components/ResponsiveTable';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { messageOf, useWrite } from '../../../useWrite';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { useCurrentUser } from '../../../auth/useMe';
import { EDITORS, hasAnyRole, READERS } from '../../../auth/permissions';
import { fmtDate, fmtNumber } from '../../../format';
import { TaskForm } from './TaskForm';
import { TaskDrawer, VerdictTag } from './TaskDrawer';

interface Task {
  id: number;
  title: string;
  indicator: string;
  targetValue: number;
  periodFrom: string;
  periodTo: string;
  dueOn: string;
  keyTarget: boolean;
  holderMemberName: string | null;
  holderUnitName: string;
  assignerName: string;
  progressValue: number;
  completion: string | null;
  version: number;
  evaluation: string | null;
  exclusion: string | null;
}
/** Still open to a report: not excluded, and not done unless its result was rated not completed (a revision). */
const reportable = (x: Task) => !x.exclusion && (!x.completion || x.evaluation === 'not_completed');
const COMPLETION_COLORS: Record<string, string> = { on_time: 'green', late: 'orange', exceeded: 'gold' };

function TaskTable({ tasks, onReport, onOpen }: { tasks: Task[]; onReport?: (t: Task) => void; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  return (
    <Table<Task>
      rowKey="id"
      size="middle"
      dataSource={tasks}
      locale={{ emptyText: t('tasks.empty') }}
      data-testid="task-table"
      columns={[
        {
          title: t('tasks.title'),
          render: (_, x) => (
            <>
              <Typography.Link onClick={() => onOpen(x.id)} data-testid="task-open">
                {x.title}
              </Typography.Link>{' '}
              {x.keyTarget && <Tag color="red">{t('tasks.key')}</Tag>}
            </>
          ),
        },
        { title: t('tasks.indicator'), render: (_, x) => `${x.indicator}: ${fmtNumber(x.progressValue)} / ${fmtNumber(x.targetValue)}` },
        { title: t('tasks.holder'), render: (_, x) => x.holderMemberName ?? x.holderUnitName },
        { title: t('tasks.assigner'), dataIndex: 'assignerName' },
        { title: t('tasks.dueOn'), render: (_, x) => fmtDate(x.dueOn) },
        {
          title: t('tasks.completion'),
          render: (_, x) =>
            x.completion ? <Tag color={COMPLETION_COLORS[x.completion]}>{t(`tasks.completions.${x.completion}`)}</Tag> : t('tasks.open'),
        },
        { title: t('taskeval.column'), render: (_, x) => <VerdictTag x={x} /> },
        ...(onReport
          ? [
              {
                title: '',
                render: (_: unknown, x: Task) =>
                  reportable(x) && (
                    <Button size="small" onClick={() => onReport(x)} data-testid="task-report">
                      {t('tasks.report')}
                    </Button>
                  ),
              },
            ]
          : []),
      ]}
    />
  );
}

function ReportModal({ task, onClose }: { task: Pick<Task, 'id' | 'title' | 'version' | 'progressValue'> | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useWrite(
    (v: { value: number; evidence: string; done?: boolean }) =>
      api.post(`/api/tasks/${task!.id}/progress`, { version: task!.version, value: v.value, evidence: v.evidence, done: !!v.done }),
    { form, errors: 'inline', invalidate: [['tasks']], onSuccess: onClose },
  );
  return (
    <Modal open={!!task} onCancel={onClose} onOk={() => form.submit()} title={task?.title} destroyOnHidden>
      {save.shown && <Alert type="error" showIcon title={messageOf(save.shown)} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} initialValues={{ value: task?.progressValue }}>
        <Form.Item name="value" label={t('tasks.value')} rules={[{ required: true, message: t('tasks.required') }]}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="evidence" label={t('tasks.evidence')} rules={[{ required: true, message: t('tasks.required') }]}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="done" valuePropName="checked">
          <Checkbox>{t('tasks.done')}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function TasksPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [reporting, setReporting] = useState<Pick<Task, 'id' | 'title' | 'version' | 'progressValue'> | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  const [creating, setCreating] = useState(false);
  const mine = useQuery({ queryKey: ['tasks', 'mine'], queryFn: () => api.get<Task[]>('/api/tasks/mine') });
  const scope = useQuery({ queryKey: ['tasks', 'scope'], queryFn: () => api.get<Task[]>('/api/tasks'), enabled: hasAnyRole(me, READERS) });
  return (
    <Card>
      <div style={{ display: 'flex', alignItems: 'center' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('tasks.heading')}
        </Typography.Title>
        <span style={{ flex: 1 }} />
        {hasAnyRole(me, EDITORS) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('tasks.create')}
          </Button>
        )}
      </div>
      <Tabs
        items={[
          {
            key: 'mine',
            label: t('tasks.mine'),
            children: <TaskTable tasks={mine.data ?? []} onReport={setReporting} onOpen={setViewing} />,
          },
          ...(hasAnyRole(me, READERS)
            ? [
                {
                  key: 'scope',
                  label: t('tasks.scope'),
                  children: (
                    <TaskTable tasks={scope.data ?? []} onReport={hasAnyRole(me, EDITORS) ? setReporting : undefined} onOpen={setViewing} />
                  ),
                },
              ]
            : []),
        ]}
      />
      <TaskDrawer taskId={viewing} onClose={() => setViewing(null)} onReport={setReporting} />
      <ReportModal task={reporting} onClose={() => setReporting(null)} />
      <TaskForm open={creating} onClose={() => setCreating(false)} />
    </Card>
  );
}

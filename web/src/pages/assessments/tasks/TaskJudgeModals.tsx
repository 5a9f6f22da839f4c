// The assigning body's forms on a task: evaluating the reported result, withdrawing the task, recording that it
// was missed for force majeure. The server checks every rule; these forms show its answer in place.
import { Alert, Form, Input, Modal, Radio, Typography } from 'antd';
import { messageOf, useWrite } from '../../../useWrite';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';

export type Judgement = 'evaluate' | 'withdraw' | 'force-majeure';
export const RATINGS = ['exceeded', 'completed', 'not_completed'] as const;
const PATHS: Record<Judgement, string> = { evaluate: 'evaluation', withdraw: 'withdraw', 'force-majeure': 'force-majeure' };

export function JudgeModal({
  task,
  kind,
  onClose,
}: {
  task: { id: number; title: string; version: number };
  kind: Judgement | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useWrite(
    (v: { rating?: string; comment?: string; reason?: string }) => {
      const body = kind === 'evaluate' ? { rating: v.rating, ...(v.comment ? { comment: v.comment } : {}) } : { reason: v.reason ?? '' };
      return api.post(`/api/tasks/${task.id}/${PATHS[kind!]}`, { version: task.version, ...body });
    },
    { form, errors: 'inline', invalidate: [['tasks']], onSuccess: onClose },
  );
  const title = kind === 'evaluate' ? t('taskeval.evaluate') : kind === 'withdraw' ? t('taskeval.withdraw') : t('taskeval.forceMajeure');
  return (
    <Modal
      open={kind !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      title={`${title}: ${task.title}`}
      destroyOnHidden
      okButtonProps={{ 'data-testid': 'judge-submit' } as never}
    >
      {save.shown && <Alert type="error" showIcon title={messageOf(save.shown)} style={{ marginBottom: 12 }} data-testid="judge-error" />}
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} preserve={false}>
        {kind === 'evaluate' ? (
          <>
            <Form.Item name="rating" label={t('taskeval.rating')} rules={[{ required: true, message: t('taskeval.required') }]}>
              <Radio.Group data-testid="judge-rating" options={RATINGS.map((r) => ({ value: r, label: t(`taskeval.ratings.${r}`) }))} />
            </Form.Item>
            <Form.Item name="comment" label={t('taskeval.comment')} extra={t('taskeval.commentHelp')}>
              <Input.TextArea rows={3} maxLength={2000} data-testid="judge-comment" />
            </Form.Item>
          </>
        ) : (
          <>
            <Typography.Paragraph type="secondary">
              {kind === 'withdraw' ? t('taskeval.withdrawHelp') : t('taskeval.forceMajeureHelp')}
            </Typography.Paragraph>
            <Form.Item
              name="reason"
              label={t('taskeval.reason')}
              rules={[{ required: true, whitespace: true, message: t('taskeval.required') }]}
            >
              <Input.TextArea rows={3} maxLength={2000} data-testid="judge-reason" />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

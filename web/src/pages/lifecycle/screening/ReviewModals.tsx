// Dialogs of the review queue: dismiss a flag (with a note), propose removal (cell resolution), decide a removal.
import { DatePicker, Form, Input, Modal, Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { applyFieldErrors, whenValid } from '../../../components/formErrors';
import { DATE_FORMAT, toDayjs, toIso, todayIso } from '../../../format';
import { useWrite } from '../../../useWrite';

export type Dialog =
  | { kind: 'dismiss' | 'propose'; id: number; version: number; name: string }
  | { kind: 'decide'; id: number; version: number; name: string }
  | null;

export function ReviewModal({ dialog, onClose }: { dialog: Dialog; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useWrite(
    (v: Record<string, unknown>) => {
      const d = dialog!;
      if (d.kind === 'decide') return api.post(`/api/removals/${d.id}/decide`, { version: d.version, ...v });
      return api.post(`/api/screening/flags/${d.id}/${d.kind}`, { version: d.version, ...v });
    },
    {
      invalidate: [['flags'], ['removals'], ['exitStats']],
      onSuccess: () => {
        form.resetFields();
        onClose();
      },
      saved: true,
    },
  );
  const submit = () =>
    whenValid(form, (v) => {
      const body = {
        ...v,
        ...(v.proposedOn ? { proposedOn: toIso(v.proposedOn) } : {}),
        ...(v.decidedOn ? { decidedOn: toIso(v.decidedOn) } : {}),
      };
      save.mutate(body, { onError: (e) => applyFieldErrors(form, e, (f) => [f]) });
    });
  if (!dialog) return null;
  const today = toDayjs(todayIso());
  return (
    <Modal
      open
      title={t(`lifecycle.screening.${dialog.kind}Title`, { name: dialog.name })}
      onCancel={onClose}
      onOk={submit}
      okText={t('lifecycle.common.save')}
      confirmLoading={save.isPending}
    >
      <Form form={form} layout="vertical" initialValues={{ proposedOn: today, decidedOn: today, outcome: 'removed' }}>
        {dialog.kind === 'dismiss' && (
          <Form.Item name="note" label={t('lifecycle.screening.note')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} autoFocus />
          </Form.Item>
        )}
        {dialog.kind === 'propose' && (
          <>
            <Form.Item name="resolutionNo" label={t('lifecycle.screening.resolutionNo')} rules={[{ required: true }]}>
              <Input autoFocus />
            </Form.Item>
            <Form.Item name="proposedOn" label={t('lifecycle.screening.proposedOn')} rules={[{ required: true }]}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
            <Form.Item name="note" label={t('lifecycle.screening.note')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
        {dialog.kind === 'decide' && (
          <>
            <Form.Item name="outcome" label={t('lifecycle.screening.outcome')}>
              <Segmented
                options={[
                  { value: 'removed', label: t('lifecycle.screening.states.removed') },
                  { value: 'rejected', label: t('lifecycle.screening.states.rejected') },
                ]}
              />
            </Form.Item>
            <Form.Item name="decisionNo" label={t('lifecycle.common.decisionNo')} rules={[{ required: true }]}>
              <Input autoFocus />
            </Form.Item>
            <Form.Item name="decidedOn" label={t('lifecycle.common.decidedOn')} rules={[{ required: true }]}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
            <Form.Item name="authority" label={t('lifecycle.common.authority')} rules={[{ required: true }]}>
              <Input />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

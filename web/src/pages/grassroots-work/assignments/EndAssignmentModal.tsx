// Dialog ending a unit or household assignment on a chosen day (POST /api/{unit,household}-assignments/:id/end).
import { Alert, Button, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isStale, useWrite } from '../../../useWrite';
import { api } from '../../../api';
import { validValues } from '../../../components/formErrors';
import { DATE_FORMAT, toDayjs, todayIso, toIso } from '../../../format';
import { errorText } from './shared';

export interface EndTarget {
  kind: 'unit' | 'household';
  id: number;
  version: number;
  validFrom: string;
  title: string;
}

export function EndAssignmentModal({ target, onClose }: { target: EndTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ validTo: Dayjs }>();
  const end = useWrite(
    (v: { validTo: Dayjs }) =>
      api.post(`/api/${target.kind}-assignments/${target.id}/end`, { version: target.version, validTo: toIso(v.validTo) }),
    { invalidate: [['grassroots']], onSuccess: onClose, errors: 'inline' },
  );
  const error = end.shown;
  const stale = isStale(error);

  async function submit() {
    const v = await validValues(form);
    if (!v) return; // the form shows what is missing
    end.mutate(v);
  }

  async function reload() {
    await qc.invalidateQueries({ queryKey: ['grassroots'] });
    onClose();
  }

  return (
    <Modal
      open
      title={target.title}
      okText={t('grassroots.assignments.end')}
      okButtonProps={{ danger: true, loading: end.isPending }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {error ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={errorText(error)}
          action={
            stale ? (
              <Button size="small" onClick={() => void reload()}>
                {t('common.reload')}
              </Button>
            ) : undefined
          }
        />
      ) : null}
      <Form form={form} layout="vertical" initialValues={{ validTo: toDayjs(todayIso()) }}>
        <Form.Item name="validTo" label={t('grassroots.common.to')} rules={[{ required: true, message: t('grassroots.common.required') }]}>
          <DatePicker format={DATE_FORMAT} disabledDate={(d) => d.format('YYYY-MM-DD') <= target.validFrom} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

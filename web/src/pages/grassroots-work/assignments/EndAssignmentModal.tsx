// Dialog ending a unit or household assignment on a chosen day (POST /api/{unit,household}-assignments/:id/end).
import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Modal } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../../../api';
import { validValues } from '../../../components/formErrors';
import { DATE_FORMAT, toDayjs, todayIso, toIso } from '../../../format';
import { errorText } from './shared';

export interface EndTarget { kind: 'unit' | 'household'; id: number; version: number; validFrom: string; title: string }

export function EndAssignmentModal({ target, onClose }: { target: EndTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form] = Form.useForm<{ validTo: Dayjs }>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const stale = error instanceof ApiError && error.status === 409 && error.code === 'stale_version';

  async function submit() {
    const v = await validValues(form);
    if (!v) return; // the form shows what is missing
    setBusy(true);
    setError(null);
    try {
      await api.post(`/api/${target.kind}-assignments/${target.id}/end`, { version: target.version, validTo: toIso(v.validTo) });
      await qc.invalidateQueries({ queryKey: ['grassroots'] });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function reload() {
    await qc.invalidateQueries({ queryKey: ['grassroots'] });
    onClose();
  }

  return (
    <Modal open title={target.title} okText={t('grassroots.assignments.end')} okButtonProps={{ danger: true, loading: busy }}
      onOk={() => void submit()} onCancel={onClose} destroyOnHidden>
      {error ? (
        <Alert type="error" showIcon style={{ marginBottom: 16 }}
          title={errorText(error)}
          action={stale ? <Button size="small" onClick={() => void reload()}>{t('common.reload')}</Button> : undefined} />
      ) : null}
      <Form form={form} layout="vertical" initialValues={{ validTo: toDayjs(todayIso()) }}>
        <Form.Item name="validTo" label={t('grassroots.common.to')} rules={[{ required: true, message: t('grassroots.common.required') }]}>
          <DatePicker format={DATE_FORMAT} disabledDate={(d) => d.format('YYYY-MM-DD') <= target.validFrom} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

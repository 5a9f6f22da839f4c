// The shell of every restructuring dialog: fields → "Preview" (same request with preview: true) →
// "Confirm" (sent for real). Effective date, decision number and note are common to all of them.
import { useState, type ReactNode } from 'react';
import { Alert, App as AntApp, Button, DatePicker, Form, Input, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWrite } from '../../../../useWrite';
import { useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../../../api';
import { dottedPath, type NamePath } from '../../../../components/formErrors';
import { DATE_FORMAT, toDayjs, todayIso, toIso } from '../../../../format';
import type { RestructureOutcome } from '../../../../types';
import { PreviewResult } from './PreviewResult';

export interface RestructureRequest {
  url: string;
  body: Record<string, unknown>;
}

interface Props<V> {
  title: string;
  testId: string;
  unitId: number;
  open: boolean;
  onClose: () => void;
  initialValues?: Partial<V>;
  toRequest: (values: V) => Promise<RestructureRequest> | RestructureRequest;
  onDone?: (outcome: RestructureOutcome) => void;
  mapField?: (field: string) => NamePath | null;
  danger?: boolean;
  width?: number;
  children?: ReactNode;
}

export function RestructureModal<V extends object>(p: Props<V>) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm();
  const [preview, setPreview] = useState<{ req: RestructureRequest; outcome: RestructureOutcome } | null>(null);
  const mapField = p.mapField ?? dottedPath;
  type Values = V & { effectiveOn: unknown; decisionNo?: string; note?: string };
  const fieldErrors = {
    form,
    fields: mapField,
    errors: 'inline' as const,
    onError: (e: unknown) => {
      // Every message has a field to sit under: back to the form.
      if (e instanceof ApiError && e.details.length > 0 && e.details.every((d) => d.field && mapField(d.field))) setPreview(null);
      return false;
    },
  };
  const previewWrite = useWrite(
    async (values: Values) => {
      const req = await p.toRequest(values);
      const common = {
        effectiveOn: toIso(values.effectiveOn as never),
        decisionNo: values.decisionNo?.trim() || undefined,
        note: values.note?.trim() || undefined,
      };
      const full = { url: req.url, body: { ...req.body, ...common } };
      return { req: full, outcome: await api.post<RestructureOutcome>(full.url, { ...full.body, preview: true }) };
    },
    { ...fieldErrors, onSuccess: setPreview },
  );
  const confirmWrite = useWrite((req: RestructureRequest) => api.post<RestructureOutcome>(req.url, req.body), {
    ...fieldErrors,
    invalidate: [['units'], ['members']],
    onSuccess: (outcome) => {
      message.success(t('restructure.done'));
      close();
      p.onDone?.(outcome);
    },
  });
  const busy = previewWrite.isPending || confirmWrite.isPending;
  const shown = previewWrite.shown ?? confirmWrite.shown;
  const error = shown instanceof ApiError ? shown : shown ? new ApiError(0, 'unknown', t('common.unexpectedError')) : null;
  const clearError = () => {
    previewWrite.clear();
    confirmWrite.clear();
  };

  async function runPreview() {
    clearError();
    let values: Values;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    previewWrite.mutate(values);
  }

  function confirm() {
    if (!preview) return;
    clearError();
    confirmWrite.mutate(preview.req);
  }

  function close() {
    setPreview(null);
    clearError();
    form.resetFields();
    p.onClose();
  }

  async function reload() {
    await qc.invalidateQueries({ queryKey: ['units'] });
    clearError();
    setPreview(null);
  }

  const footer = preview
    ? [
        <Button key="back" onClick={() => setPreview(null)} disabled={busy}>
          {t('restructure.back')}
        </Button>,
        <Button
          key="confirm"
          type="primary"
          danger={p.danger}
          loading={busy}
          onClick={() => void confirm()}
          data-testid="restructure-confirm"
        >
          {t('restructure.confirm')}
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={close}>
          {t('common.cancel')}
        </Button>,
        <Button key="preview" type="primary" loading={busy} onClick={() => void runPreview()} data-testid="restructure-preview">
          {t('restructure.preview')}
        </Button>,
      ];

  return (
    <Modal
      title={p.title}
      open={p.open}
      onCancel={close}
      footer={footer}
      width={p.width ?? 640}
      destroyOnHidden
      mask={{ closable: false }}
      styles={{ body: { maxHeight: 'calc(100vh - 220px)', overflowY: 'auto', paddingRight: 4 } }}
    >
      <div data-testid={p.testId}>
        {error && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={error.message}
            data-testid="restructure-error"
            action={
              error.code === 'stale_version' ? (
                <Button size="small" onClick={() => void reload()}>
                  {t('common.reload')}
                </Button>
              ) : undefined
            }
          />
        )}
        {preview && <PreviewResult outcome={preview.outcome} />}
        <Form
          form={form}
          layout="vertical"
          style={{ display: preview ? 'none' : undefined }}
          initialValues={{ effectiveOn: toDayjs(todayIso()), ...p.initialValues }}
          onFinish={() => void runPreview()}
        >
          {p.children}
          <Space wrap style={{ width: '100%' }} align="start">
            <Form.Item
              name="effectiveOn"
              label={t('restructure.effectiveOn')}
              rules={[{ required: true, message: t('validation.required') }]}
            >
              <DatePicker format={DATE_FORMAT} disabledDate={(d) => d.format('YYYY-MM-DD') > todayIso()} />
            </Form.Item>
            <Form.Item name="decisionNo" label={t('restructure.decisionNo')}>
              <Input maxLength={100} style={{ width: 220 }} />
            </Form.Item>
          </Space>
          <Form.Item name="note" label={t('restructure.note')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <button type="submit" style={{ display: 'none' }} aria-hidden tabIndex={-1} />
        </Form>
      </div>
    </Modal>
  );
}

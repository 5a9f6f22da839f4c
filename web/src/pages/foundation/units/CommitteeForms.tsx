// Dialogs that record a unit's committee: a new term, a seat in a term, the end of a seat.
import { useState } from 'react';
import { Alert, App as AntApp, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { errorMessage } from '../../../components/ErrorResult';
import { applyFieldErrors, validValues } from '../../../components/formErrors';
import { MemberPicker } from '../../../components/MemberPicker';
import { DATE_FORMAT, toDayjs, todayIso, toIso } from '../../../format';

const POSITIONS = ['secretary', 'deputy_secretary', 'standing_member', 'member'] as const;

/** Shared frame: submit, refresh the committee, show the server's sentence when it refuses. */
function useSubmit(unitId: number, onClose: () => void) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const qc = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (send: () => Promise<unknown>, onFieldErrors?: (e: unknown) => void) => {
    setBusy(true);
    setError(null);
    try {
      await send();
      message.success(t('committee.saved'));
      await qc.invalidateQueries({ queryKey: ['units', 'committee', unitId] });
      onClose();
    } catch (e) {
      onFieldErrors?.(e);
      setError(errorMessage(e, t('common.unexpectedError')));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

export function AddTermModal({ unitId, onClose }: { unitId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ label: string; startsOn: Dayjs; endsOn?: Dayjs }>();
  const { error, busy, run } = useSubmit(unitId, onClose);
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return; // the form shows what is missing
    await run(() => api.post(`/api/units/${unitId}/committee/terms`, { label: v.label, startsOn: toIso(v.startsOn), ...(v.endsOn ? { endsOn: toIso(v.endsOn) } : {}) }),
      (e) => applyFieldErrors(form, e, (f) => [f]));
  };
  return (
    <Modal open title={t('committee.addTerm')} okText={t('common.save')} okButtonProps={{ loading: busy }} onOk={() => void submit()} onCancel={onClose}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ label: t('committee.defaultTermLabel'), startsOn: toDayjs(todayIso()) }} onFinish={() => void submit()}>
        <Form.Item name="label" label={t('committee.termLabel')} rules={[{ required: true, message: t('validation.required') }]}><Input autoFocus maxLength={100} /></Form.Item>
        <Form.Item name="startsOn" label={t('common.from')} rules={[{ required: true, message: t('validation.required') }]}><DatePicker format={DATE_FORMAT} /></Form.Item>
        <Form.Item name="endsOn" label={t('common.to')}><DatePicker format={DATE_FORMAT} /></Form.Item>
      </Form>
    </Modal>
  );
}

export function AddSeatModal({ unitId, termId, onClose }: { unitId: number; termId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ memberId: number; position: string; fromDate: Dayjs }>();
  const { error, busy, run } = useSubmit(unitId, onClose);
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return; // the form shows what is missing
    await run(() => api.post(`/api/committee-terms/${termId}/seats`, { memberId: v.memberId, position: v.position, fromDate: toIso(v.fromDate) }),
      (e) => applyFieldErrors(form, e, (f) => [f]));
  };
  return (
    <Modal open title={t('committee.addSeat')} okText={t('common.save')} okButtonProps={{ loading: busy }} onOk={() => void submit()} onCancel={onClose}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ position: 'member', fromDate: toDayjs(todayIso()) }} onFinish={() => void submit()}>
        {/* Candidates come from the unit's own subtree, as the server requires. */}
        <Form.Item name="memberId" label={t('committee.member')} rules={[{ required: true, message: t('validation.required') }]}>
          <MemberPicker unitId={unitId} statuses={['official', 'probationary']} autoFocus />
        </Form.Item>
        <Form.Item name="position" label={t('units.position')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select options={POSITIONS.map((p) => ({ value: p, label: t(`positions.${p}`) }))} />
        </Form.Item>
        <Form.Item name="fromDate" label={t('common.from')} rules={[{ required: true, message: t('validation.required') }]}><DatePicker format={DATE_FORMAT} /></Form.Item>
      </Form>
    </Modal>
  );
}

export function EndSeatModal({ unitId, seat, onClose }: { unitId: number; seat: { id: number; full_name: string; from_date: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ toDate: Dayjs }>();
  const { error, busy, run } = useSubmit(unitId, onClose);
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return; // the form shows what is missing
    await run(() => api.post(`/api/committee-seats/${seat.id}/end`, { toDate: toIso(v.toDate) }));
  };
  return (
    <Modal open title={t('committee.endSeatTitle', { name: seat.full_name })} okText={t('committee.endSeat')} okButtonProps={{ danger: true, loading: busy }} onOk={() => void submit()} onCancel={onClose}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ toDate: toDayjs(todayIso()) }} onFinish={() => void submit()}>
        <Form.Item name="toDate" label={t('common.to')} rules={[{ required: true, message: t('validation.required') }]}>
          <DatePicker format={DATE_FORMAT} disabledDate={(d) => d.format('YYYY-MM-DD') <= seat.from_date} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

// Dialogs that record a unit's committee: a new term, a seat in a term, the end of a seat.
import { Alert, App as AntApp, DatePicker, Form, Input, Modal, Select, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { messageOf, useWrite, type WriteOptions } from '../../../useWrite';
import { api } from '../../../api';
import { applyFieldErrors, validValues } from '../../../components/formErrors';
import { MemberPicker } from '../../../components/MemberPicker';
import { DATE_FORMAT, toDayjs, todayIso, toIso } from '../../../format';

const POSITIONS = ['secretary', 'deputy_secretary', 'standing_member', 'member'] as const;

/** Shared frame: refresh the committee, then `done`; the server's sentence above the form when it refuses (and its field errors under the fields). */
function committeeWrite<A>(unitId: number, done: () => void, form?: FormInstance): WriteOptions<A, unknown> {
  return {
    invalidate: [['units', 'committee', unitId]],
    errors: 'inline',
    onSuccess: done,
    onError: (e) => {
      if (form) applyFieldErrors(form, e, (f) => [f]);
    },
  };
}

/** The committee saved: say so and close. */
function useSaved(onClose: () => void) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  return () => {
    message.success(t('committee.saved'));
    onClose();
  };
}

export function AddTermModal({ unitId, onClose }: { unitId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ label: string; startsOn: Dayjs; endsOn?: Dayjs }>();
  const save = useWrite(
    (v: { label: string; startsOn: Dayjs; endsOn?: Dayjs }) =>
      api.post(`/api/units/${unitId}/committee/terms`, {
        label: v.label,
        startsOn: toIso(v.startsOn),
        ...(v.endsOn ? { endsOn: toIso(v.endsOn) } : {}),
      }),
    committeeWrite(unitId, useSaved(onClose), form),
  );
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return; // the form shows what is missing
    save.mutate(v);
  };
  return (
    <Modal
      open
      title={t('committee.addTerm')}
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      {save.shown && <Alert type="error" showIcon title={messageOf(save.shown)} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ label: t('committee.defaultTermLabel'), startsOn: toDayjs(todayIso()) }}
        onFinish={() => void submit()}
      >
        <Form.Item name="label" label={t('committee.termLabel')} rules={[{ required: true, message: t('validation.required') }]}>
          <Input autoFocus maxLength={100} />
        </Form.Item>
        <Form.Item name="startsOn" label={t('common.from')} rules={[{ required: true, message: t('validation.required') }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="endsOn" label={t('common.to')}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function AddSeatModal({ unitId, termId, onClose }: { unitId: number; termId: number; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ memberId: number; position: string; fromDate: Dayjs }>();
  const save = useWrite(
    (v: { memberId: number; position: string; fromDate: Dayjs }) =>
      api.post(`/api/committee-terms/${termId}/seats`, { memberId: v.memberId, position: v.position, fromDate: toIso(v.fromDate) }),
    committeeWrite(unitId, useSaved(onClose), form),
  );
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return; // the form shows what is missing
    save.mutate(v);
  };
  return (
    <Modal
      open
      title={t('committee.addSeat')}
      okText={t('common.save')}
      okButtonProps={{ loading: save.isPending }}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      {save.shown && <Alert type="error" showIcon title={messageOf(save.shown)} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ position: 'member', fromDate: toDayjs(todayIso()) }}
        onFinish={() => void submit()}
      >
        {/* Candidates come from the unit's own subtree, as the server requires. */}
        <Form.Item name="memberId" label={t('committee.member')} rules={[{ required: true, message: t('validation.required') }]}>
          <MemberPicker unitId={unitId} statuses={['official', 'probationary']} autoFocus />
        </Form.Item>
        <Form.Item name="position" label={t('units.position')} rules={[{ required: true, message: t('validation.required') }]}>
          <Select options={POSITIONS.map((p) => ({ value: p, label: t(`positions.${p}`) }))} />
        </Form.Item>
        <Form.Item name="fromDate" label={t('common.from')} rules={[{ required: true, message: t('validation.required') }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function EndSeatModal({
  unitId,
  seat,
  onClose,
}: {
  unitId: number;
  seat: { id: number; full_name: string; from_date: string };
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ toDate: Dayjs }>();
  const save = useWrite(
    (v: { toDate: Dayjs }) => api.post(`/api/committee-seats/${seat.id}/end`, { toDate: toIso(v.toDate) }),
    committeeWrite(unitId, useSaved(onClose)),
  );
  const submit = async () => {
    const v = await validValues(form);
    if (!v) return; // the form shows what is missing
    save.mutate(v);
  };
  return (
    <Modal
      open
      title={t('committee.endSeatTitle', { name: seat.full_name })}
      okText={t('committee.endSeat')}
      okButtonProps={{ danger: true, loading: save.isPending }}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      {save.shown && <Alert type="error" showIcon title={messageOf(save.shown)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" initialValues={{ toDate: toDayjs(todayIso()) }} onFinish={() => void submit()}>
        <Form.Item name="toDate" label={t('common.to')} rules={[{ required: true, message: t('validation.required') }]}>
          <DatePicker format={DATE_FORMAT} disabledDate={(d) => d.format('YYYY-MM-DD') <= seat.from_date} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

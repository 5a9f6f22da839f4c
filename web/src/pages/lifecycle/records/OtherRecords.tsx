// Education by the cell (and progress since), deaths and departures: the facts the screening and the
// counts of names off the rolls rely on.
import { DatePicker, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { applyFieldErrors, whenValid } from '../../../components/formErrors';
import { DATE_FORMAT, toDayjs, toIso, todayIso } from '../../../format';
import { MemberPicker } from '../../../components/MemberPicker';
import { useWrite } from '../../../useWrite';
import { closeFresh } from '../../../components/freshForm';

const KINDS = ['educated', 'progress', 'deceased', 'departed'] as const;

export function OtherRecordModal({ open, unitId, onClose }: { open: boolean; unitId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useWrite(
    (v: { memberId: number; kind: string; on: string; note?: string }) => {
      const path = v.kind === 'educated' || v.kind === 'progress' ? 'education' : 'exit';
      return api.post(`/api/lifecycle/members/${v.memberId}/${path}`, { kind: v.kind, on: v.on, ...(v.note ? { note: v.note } : {}) });
    },
    {
      invalidate: [['flags'], ['exitStats'], ['members']],
      onSuccess: () => {
        form.resetFields();
        onClose();
      },
      saved: true,
    },
  );
  const submit = () =>
    whenValid(form, (v) => save.mutate({ ...v, on: toIso(v.on) }, { onError: (e) => applyFieldErrors(form, e, (f) => [f]) }));
  return (
    <Modal
      open={open}
      title={t('lifecycle.records.other')}
      onCancel={closeFresh(form, onClose)}
      destroyOnHidden
      onOk={submit}
      okText={t('lifecycle.common.save')}
      confirmLoading={save.isPending}
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'educated', on: toDayjs(todayIso()) }}>
        <Form.Item name="memberId" label={t('lifecycle.common.member')} rules={[{ required: true }]}>
          <MemberPicker unitId={unitId} />
        </Form.Item>
        <Form.Item name="kind" label={t('lifecycle.records.kind')}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`lifecycle.records.otherKinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="on" label={t('lifecycle.records.on')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="note" label={t('lifecycle.common.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

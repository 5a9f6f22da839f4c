// Dialogs to record a disciplinary decision, or an exemption / suspension of Party activities.
import { Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { applyFieldErrors, whenValid } from '../../../components/formErrors';
import { DATE_FORMAT, toIso } from '../../../format';
import { MemberPicker } from '../../../components/MemberPicker';
import { useWrite } from '../../../useWrite';
import { useCurrentUser } from '../../../auth/useMe';
import { may } from '../../../auth/permissions';
import { closeFresh } from '../../../components/freshForm';

export function RecordModal({
  kind,
  unitId,
  onClose,
}: {
  kind: 'discipline' | 'exemption' | null;
  unitId: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  // Only the forms and kinds this user may record (a cell reprimands and warns; committees dismiss, expel, suspend).
  const me = useCurrentUser();
  const forms = (['reprimand', 'warning', 'dismissal', 'expulsion'] as const).filter((f) => may(me, `discipline.${f}`));
  const kinds = (['exempted', 'temporarily_exempted', 'suspended'] as const).filter((k) => may(me, `exemption.${k}`));
  const save = useWrite((body: Record<string, unknown>) => api.post(kind === 'discipline' ? '/api/discipline' : '/api/exemptions', body), {
    invalidate: [['discipline'], ['exemptions']],
    onSuccess: () => {
      form.resetFields();
      onClose();
    },
    saved: true,
  });
  const submit = () =>
    whenValid(form, (v) => {
      const dates = Object.fromEntries(['decidedOn', 'fromDate', 'toDate'].filter((k) => v[k]).map((k) => [k, toIso(v[k])]));
      save.mutate({ ...v, ...dates }, { onError: (e) => applyFieldErrors(form, e, (f) => [f]) });
    });
  const close = closeFresh(form, onClose);
  if (!kind) return null;
  const req = [{ required: true }];
  return (
    <Modal
      open
      title={t(`lifecycle.records.new.${kind}`)}
      onCancel={close}
      onOk={submit}
      okText={t('lifecycle.common.save')}
      confirmLoading={save.isPending}
    >
      <Form form={form} layout="vertical" initialValues={{ form: 'reprimand', kind: 'temporarily_exempted', selfDetectedRemedied: false }}>
        <Form.Item name="memberId" label={t('lifecycle.common.member')} rules={req}>
          <MemberPicker unitId={unitId} />
        </Form.Item>
        {kind === 'discipline' ? (
          <>
            <Form.Item name="form" label={t('lifecycle.records.form')}>
              <Select options={forms.map((f) => ({ value: f, label: t(`lifecycle.records.forms.${f}`) }))} />
            </Form.Item>
            <Form.Item name="decidedOn" label={t('lifecycle.common.decidedOn')} rules={req}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
            <Form.Item name="decisionNo" label={t('lifecycle.common.decisionNo')} rules={req}>
              <Input />
            </Form.Item>
            <Form.Item name="authority" label={t('lifecycle.common.authority')} rules={req}>
              <Input />
            </Form.Item>
            <Form.Item name="reason" label={t('lifecycle.records.reason')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="selfDetectedRemedied" valuePropName="checked">
              <Checkbox>{t('lifecycle.records.selfDetected')}</Checkbox>
            </Form.Item>
          </>
        ) : (
          <>
            <Form.Item name="kind" label={t('lifecycle.records.kind')}>
              <Select options={kinds.map((k) => ({ value: k, label: t(`lifecycle.records.kinds.${k}`) }))} />
            </Form.Item>
            <Form.Item name="fromDate" label={t('lifecycle.records.fromDate')} rules={req}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
            <Form.Item name="toDate" label={t('lifecycle.records.toDate')}>
              <DatePicker format={DATE_FORMAT} />
            </Form.Item>
            <Form.Item name="decisionNo" label={t('lifecycle.common.decisionNo')} rules={req}>
              <Input />
            </Form.Item>
            <Form.Item name="reason" label={t('lifecycle.records.reason')}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}

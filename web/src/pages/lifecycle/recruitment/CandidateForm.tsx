// A new outstanding non-member proposed by a cell.
import { Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { applyFieldErrors, whenValid } from '../../../components/formErrors';
import { UnitPicker } from '../../../components/UnitPicker';
import { DATE_FORMAT, toIso } from '../../../format';
import { useWrite } from '../../../useWrite';

export const SOURCES = ['students', 'cooperatives', 'private_enterprises', 'youth_union', 'residential_area', 'other'];
export const EDUCATION = ['primary', 'lower_secondary', 'upper_secondary', 'vocational', 'college', 'university', 'postgraduate'];

export function CandidateForm({ open, unitId, onClose }: { open: boolean; unitId: number | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useWrite((body: Record<string, unknown>) => api.post('/api/candidates', body), {
    invalidate: [['candidates'], ['funnel']],
    onSuccess: () => {
      form.resetFields();
      onClose();
    },
    saved: true,
  });
  const submit = () =>
    whenValid(form, (v) => save.mutate({ ...v, birthDate: toIso(v.birthDate) }, { onError: (e) => applyFieldErrors(form, e, (f) => [f]) }));
  const opts = (keys: string[], prefix: string) => keys.map((k) => ({ value: k, label: t(`${prefix}.${k}`) }));
  return (
    <Modal
      open={open}
      title={t('lifecycle.recruitment.new')}
      onCancel={onClose}
      onOk={submit}
      okText={t('lifecycle.common.save')}
      confirmLoading={save.isPending}
      width={600}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ unitId, gender: 'male', education: 'upper_secondary', source: 'youth_union', remoteArea: false }}
      >
        <Form.Item name="unitId" label={t('lifecycle.recruitment.unit')} rules={[{ required: true }]}>
          <UnitPicker />
        </Form.Item>
        <Form.Item name="fullName" label={t('lifecycle.recruitment.fullName')} rules={[{ required: true }]}>
          <Input autoFocus />
        </Form.Item>
        <Form.Item name="gender" label={t('lifecycle.recruitment.gender')}>
          <Select options={opts(['male', 'female'], 'lifecycle.recruitment.genders')} />
        </Form.Item>
        <Form.Item name="birthDate" label={t('lifecycle.recruitment.birthDate')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item
          name="citizenId"
          label={t('lifecycle.recruitment.citizenId')}
          rules={[{ required: true, pattern: /^[0-9]{12}$/, message: t('lifecycle.recruitment.citizenIdRule') }]}
        >
          <Input inputMode="numeric" />
        </Form.Item>
        <Form.Item name="education" label={t('lifecycle.recruitment.education')}>
          <Select options={opts(EDUCATION, 'lifecycle.recruitment.educations')} />
        </Form.Item>
        <Form.Item name="remoteArea" valuePropName="checked">
          <Checkbox>{t('lifecycle.recruitment.remoteArea')}</Checkbox>
        </Form.Item>
        <Form.Item name="source" label={t('lifecycle.recruitment.source')}>
          <Select options={opts(SOURCES, 'lifecycle.recruitment.sources')} />
        </Form.Item>
        <Form.Item name="hometown" label={t('lifecycle.recruitment.hometown')}>
          <Input />
        </Form.Item>
        <Form.Item name="residence" label={t('lifecycle.recruitment.residence')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

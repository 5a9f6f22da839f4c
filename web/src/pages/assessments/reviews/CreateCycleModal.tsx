// Opening a review cycle: kind, period, rule set, subtree, subject kinds, a deadline per step, quota settings.
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import { messageOf, useWrite } from '../../../useWrite';
import { useTranslation } from 'react-i18next';
import { UnitPicker } from '../../../components/UnitPicker';
import { dottedPath } from '../../../components/formErrors';
import { toIso } from '../../../format';
import { cyclesApi, SUBJECT_KINDS } from './api';

const KINDS = ['annual', 'semiannual', 'quarterly', 'monthly', 'ad_hoc'];
const DEADLINES = ['self_assessment', 'collective_review', 'verification', 'decision'];

export function CreateCycleModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (id: number) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const save = useWrite(
    (v: Record<string, unknown>) => {
      const period = v.period as [import('dayjs').Dayjs, import('dayjs').Dayjs];
      const deadlines = Object.fromEntries(DEADLINES.map((d) => [d, toIso(v[`deadline_${d}`] as never)]).filter(([, x]) => x));
      return cyclesApi.create({
        title: v.title,
        kind: v.kind,
        ruleSet: v.ruleSet,
        rootUnitId: v.rootUnitId,
        subjectKinds: v.subjectKinds,
        periodFrom: toIso(period[0]),
        periodTo: toIso(period[1]),
        deadlines,
        quotaRounding: v.quotaRounding,
        quotaGrouping: v.quotaGrouping,
      });
    },
    {
      form,
      errors: 'inline',
      onSuccess: (created) => {
        form.resetFields();
        onCreated(created.id);
      },
      fields: (f) =>
        f.startsWith('deadlines.') ? [`deadline_${f.slice(10)}`] : f === 'periodFrom' || f === 'periodTo' ? ['period'] : dottedPath(f),
    },
  );

  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('assessments.cycles.create')}
      okText={t('assessments.cycles.open')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      width={640}
      destroyOnHidden
    >
      {save.shown && <Alert type="error" showIcon title={messageOf(save.shown)} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{
          kind: 'annual',
          ruleSet: 'reg366-2025',
          subjectKinds: ['member', 'party_cell', 'grassroots_org'],
          quotaRounding: 'floor',
          quotaGrouping: 'grassroots_org',
        }}
      >
        <Form.Item name="title" label={t('assessments.cycles.title')} rules={[{ required: true, message: t('assessments.form.required') }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="rootUnitId"
          label={t('assessments.cycles.root')}
          rules={[{ required: true, message: t('assessments.form.required') }]}
        >
          <UnitPicker />
        </Form.Item>
        <Form.Item name="kind" label={t('assessments.cycles.kind')}>
          <Select options={KINDS.map((k) => ({ value: k, label: t(`assessments.cycleKinds.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="period"
          label={t('assessments.cycles.period')}
          rules={[{ required: true, message: t('assessments.form.required') }]}
        >
          <DatePicker.RangePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="ruleSet" label={t('assessments.cycles.ruleSet')} extra={t('assessments.cycles.ruleSetHelp')}>
          <Select options={['reg366-2025', 'reg124-2023'].map((r) => ({ value: r, label: t(`assessments.ruleSets.${r}`) }))} />
        </Form.Item>
        <Form.Item
          name="subjectKinds"
          label={t('assessments.cycles.subjectKinds')}
          rules={[{ required: true, message: t('assessments.form.required') }]}
        >
          <Select mode="multiple" options={SUBJECT_KINDS.map((k) => ({ value: k, label: t(`assessments.kinds.${k}`) }))} />
        </Form.Item>
        {DEADLINES.map((d) => (
          <Form.Item key={d} name={`deadline_${d}`} label={t('assessments.cycles.deadline', { step: t(`assessments.steps.${d}`) })}>
            <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
          </Form.Item>
        ))}
        <Form.Item name="quotaRounding" label={t('assessments.cycles.rounding')} extra={t('assessments.cycles.roundingHelp')}>
          <Select options={['floor', 'round', 'ceil'].map((r) => ({ value: r, label: t(`assessments.quota.rounding.${r}`) }))} />
        </Form.Item>
        <Form.Item name="quotaGrouping" label={t('assessments.cycles.grouping')}>
          <Select options={['grassroots_org', 'cell', 'cycle'].map((g) => ({ value: g, label: t(`assessments.cycles.groupings.${g}`) }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

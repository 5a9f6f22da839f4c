// The basis of one member's Party fee: the group (percentage of an insured salary, benefit or pension; or a fixed
// amount for students and others) and the monthly amount, from a month on. The fee sheet proposes amounts from it.
import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { api, type Answer } from '../../../api';
import { applyFieldErrors, whenValid } from '../../../components/formErrors';
import { useWrite } from '../../../useWrite';
import { fmtNumber } from '../../../format';

export const BASIS_KINDS = ['insured_salary', 'insurance_benefit', 'pension', 'student', 'other'] as const;
export const PERCENT_KINDS: readonly string[] = ['insured_salary', 'insurance_benefit', 'pension'];
export type Basis = Answer<'GET /api/lifecycle/members/:memberId/fee-basis'>[number];
export interface BasisTarget {
  memberId: number;
  fullName: string;
  month: string;
  basis: Basis | null;
}

export function FeeBasisModal({ target, onClose }: { target: BasisTarget | null; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const kind = Form.useWatch('kind', form) as string | undefined;
  const save = useWrite(
    (v: { kind: string; monthlyAmount: number | null; from: dayjs.Dayjs; note?: string }) => {
      const month = v.from.format('YYYY-MM');
      const same = target!.basis && target!.basis.fromMonth === month ? { version: target!.basis.version } : {};
      return api.put(`/api/lifecycle/members/${target!.memberId}/fee-basis/${month}`, {
        kind: v.kind,
        monthlyAmount: PERCENT_KINDS.includes(v.kind) ? (v.monthlyAmount ?? null) : null,
        note: v.note ?? '',
        ...same,
      });
    },
    { invalidate: [['fees']], onSuccess: () => onClose(), saved: true },
  );
  if (!target) return null;
  const submit = () => whenValid(form, (v) => save.mutate(v, { onError: (e) => applyFieldErrors(form, e, (f) => [f]) }));
  const b = target.basis;
  return (
    <Modal
      open
      title={t('lifecycle.fees.basisTitle', { name: target.fullName })}
      onCancel={onClose}
      onOk={submit}
      okText={t('lifecycle.common.save')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          kind: b?.kind ?? 'insured_salary',
          monthlyAmount: b?.monthlyAmount ?? null,
          from: dayjs(`${target.month}-01`),
          note: b?.note ?? '',
        }}
      >
        <Form.Item name="kind" label={t('lifecycle.fees.kind')} rules={[{ required: true }]}>
          <Select autoFocus options={BASIS_KINDS.map((k) => ({ value: k, label: t(`lifecycle.fees.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name="monthlyAmount"
          label={t('lifecycle.fees.monthlyAmount')}
          extra={t('lifecycle.fees.monthlyAmountHint')}
          rules={[{ required: !!kind && PERCENT_KINDS.includes(kind) }]}
          hidden={!kind || !PERCENT_KINDS.includes(kind)}
        >
          <InputNumber<number>
            min={0}
            step={100000}
            style={{ width: 220 }}
            formatter={(v) => (v === undefined || v === null || String(v) === '' ? '' : fmtNumber(Number(v)))}
            parser={(s) => Number((s ?? '').replace(/\D/g, ''))}
          />
        </Form.Item>
        <Form.Item name="from" label={t('lifecycle.fees.fromMonth')} rules={[{ required: true }]}>
          <DatePicker picker="month" format="MM/YYYY" allowClear={false} />
        </Form.Item>
        <Form.Item name="note" label={t('lifecycle.screening.note')}>
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}

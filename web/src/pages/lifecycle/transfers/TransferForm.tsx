// New transfer: within the province (destination cell) or out of it (named organization) — two endpoints.
import { DatePicker, Form, Input, Modal, Segmented, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { applyFieldErrors, whenValid } from '../../../components/formErrors';
import { DATE_FORMAT, toIso } from '../../../format';
import { useWrite } from '../../../useWrite';
import { MemberPicker } from '../../../components/MemberPicker';
import { closeFresh } from '../../../components/freshForm';
import { UnitPicker } from '../../../components/UnitPicker';

/** A transfer goes to any cell of the province, beyond the sender's own scope (names and ids only). */
const destinations = (q: string) => api.get<Answer<'GET /api/transfers/destinations'>>('/api/transfers/destinations', { q });

export function TransferForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [out, setOut] = useState(false);
  const save = useWrite((body: Record<string, unknown>) => api.post(out ? '/api/transfers/out-of-province' : '/api/transfers', body), {
    invalidate: [['transfers']],
    onSuccess: () => {
      form.resetFields();
      setOut(false);
      onClose();
    },
    saved: true,
  });
  const submit = () =>
    whenValid(form, (v) => {
      const body = {
        memberId: Number(v.memberId),
        kind: v.kind,
        movedOn: toIso(v.movedOn) ?? undefined,
        letterNo: v.letterNo || undefined,
        letterDate: toIso(v.letterDate) ?? undefined,
        note: v.note || undefined,
        ...(out ? { destination: v.destination } : { toUnitId: v.toUnitId }),
      };
      save.mutate(body, { onError: (e) => applyFieldErrors(form, e, (f) => [f]) });
    });
  return (
    <Modal
      open={open}
      title={t('lifecycle.transfers.new')}
      onCancel={closeFresh(form, onClose, () => setOut(false))}
      onOk={submit}
      okText={t('lifecycle.common.save')}
      confirmLoading={save.isPending}
      width={560}
      destroyOnHidden
    >
      <Segmented
        block
        value={out ? 'out' : 'in'}
        onChange={(v) => setOut(v === 'out')}
        style={{ marginBottom: 16 }}
        options={[
          { value: 'in', label: t('lifecycle.transfers.within') },
          { value: 'out', label: t('lifecycle.transfers.outOfProvince') },
        ]}
      />
      <Form form={form} layout="vertical" initialValues={{ kind: 'official' }}>
        <Form.Item name="memberId" label={t('lifecycle.common.member')} rules={[{ required: true }]}>
          <MemberPicker />
        </Form.Item>
        <Form.Item name="kind" label={t('lifecycle.transfers.kind')}>
          <Select options={['official', 'temporary'].map((k) => ({ value: k, label: t(`lifecycle.transfers.kinds.${k}`) }))} />
        </Form.Item>
        {out ? (
          <Form.Item name="destination" label={t('lifecycle.transfers.destination')} rules={[{ required: true }]}>
            <Input />
          </Form.Item>
        ) : (
          <Form.Item name="toUnitId" label={t('lifecycle.transfers.toUnit')} rules={[{ required: true }]}>
            <UnitPicker search={destinations} placeholder={t('lifecycle.transfers.destinationSearch')} />
          </Form.Item>
        )}
        <Form.Item name="movedOn" label={t('lifecycle.transfers.movedOn')}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="letterNo" label={t('lifecycle.transfers.letterNo')}>
          <Input />
        </Form.Item>
        <Form.Item name="letterDate" label={t('lifecycle.transfers.letterDate')}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item name="note" label={t('lifecycle.common.note')}>
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

// Receiving a member from another province: the member file package (JSON) and the destination cell.
import { useState } from 'react';
import { Alert, Button, DatePicker, Form, Modal, Upload } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api';
import { whenValid } from '../../../components/formErrors';
import { DATE_FORMAT, toDayjs, toIso, todayIso } from '../../../format';
import { UnitPicker } from '../../../components/UnitPicker';
import { useWrite } from '../../../useWrite';

export function ImportForm({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [pkg, setPkg] = useState<{ member?: { fullName?: string } } | null>(null);
  const [bad, setBad] = useState(false);
  const save = useWrite((body: Record<string, unknown>) => api.post('/api/transfers/import', body), {
    invalidate: [['transfers'], ['members']],
    onSuccess: () => {
      setPkg(null);
      form.resetFields();
      onClose();
    },
    saved: true,
  });
  const read = async (file: File) => {
    try {
      setPkg(JSON.parse(await file.text()));
      setBad(false);
    } catch {
      setPkg(null);
      setBad(true);
    }
    return false;
  };
  return (
    <Modal
      open={open}
      title={t('lifecycle.transfers.import')}
      onCancel={onClose}
      okText={t('lifecycle.common.save')}
      confirmLoading={save.isPending}
      okButtonProps={{ disabled: !pkg }}
      onOk={() => whenValid(form, (v) => save.mutate({ toUnitId: v.toUnitId, receivedOn: toIso(v.receivedOn), package: pkg }))}
    >
      <Form form={form} layout="vertical" initialValues={{ receivedOn: toDayjs(todayIso()) }}>
        <Form.Item label={t('lifecycle.transfers.packageFile')}>
          <Upload accept=".json,application/json" maxCount={1} beforeUpload={read}>
            <Button type="link">{t('lifecycle.transfers.chooseFile')}</Button>
          </Upload>
        </Form.Item>
        {bad && <Alert type="error" showIcon message={t('lifecycle.transfers.badFile')} />}
        {pkg?.member?.fullName && <Alert type="info" showIcon message={pkg.member.fullName} style={{ marginBottom: 12 }} />}
        <Form.Item name="toUnitId" label={t('lifecycle.transfers.toUnit')} rules={[{ required: true }]}>
          <UnitPicker />
        </Form.Item>
        <Form.Item name="receivedOn" label={t('lifecycle.transfers.receivedOn')} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

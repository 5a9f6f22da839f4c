import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitPageData } from '../../../../types';
import { RestructureModal } from './RestructureModal';

export function RenameDialog({ unit, onClose }: { unit: UnitPageData; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <RestructureModal<{ name: string }>
      open
      title={t('restructure.renameTitle', { name: unit.name })}
      testId="rename-dialog"
      unitId={unit.id}
      onClose={onClose}
      initialValues={{ name: unit.name }}
      toRequest={(v) => ({ url: `/api/units/${unit.id}/rename`, body: { name: v.name.trim(), version: unit.version } })}
    >
      <Form.Item
        name="name"
        label={t('restructure.newName')}
        rules={[{ required: true, whitespace: true, message: t('validation.required') }, { max: 200 }]}
      >
        <Input autoFocus maxLength={200} />
      </Form.Item>
    </RestructureModal>
  );
}

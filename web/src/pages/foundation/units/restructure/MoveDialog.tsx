import { Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { UnitPicker } from '../../../../components/UnitPicker';
import { isWithin } from '../../../../auth/permissions';
import type { UnitPageData } from '../../../../types';
import { RestructureModal } from './RestructureModal';

export function MoveDialog({ unit, onClose }: { unit: UnitPageData; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <RestructureModal<{ newParentId: number }>
      open
      title={t('restructure.moveTitle', { name: unit.name })}
      testId="move-dialog"
      unitId={unit.id}
      onClose={onClose}
      toRequest={(v) => ({ url: `/api/units/${unit.id}/move`, body: { newParentId: v.newParentId, version: unit.version } })}
    >
      <Form.Item name="newParentId" label={t('restructure.newParent')} rules={[{ required: true, message: t('validation.required') }]}>
        <UnitPicker
          aria-label={t('restructure.newParent')}
          filter={(h) => !isWithin(h.path, unit.path) && h.id !== unit.parentId && !['cell', 'grassroots_cell'].includes(h.kind)}
        />
      </Form.Item>
    </RestructureModal>
  );
}

import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitPageData } from '../../../../types';
import { RestructureModal } from './RestructureModal';

export function DissolveDialog({ unit, onClose }: { unit: UnitPageData; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <RestructureModal
      open
      danger
      title={t('restructure.dissolveTitle', { name: unit.name })}
      testId="dissolve-dialog"
      unitId={unit.id}
      onClose={onClose}
      toRequest={() => ({ url: `/api/units/${unit.id}/dissolve`, body: { version: unit.version } })}
    >
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t('restructure.dissolveWarning')} />
    </RestructureModal>
  );
}

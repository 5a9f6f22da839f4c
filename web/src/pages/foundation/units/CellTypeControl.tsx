// A cell's kind (residential, agency, enterprise, school…), which decides the content its meetings cover each
// quarter. Shown on a cell's page; those who may restructure the cell can change it.
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, type Answer } from '../../../api';
import { useWrite } from '../../../useWrite';
import { CELL_TYPES } from '../../../../../src/domain/lifecycle/content-kinds';

type CellType = Answer<'GET /api/units/:unitId/cell-type'>;

export function CellTypeControl({ unitId, canEdit }: { unitId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const key = ['units', 'cell-type', unitId];
  const q = useQuery({ queryKey: key, queryFn: () => api.get<CellType>(`/api/units/${unitId}/cell-type`) });
  const save = useWrite(
    (cellType: string | null) => api.put<CellType>(`/api/units/${unitId}/cell-type`, { cellType, version: q.data!.version }),
    { invalidate: [key, ['units']], saved: true, refreshOnStale: true },
  );
  const c = q.data;
  if (!c?.isCell) return null;
  const label = c.cellType ? t(`cellmeetings.cellTypes.${c.cellType}`) : t('cellmeetings.cellTypeNone');
  if (!canEdit) return <span data-testid="cell-type">{label}</span>;
  return (
    <Select
      value={c.cellType ?? ''}
      style={{ minWidth: 240 }}
      loading={save.isPending}
      aria-label={t('cellmeetings.cellTypeLabel')}
      data-testid="cell-type"
      onChange={(v: string) => save.mutate(v || null)}
      options={[
        { value: '', label: t('cellmeetings.cellTypeNone') },
        ...CELL_TYPES.map((k) => ({ value: k, label: t(`cellmeetings.cellTypes.${k}`) })),
      ]}
    />
  );
}

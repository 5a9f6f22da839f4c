// Restructuring buttons on the unit page (flex items of its action row), shown only when the user's role
// allows it over this unit.
import { useState } from 'react';
import { Button } from 'antd';
import { DeleteOutlined, EditOutlined, MergeCellsOutlined, SplitCellsOutlined, SwapOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { UnitPageData } from '../../../../types';
import { RenameDialog } from './RenameDialog';
import { MoveDialog } from './MoveDialog';
import { MergeDialog } from './MergeDialog';
import { SplitDialog } from './SplitDialog';
import { DissolveDialog } from './DissolveDialog';

type Kind = 'rename' | 'move' | 'merge' | 'split' | 'dissolve';

export function RestructureActions({ unit }: { unit: UnitPageData }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Kind | null>(null);
  if (!unit.abilities?.restructure) return null;
  const isRoot = unit.parentId === null;
  const close = () => setOpen(null);

  return (
    <>
      <Button icon={<EditOutlined />} onClick={() => setOpen('rename')}>
        {t('restructure.rename')}
      </Button>
      {!isRoot && (
        <Button icon={<SwapOutlined />} onClick={() => setOpen('move')}>
          {t('restructure.move')}
        </Button>
      )}
      {!isRoot && (
        <Button icon={<MergeCellsOutlined />} onClick={() => setOpen('merge')}>
          {t('restructure.merge')}
        </Button>
      )}
      {!isRoot && (
        <Button icon={<SplitCellsOutlined />} onClick={() => setOpen('split')}>
          {t('restructure.split')}
        </Button>
      )}
      {!isRoot && (
        <Button danger icon={<DeleteOutlined />} onClick={() => setOpen('dissolve')}>
          {t('restructure.dissolve')}
        </Button>
      )}
      {open === 'rename' && <RenameDialog unit={unit} onClose={close} />}
      {open === 'move' && <MoveDialog unit={unit} onClose={close} />}
      {open === 'merge' && <MergeDialog unit={unit} onClose={close} />}
      {open === 'split' && <SplitDialog unit={unit} onClose={close} />}
      {open === 'dissolve' && <DissolveDialog unit={unit} onClose={close} />}
    </>
  );
}

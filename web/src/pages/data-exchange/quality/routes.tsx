import { lazy } from 'react';
import { CheckSquareOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../../modules';

const QualityPage = lazy(() => import('./QualityPage'));

export const routes: ModuleRoute[] = [
  {
    path: 'data/quality',
    element: <QualityPage />,
    menu: {
      key: 'data-quality',
      labelKey: 'imports.menu.quality',
      icon: <CheckSquareOutlined />,
      roles: ['province_admin', 'committee_office', 'cell_secretary', 'observer'],
    },
  },
];

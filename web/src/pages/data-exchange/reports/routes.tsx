import { lazy } from 'react';
import { FileTextOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../../modules';

const ReportsPage = lazy(() => import('./ReportsPage'));

export const routes: ModuleRoute[] = [
  {
    path: 'reports',
    element: <ReportsPage />,
    menu: {
      key: 'reports',
      labelKey: 'imports.menu.reports',
      icon: <FileTextOutlined />,
      roles: ['province_admin', 'committee_office', 'cell_secretary', 'observer'],
    },
  },
];

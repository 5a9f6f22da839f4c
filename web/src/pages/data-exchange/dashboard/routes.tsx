import { lazy } from 'react';
import { DashboardOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../../modules';

const DashboardPage = lazy(() => import('./DashboardPage'));

export const routes: ModuleRoute[] = [
  {
    path: 'dashboard',
    element: <DashboardPage />,
    menu: {
      key: 'dashboard',
      labelKey: 'imports.menu.dashboard',
      icon: <DashboardOutlined />,
      roles: ['province_admin', 'committee_office', 'cell_secretary', 'observer'],
    },
  },
];

// Pages of transfers of Party activities, wired into the router and the menu by web/src/modules.tsx.
import { lazy } from 'react';
import { SwapOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../../modules';

const TransfersPage = lazy(() => import('./TransfersPage'));

export const routes: ModuleRoute[] = [
  {
    path: 'transfers',
    element: <TransfersPage />,
    menu: {
      key: 'transfers',
      labelKey: 'lifecycle.menu.transfers',
      icon: <SwapOutlined />,
      roles: ['province_admin', 'committee_office', 'cell_secretary', 'observer'],
    },
  },
];

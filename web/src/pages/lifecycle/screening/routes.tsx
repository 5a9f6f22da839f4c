// Pages of screening and removal of names, wired into the router and the menu by web/src/modules.tsx.
import { lazy } from 'react';
import { AuditOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../../modules';

const ScreeningPage = lazy(() => import('./ScreeningPage'));

export const routes: ModuleRoute[] = [
  {
    path: 'screening',
    element: <ScreeningPage />,
    menu: {
      key: 'screening',
      labelKey: 'lifecycle.menu.screening',
      icon: <AuditOutlined />,
      roles: ['province_admin', 'committee_office', 'cell_secretary', 'observer'],
    },
  },
];

// Pages of remediation plans, wired into the router and the menu by web/src/modules.tsx.
import { lazy } from 'react';
import { ToolOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../../modules';

const PlansPage = lazy(() => import('./PlansPage'));

export const routes: ModuleRoute[] = [
  {
    path: 'remediation',
    element: <PlansPage />,
    menu: {
      key: 'remediation',
      labelKey: 'remediation.menu',
      icon: <ToolOutlined />,
      roles: ['province_admin', 'committee_office', 'cell_secretary', 'observer'],
    },
  },
];

// Pages of the recruitment pipeline, wired into the router and the menu by web/src/modules.tsx.
import { lazy } from 'react';
import { UserAddOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../../modules';

const RecruitmentPage = lazy(() => import('./RecruitmentPage'));

export const routes: ModuleRoute[] = [
  {
    path: 'recruitment',
    element: <RecruitmentPage />,
    menu: {
      key: 'recruitment',
      labelKey: 'lifecycle.menu.recruitment',
      icon: <UserAddOutlined />,
      roles: ['province_admin', 'committee_office', 'cell_secretary', 'observer'],
    },
  },
];

// Reorganization plans: upload a plan, preview the tree before and after, apply it with a progress bar.
import { lazy } from 'react';
import { ApartmentOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../../modules';

const ReorgPage = lazy(() => import('./ReorgPage'));

export const routes: ModuleRoute[] = [
  {
    path: 'units/reorganization',
    element: <ReorgPage />,
    menu: { key: 'reorg', labelKey: 'reorg.menu', icon: <ApartmentOutlined />, roles: ['province_admin', 'committee_office'] },
  },
];

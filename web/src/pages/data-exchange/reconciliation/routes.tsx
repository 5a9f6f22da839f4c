import { lazy } from 'react';
import { DiffOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../../modules';

const ReconciliationPage = lazy(() => import('./ReconciliationPage'));

export const routes: ModuleRoute[] = [
  {
    path: 'data/reconcile',
    element: <ReconciliationPage />,
    menu: {
      key: 'data-reconcile',
      labelKey: 'imports.menu.reconcile',
      icon: <DiffOutlined />,
      roles: ['province_admin', 'committee_office', 'cell_secretary'],
    },
  },
];

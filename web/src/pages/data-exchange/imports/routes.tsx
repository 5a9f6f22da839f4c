// Pages of the data-exchange wing, wired into the router and the menu by web/src/modules.tsx.
import { lazy } from 'react';
import { ImportOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../../modules';

const ImportPage = lazy(() => import('./ImportPage'));
const EDITORS = ['province_admin', 'committee_office', 'cell_secretary'];

export const routes: ModuleRoute[] = [
  {
    path: 'data/import',
    element: <ImportPage />,
    menu: { key: 'data-import', labelKey: 'imports.menu.import', icon: <ImportOutlined />, roles: EDITORS },
  },
];

// The unit tree and a unit's detail. Their menu entry is the layout's own (layout/menuItems.tsx): it depends on
// what the user may read, not on a role list.
import { lazy } from 'react';
import type { ModuleRoute } from '../../../modules';

const UnitsPage = lazy(() => import('./UnitsPage'));

export const routes: ModuleRoute[] = [
  { path: 'units', element: <UnitsPage /> },
  { path: 'units/:unitId', element: <UnitsPage /> },
];

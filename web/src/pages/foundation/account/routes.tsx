import { lazy } from 'react';
import type { ModuleRoute } from '../../../modules';

const AccountPage = lazy(() => import('./AccountPage'));

// Reached from the user menu (header), not the left menu.
export const routes: ModuleRoute[] = [{ path: 'account', element: <AccountPage /> }];

// User accounts and their grants. Menu entry: layout/menuItems.tsx.
import { lazy } from 'react';
import type { ModuleRoute } from '../../../modules';

const UsersPage = lazy(() => import('./UsersPage'));

export const routes: ModuleRoute[] = [{ path: 'users', element: <UsersPage /> }];

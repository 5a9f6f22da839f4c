// The audit log and the read log. Menu entry: layout/menuItems.tsx.
import { lazy } from 'react';
import type { ModuleRoute } from '../../../modules';

const AuditPage = lazy(() => import('./AuditPage'));

export const routes: ModuleRoute[] = [{ path: 'audit', element: <AuditPage /> }];

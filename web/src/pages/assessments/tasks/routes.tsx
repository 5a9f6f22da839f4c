// Pages of targets and tasks, wired into the router and the menu by web/src/modules.tsx.
import { lazy } from 'react';
import { CheckSquareOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../../modules';

const TasksPage = lazy(() => import('./TasksPage'));

export const routes: ModuleRoute[] = [
  { path: 'tasks', element: <TasksPage />, menu: { key: 'tasks', labelKey: 'tasks.menu', icon: <CheckSquareOutlined /> } },
];

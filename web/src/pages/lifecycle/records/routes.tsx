// Pages of the member lifecycle (probation; discipline and exemptions), wired into the router and the menu by web/src/modules.tsx.
import { lazy } from 'react';
import { CalendarOutlined, FileProtectOutlined, HourglassOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../../modules';

const ProbationPage = lazy(() => import('./ProbationPage'));
const RecordsPage = lazy(() => import('./RecordsPage'));
const CalendarPage = lazy(() => import('./CalendarPage'));

export const routes: ModuleRoute[] = [
  {
    path: 'probation',
    element: <ProbationPage />,
    menu: {
      key: 'probation',
      labelKey: 'lifecycle.menu.probation',
      icon: <HourglassOutlined />,
      roles: ['province_admin', 'committee_office', 'cell_secretary', 'observer'],
    },
  },
  {
    path: 'discipline',
    element: <RecordsPage />,
    menu: {
      key: 'discipline',
      labelKey: 'lifecycle.menu.records',
      icon: <FileProtectOutlined />,
      roles: ['province_admin', 'committee_office', 'cell_secretary', 'observer'],
    },
  },
  {
    path: 'lifecycle/calendar',
    element: <CalendarPage />,
    menu: {
      key: 'lifecycle-calendar',
      labelKey: 'lifecycle.menu.calendar',
      icon: <CalendarOutlined />,
      roles: ['province_admin', 'committee_office'],
    },
  },
];

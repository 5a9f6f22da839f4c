// Pages of cell meetings and Party fees, wired into the router and the menu by web/src/modules.tsx.
import { lazy } from 'react';
import { TeamOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../../modules';

const MeetingsPage = lazy(() => import('./MeetingsPage'));
const CheckinPage = lazy(() => import('./CheckinPage'));

export const routes: ModuleRoute[] = [
  {
    path: 'meetings',
    element: <MeetingsPage />,
    menu: {
      key: 'meetings',
      labelKey: 'lifecycle.menu.meetings',
      icon: <TeamOutlined />,
      roles: ['province_admin', 'committee_office', 'cell_secretary', 'observer', 'member'],
    },
  },
  // Opened by scanning the meeting's QR code on the member's own phone; not in the menu.
  { path: 'meetings/check-in', element: <CheckinPage /> },
];

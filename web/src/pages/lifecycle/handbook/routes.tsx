// The member's handbook (their own phone page) and the committee's messages to the cell.
import { lazy } from 'react';
import { MessageOutlined, MobileOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../../modules';

const HandbookPage = lazy(() => import('./HandbookPage'));
const MessagesPage = lazy(() => import('./MessagesPage'));

export const routes: ModuleRoute[] = [
  {
    path: 'handbook',
    element: <HandbookPage />,
    menu: { key: 'handbook', labelKey: 'handbook.menu', icon: <MobileOutlined />, roles: ['member', 'cell_secretary'] },
  },
  {
    path: 'messages',
    element: <MessagesPage />,
    menu: {
      key: 'messages',
      labelKey: 'handbook.messagesMenu',
      icon: <MessageOutlined />,
      roles: ['province_admin', 'committee_office', 'cell_secretary'],
    },
  },
];

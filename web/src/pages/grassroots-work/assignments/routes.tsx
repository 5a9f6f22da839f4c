// Pages of the grassroots-work wing, wired into the router and the menu by web/src/modules.tsx.
import { lazy } from 'react';
import {
  ApartmentOutlined,
  FlagOutlined,
  HomeOutlined,
  PieChartOutlined,
  SolutionOutlined,
  SwapOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ModuleRoute } from '../../../modules';

const AssignmentsPage = lazy(() => import('./AssignmentsPage'));
const HouseholdsPage = lazy(() => import('../households/HouseholdsPage'));
const CoveragePage = lazy(() => import('../coverage/CoveragePage'));
const VisitsPage = lazy(() => import('../visits/VisitsPage'));
const CampaignsPage = lazy(() => import('../campaigns/CampaignsPage'));
const CampaignBoardPage = lazy(() => import('../campaigns/CampaignBoardPage'));
const WorkingGroupsPage = lazy(() => import('../working-groups/WorkingGroupsPage'));
const CadresPage = lazy(() => import('../cadres/CadresPage'));

const readers = ['province_admin', 'committee_office', 'cell_secretary', 'observer'];

export const routes: ModuleRoute[] = [
  {
    path: 'grassroots/assignments',
    element: <AssignmentsPage />,
    menu: { key: 'grassroots-assignments', labelKey: 'grassroots.menu.assignments', icon: <ApartmentOutlined />, roles: readers },
  },
  {
    path: 'grassroots/households',
    element: <HouseholdsPage />,
    menu: { key: 'grassroots-households', labelKey: 'grassroots.menu.households', icon: <HomeOutlined />, roles: readers },
  },
  {
    path: 'grassroots/coverage',
    element: <CoveragePage />,
    menu: { key: 'grassroots-coverage', labelKey: 'grassroots.menu.coverage', icon: <PieChartOutlined />, roles: readers },
  },
  {
    path: 'grassroots/visits',
    element: <VisitsPage />,
    menu: { key: 'grassroots-visits', labelKey: 'grassroots.menu.visits', icon: <SolutionOutlined />, roles: readers },
  },
  {
    path: 'grassroots/campaigns',
    element: <CampaignsPage />,
    menu: { key: 'grassroots-campaigns', labelKey: 'grassroots.menu.campaigns', icon: <FlagOutlined />, roles: readers },
  },
  { path: 'grassroots/campaigns/:campaignId', element: <CampaignBoardPage /> },
  {
    path: 'grassroots/working-groups',
    element: <WorkingGroupsPage />,
    menu: { key: 'grassroots-working-groups', labelKey: 'grassroots.menu.workingGroups', icon: <TeamOutlined />, roles: readers },
  },
  {
    path: 'grassroots/cadres',
    element: <CadresPage />,
    menu: { key: 'grassroots-cadres', labelKey: 'grassroots.menu.cadres', icon: <SwapOutlined />, roles: readers },
  },
];

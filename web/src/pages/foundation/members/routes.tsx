// The member registry: list, profile, and the form that creates or edits a record. Menu entries: layout/menuItems.tsx.
import { lazy } from 'react';
import type { ModuleRoute } from '../../../modules';

const MemberListPage = lazy(() => import('./MemberListPage'));
const MemberProfilePage = lazy(() => import('./MemberProfilePage'));
const MemberFormPage = lazy(() => import('./MemberFormPage'));

export const routes: ModuleRoute[] = [
  { path: 'members', element: <MemberListPage /> },
  { path: 'members/new', element: <MemberFormPage /> },
  { path: 'members/:memberId', element: <MemberProfilePage /> },
  { path: 'members/:memberId/edit', element: <MemberFormPage /> },
];

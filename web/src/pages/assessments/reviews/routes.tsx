// Pages of the assessment module, wired into the router and the menu by web/src/modules.tsx.
import { lazy } from 'react';
import { AuditOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../../modules';

const CyclesPage = lazy(() => import('./CyclesPage'));
const CycleBoardPage = lazy(() => import('./CycleBoardPage'));
const SubjectPage = lazy(() => import('./SubjectPage'));
const ResultsPage = lazy(() => import('./ResultsPage'));

export const routes: ModuleRoute[] = [
  { path: 'assessments', element: <CyclesPage />, menu: { key: 'assessments', labelKey: 'assessments.menu', icon: <AuditOutlined /> } },
  { path: 'assessments/cycles/:cycleId', element: <CycleBoardPage /> },
  { path: 'assessments/cycles/:cycleId/results', element: <ResultsPage /> },
  { path: 'assessments/subjects/:subjectId', element: <SubjectPage /> },
];

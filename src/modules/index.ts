// Every module's routes, in one place, wing by wing: buildServer registers them in this order.
// A new capability gets its own folder under its wing (routes.ts, service.ts, queries.ts, policy.ts) and one line here.
import type { App, ModuleContext } from '../shared/http.js';
// Foundation: the organization tree, members, accounts, audit, reorganization plans.
import { auditRoutes } from './foundation/audit/routes.js';
import { orgRoutes } from './foundation/orgs/routes.js';
import { cellTypeRoutes } from './foundation/orgs/cell-type-routes.js';
import { lineageRoutes } from './foundation/orgs/lineage-routes.js';
import { committeeRoutes } from './foundation/committees/routes.js';
import { memberRoutes } from './foundation/members/routes.js';
import { userRoutes } from './foundation/users/routes.js';
import { reorgRoutes } from './foundation/reorg/routes.js';
// Assessments: targets and tasks, review cycles, rule sets, decisions, remediation.
import { assessmentRoutes } from './assessments/reviews/routes.js';
import { quarterRoutes } from './assessments/reviews/quarter-routes.js';
import { taskRoutes } from './assessments/tasks/routes.js';
import { remediationRoutes } from './assessments/remediation/routes.js';
// Member lifecycle: discipline, exemption, transfers, probation, recruitment, meetings and fees, screening.
import { disciplineRoutes } from './lifecycle/discipline/routes.js';
import { unitDisciplineRoutes } from './lifecycle/discipline/unit-routes.js';
import { exemptionRoutes } from './lifecycle/exemptions/routes.js';
import { transferRoutes } from './lifecycle/transfers/routes.js';
import { settingsRoutes } from './lifecycle/shared/settings-routes.js';
import { probationRoutes } from './lifecycle/probation/routes.js';
import { recruitmentRoutes } from './lifecycle/recruitment/routes.js';
import { meetingRoutes } from './lifecycle/meetings/routes.js';
import { feeBasisRoutes } from './lifecycle/meetings/fee-basis-routes.js';
import { checkinRoutes } from './lifecycle/meetings/checkin-routes.js';
import { handbookRoutes } from './lifecycle/handbook/routes.js';
import { screeningRoutes } from './lifecycle/screening/routes.js';
// Data exchange: import, reconciliation, data quality, reports and exports, dashboard.
import { importRoutes } from './data-exchange/imports/routes.js';
import { exportRoutes } from './data-exchange/reports/routes.js';
import { reconciliationRoutes } from './data-exchange/reconciliation/routes.js';
import { qualityRoutes } from './data-exchange/quality/routes.js';
import { reportRoutes } from './data-exchange/reports/report-routes.js';
import { dashboardRoutes } from './data-exchange/dashboard/routes.js';
// Grassroots work: households, unit assignments, coverage, visits, campaigns, working groups, cadre rotation.
import { householdRoutes } from './grassroots-work/households/routes.js';
import { assignmentRoutes } from './grassroots-work/assignments/routes.js';
import { coverageRoutes } from './grassroots-work/coverage/routes.js';
import { visitRoutes } from './grassroots-work/visits/routes.js';
import { campaignRoutes } from './grassroots-work/campaigns/routes.js';
import { workingGroupRoutes } from './grassroots-work/working-groups/routes.js';
import { cadreRoutes } from './grassroots-work/cadres/routes.js';

export type RegisterRoutes = (app: App, ctx: ModuleContext) => void;

export const moduleRoutes: RegisterRoutes[] = [
  auditRoutes,
  orgRoutes,
  cellTypeRoutes,
  lineageRoutes,
  committeeRoutes,
  memberRoutes,
  userRoutes,
  assessmentRoutes,
  quarterRoutes,
  taskRoutes,
  remediationRoutes,
  disciplineRoutes,
  unitDisciplineRoutes,
  exemptionRoutes,
  transferRoutes,
  settingsRoutes,
  probationRoutes,
  recruitmentRoutes,
  meetingRoutes,
  feeBasisRoutes,
  checkinRoutes,
  handbookRoutes,
  screeningRoutes,
  importRoutes,
  exportRoutes,
  reconciliationRoutes,
  qualityRoutes,
  reportRoutes,
  dashboardRoutes,
  householdRoutes,
  assignmentRoutes,
  coverageRoutes,
  visitRoutes,
  campaignRoutes,
  workingGroupRoutes,
  cadreRoutes,
  reorgRoutes,
];

// Registers the routes of the assessments wing: targets and tasks, review cycles, rule sets, decisions, remediation.
// Each capability keeps its own folder (routes.ts, service.ts, queries.ts, policy.ts); list their routes here.
import type { App, ModuleContext } from '../../shared/http.js';
import { assessmentRoutes } from './routes.js';
import { taskRoutes } from '../tasks/routes.js';
import { remediationRoutes } from '../remediation/routes.js';

export function assessmentModule(app: App, ctx: ModuleContext): void {
  assessmentRoutes(app, ctx);
  taskRoutes(app, ctx);
  remediationRoutes(app, ctx);
}

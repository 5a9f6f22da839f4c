// Registers the routes of the data-exchange wing: import, reconciliation, data quality, reports and exports.
// Each capability keeps its own folder (routes.ts, service.ts, queries.ts, policy.ts); list their routes here.
import type { App, ModuleContext } from '../../shared/http.js';
import { importRoutes } from './routes.js';
import { exportRoutes } from '../reports/routes.js';
import { reconciliationRoutes } from '../reconciliation/routes.js';
import { qualityRoutes } from '../quality/routes.js';
import { reportRoutes } from '../reports/report-routes.js';
import { dashboardRoutes } from '../dashboard/routes.js';

export function dataExchangeModule(app: App, ctx: ModuleContext): void {
  importRoutes(app, ctx);
  exportRoutes(app, ctx);
  reconciliationRoutes(app, ctx);
  qualityRoutes(app, ctx);
  reportRoutes(app, ctx);
  dashboardRoutes(app, ctx);
}

// Registers the routes of the grassroots-work wing: assignments, households, visits, campaigns, working groups, cadre rotation.
// Each capability keeps its own folder (routes.ts, service.ts, queries.ts, policy.ts); list their routes here.
import type { App, ModuleContext } from '../../shared/http.js';
import { householdRoutes } from '../households/routes.js';
import { assignmentRoutes } from './routes.js';
import { coverageRoutes } from '../coverage/routes.js';
import { visitRoutes } from '../visits/routes.js';
import { campaignRoutes } from '../campaigns/routes.js';
import { workingGroupRoutes } from '../working-groups/routes.js';
import { cadreRoutes } from '../cadres/routes.js';

export function grassrootsWorkModule(app: App, ctx: ModuleContext): void {
  householdRoutes(app, ctx);
  assignmentRoutes(app, ctx);
  coverageRoutes(app, ctx);
  visitRoutes(app, ctx);
  campaignRoutes(app, ctx);
  workingGroupRoutes(app, ctx);
  cadreRoutes(app, ctx);
}

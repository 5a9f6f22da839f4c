// Registers the routes of the member-lifecycle wing: recruitment, probation, transfers, meetings and fees, exemption, discipline, screening.
// Each capability keeps its own folder (routes.ts, service.ts, queries.ts, policy.ts); list their routes here.
import type { App, ModuleContext } from '../../shared/http.js';
import { disciplineRoutes } from '../discipline/routes.js';
import { unitDisciplineRoutes } from '../discipline/unit-routes.js';
import { exemptionRoutes } from '../exemptions/routes.js';
import { transferRoutes } from '../transfers/routes.js';
import { settingsRoutes } from './settings-routes.js';
import { probationRoutes } from '../probation/routes.js';
import { recruitmentRoutes } from '../recruitment/routes.js';
import { meetingRoutes } from '../meetings/routes.js';
import { feeBasisRoutes } from '../meetings/fee-basis-routes.js';
import { screeningRoutes } from '../screening/routes.js';

export function lifecycleModule(app: App, ctx: ModuleContext): void {
  disciplineRoutes(app, ctx);
  unitDisciplineRoutes(app, ctx);
  exemptionRoutes(app, ctx);
  transferRoutes(app, ctx);
  settingsRoutes(app, ctx);
  probationRoutes(app, ctx);
  recruitmentRoutes(app, ctx);
  meetingRoutes(app, ctx);
  feeBasisRoutes(app, ctx);
  screeningRoutes(app, ctx);
}

// Every module's routes, in one place: buildServer registers them in this order.
import type { App, ModuleContext } from '../shared/http.js';
import { auditRoutes } from './audit/routes.js';
import { orgRoutes } from './orgs/routes.js';
import { committeeRoutes } from './committees/routes.js';
import { memberRoutes } from './members/routes.js';
import { userRoutes } from './users/routes.js';
import { assessmentModule } from './assessments/module.js';
import { lifecycleModule } from './lifecycle/module.js';
import { dataExchangeModule } from './imports/module.js';
import { grassrootsWorkModule } from './assignments/module.js';
import { reorgRoutes } from './reorg/routes.js';

export type RegisterRoutes = (app: App, ctx: ModuleContext) => void;

export const moduleRoutes: RegisterRoutes[] = [
  auditRoutes, orgRoutes, committeeRoutes, memberRoutes, userRoutes,
  assessmentModule, lifecycleModule, dataExchangeModule, grassrootsWorkModule, reorgRoutes,
];

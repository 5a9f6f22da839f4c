// Registers the routes of issue 6: assignments, households, visits, campaigns, working groups, cadre rotation.
// Each capability keeps its own folder (routes.ts, service.ts, queries.ts, policy.ts); list their routes here.
import type { App, ModuleContext } from '../../shared/http.js';

export function grassrootsWorkModule(_app: App, _ctx: ModuleContext): void {}

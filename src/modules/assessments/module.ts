// Registers the routes of issue 3: targets and tasks, review cycles, rule sets, decisions, remediation.
// Each capability keeps its own folder (routes.ts, service.ts, queries.ts, policy.ts); list their routes here.
import type { App, ModuleContext } from '../../shared/http.js';

export function assessmentModule(_app: App, _ctx: ModuleContext): void {}

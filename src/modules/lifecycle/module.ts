// Registers the routes of issue 4: recruitment, probation, transfers, meetings and fees, exemption, discipline, screening.
// Each capability keeps its own folder (routes.ts, service.ts, queries.ts, policy.ts); list their routes here.
import type { App, ModuleContext } from '../../shared/http.js';

export function lifecycleModule(_app: App, _ctx: ModuleContext): void {}

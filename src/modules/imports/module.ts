// Registers the routes of issue 5: import, reconciliation, data quality, reports and exports.
// Each capability keeps its own folder (routes.ts, service.ts, queries.ts, policy.ts); list their routes here.
import type { App, ModuleContext } from '../../shared/http.js';

export function dataExchangeModule(_app: App, _ctx: ModuleContext): void {}

// Results of a cycle for the caller's view: JSON for the dashboard, and the .xlsx export.
import type { App, ModuleContext } from '../../../shared/http.js';
import { notFound } from '../../../shared/errors.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { cycleRef, loadCycle } from './cycles.js';
import { CYCLE_READ, RESULTS_READ } from './policy.js';
import { results } from './results.js';
import { resultsWorkbook } from './results-xlsx.js';
import { CycleParams, UnitQuery } from './schemas.js';
import { visiblePath } from './subjects.js';
import type { FastifyRequest } from 'fastify';

export function resultsRoutes(app: App, ctx: ModuleContext) {
  const tags = ['assessments'];
  const load = async (req: FastifyRequest, cycleId: number, unitId: number | undefined) => {
    const c = await loadCycle(ctx.db, cycleId);
    const actor = req.authorize(cycleRef(c), { entity: 'cycle' });
    let path: string | null;
    if (unitId !== undefined) {
      const unit = await loadUnit(ctx.db, unitId);
      req.authorize(unit, { policy: RESULTS_READ, entity: 'unit' });
      path = visiblePath(actor, c, unit.path);
    } else path = visiblePath(actor, c);
    if (!path) throw notFound('unit');
    return results(ctx.db, c, path);
  };

  app.get(
    '/api/assessment-cycles/:cycleId/results',
    { config: { policy: CYCLE_READ }, schema: { tags, params: CycleParams, querystring: UnitQuery } },
    async (req) => load(req, req.params.cycleId, req.query.unitId),
  );

  app.get(
    '/api/assessment-cycles/:cycleId/results.xlsx',
    { config: { policy: CYCLE_READ }, schema: { tags, params: CycleParams, querystring: UnitQuery } },
    async (req, reply) => {
      const r = await load(req, req.params.cycleId, req.query.unitId);
      const file = await resultsWorkbook(r, req.locale);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="ket-qua-xep-loai-${r.cycle.id}.xlsx"`)
        .send(file);
    },
  );
}

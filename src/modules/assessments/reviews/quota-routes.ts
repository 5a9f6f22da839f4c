// The live quota meter of a cycle: for each quota group met by the caller's view, used / allowed / must move.
import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../../shared/http.js';
import { checkQuota, type Level, type Rounding } from '../../../domain/assessment/index.js';
import { notFound } from '../../../shared/errors.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { cycleRef, loadCycle } from './cycles.js';
import { meterRow } from './order-quota.js';
import { quotaGroupLevels } from './queries.js';
import { CYCLE_READ, RESULTS_READ } from './policy.js';
import { CycleParams, UnitQuery } from './schemas.js';
import { visiblePath } from './subjects.js';
import type { Db } from '../../../db/connection.js';
import { bulkProposals } from './bulk-evaluate.js';
import { quotaOverridesIn } from './overrides.js';

/** The meter of each quota group that has a subject under `path`: used / allowed / must move. */
export async function quotaMeter(db: Db, cycleId: number, path: string, rounding: Rounding) {
  const rows = await quotaGroupLevels(db, cycleId, path);
  const groups = rows.map((r) => ({ groupId: r.quota_group, levels: r.levels.filter((l): l is Level => l !== null) }));
  return checkQuota(groups, rounding).map(meterRow);
}

/** The cycle and the part of it a request covers: the unit asked for (read by the caller) within the cycle, or all the caller sees. */
async function cycleScope(db: Db, req: FastifyRequest, cycleId: number, unitId: number | undefined) {
  const c = await loadCycle(db, cycleId);
  const actor = req.authorize(cycleRef(c), { entity: 'cycle' });
  let path: string | null;
  if (unitId !== undefined) {
    const unit = await loadUnit(db, unitId);
    req.authorize(unit, { policy: RESULTS_READ, entity: 'unit' });
    path = visiblePath(actor, c, unit.path);
  } else path = visiblePath(actor, c);
  if (!path) throw notFound('unit');
  return { c, path };
}

export function quotaRoutes(app: App, ctx: ModuleContext) {
  app.get(
    '/api/assessment-cycles/:cycleId/quota',
    { config: { policy: CYCLE_READ }, schema: { tags: ['assessments'], params: CycleParams, querystring: UnitQuery } },
    async (req) => {
      const { c, path } = await cycleScope(ctx.db, req, req.params.cycleId, req.query.unitId);
      const [groups, overrides] = await Promise.all([
        quotaMeter(ctx.db, c.id, path, c.quota_rounding as Rounding),
        quotaOverridesIn(ctx.db, c.id, path),
      ]);
      return { rounding: c.quota_rounding, groups, overrides };
    },
  );

  // What the rules would propose for every subject with its facts entered, and the groups that would then be over quota.
  app.get(
    '/api/assessment-cycles/:cycleId/proposals',
    { config: { policy: CYCLE_READ }, schema: { tags: ['assessments'], params: CycleParams, querystring: UnitQuery } },
    async (req) => {
      const { c, path } = await cycleScope(ctx.db, req, req.params.cycleId, req.query.unitId);
      return bulkProposals(ctx.db, c, path);
    },
  );
}

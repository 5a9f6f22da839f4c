// GET /api/units/:unitId/lineage: the units a unit was formed from and went into. A linked unit the caller may not
// read is named only as "a unit outside your scope" (no id, no name).
import { Type } from 'typebox';
import type { App, ModuleContext } from '../../../shared/http.js';
import { can } from '../../../shared/policy.js';
import { list, ok, Nullable } from '../../../shared/contract.js';
import { UNIT_READ } from './policy.js';
import { loadUnit } from './service.js';
import { lineage } from './lineage.js';
import { unitNames } from './queries.js';

const Link = Type.Object({
  unitId: Nullable(Type.Integer()),
  name: Nullable(Type.String()),
  change: Type.String(),
  effectiveOn: Type.String({ format: 'date' }),
  decisionNo: Nullable(Type.String()),
});
const Lineage = Type.Object({ from: list(Link, 50), into: list(Link, 50) });

export function lineageRoutes(app: App, ctx: ModuleContext) {
  app.get(
    '/api/units/:unitId/lineage',
    {
      config: { policy: UNIT_READ },
      schema: { tags: ['units'], params: Type.Object({ unitId: Type.Integer({ minimum: 1 }) }), response: ok(Lineage) },
    },
    async (req) => {
      const unit = await loadUnit(ctx.db, req.params.unitId);
      const actor = req.authorize({ path: unit.path }, { entity: 'unit' });
      const l = await lineage(ctx.db, unit.id);
      const names = new Map(
        (
          await unitNames(
            ctx.db,
            [...l.from, ...l.into].map((x) => x.unitId),
          )
        ).map((u) => [u.id, u]),
      );
      const shown = (x: (typeof l.from)[number]) => {
        const u = names.get(x.unitId);
        const readable = !!u && can(actor, UNIT_READ, { path: u.path });
        return {
          unitId: readable ? x.unitId : null,
          name: readable ? u!.name : null,
          change: x.change,
          effectiveOn: x.effectiveOn,
          decisionNo: x.decisionNo,
        };
      };
      return { from: l.from.map(shown), into: l.into.map(shown) };
    },
  );
}

// HTTP face of the organization tree: navigation, unit pages and history.
import { Type } from 'typebox';
import { list, ok } from '../../../shared/contract.js';
import type { App, ModuleContext } from '../../../shared/http.js';
import { AUTHENTICATED } from '../../../shared/policy.js';
import { readableRoots } from '../../../domain/access/scope.js';
import { UNIT_READ } from './policy.js';
import { unitAbilities } from './abilities.js';
import * as service from './service.js';
import { restructureRoutes } from './restructure/routes.js';
import { UnitParams } from './schemas.js';

// Every read of the tree takes the same optional `asOf` day: the tree, counts and unit as they stood then.
const AsOf = Type.Object({ asOf: Type.Optional(Type.String({ format: 'date' })) });

export function orgRoutes(app: App, ctx: ModuleContext) {
  app.get('/api/units/roots', { config: { policy: AUTHENTICATED }, schema: { tags: ['units'], querystring: AsOf } }, async (req) => {
    const actor = req.authorize(null);
    return service.roots(
      ctx.db,
      readableRoots(actor).map((g) => g.unitId),
      req.query.asOf,
    );
  });

  app.get(
    '/api/units/search',
    {
      config: { policy: AUTHENTICATED },
      schema: {
        tags: ['units'],
        querystring: Type.Object({
          q: Type.String({ minLength: 1, maxLength: 100 }),
          limit: Type.Integer({ minimum: 1, maximum: 50, default: 20 }),
        }),
        // Bounded by the query's limit (at most 50 hits).
        response: ok(
          list(Type.Object({ id: Type.Integer(), code: Type.String(), name: Type.String(), kind: Type.String(), path: Type.String() }), 50),
        ),
      },
    },
    async (req) => {
      const actor = req.authorize(null);
      return service.search(
        ctx.db,
        readableRoots(actor).map((g) => g.unitPath),
        req.query.q,
        req.query.limit,
      );
    },
  );

  app.get(
    '/api/units/:unitId',
    { config: { policy: UNIT_READ }, schema: { tags: ['units'], params: UnitParams, querystring: AsOf } },
    async (req) => {
      const unit = await service.loadUnit(ctx.db, req.params.unitId);
      const actor = req.authorize(unit, { entity: 'unit' });
      return { ...(await service.unitPage(ctx.db, unit, req.query.asOf)), abilities: unitAbilities(actor, unit) };
    },
  );

  app.get(
    '/api/units/:unitId/children',
    { config: { policy: UNIT_READ }, schema: { tags: ['units'], params: UnitParams, querystring: AsOf } },
    async (req) => {
      const unit = await service.loadUnit(ctx.db, req.params.unitId);
      req.authorize(unit, { entity: 'unit' });
      return service.children(ctx.db, unit, req.query.asOf);
    },
  );

  app.get('/api/units/:unitId/history', { config: { policy: UNIT_READ }, schema: { tags: ['units'], params: UnitParams } }, async (req) => {
    const unit = await service.loadUnit(ctx.db, req.params.unitId);
    req.authorize(unit, { entity: 'unit' });
    return service.history(ctx.db, unit.id);
  });

  restructureRoutes(app, ctx);
}

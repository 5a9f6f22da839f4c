// HTTP face of the cadre rotation register.
import type { App, ModuleContext } from '../../../shared/http.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { loadMemberRef } from '../assignments/scope.js';
import { listScope } from '../../foundation/orgs/list-scope.js';
import { CADRE_MANAGE, CADRE_READ } from './policy.js';
import { created, ok } from '../../../shared/contract.js';
import {
  CadreAnswer,
  CadreListAnswer,
  CadreListQuery,
  CadreParams,
  CreateCadreBody,
  CreateRotationBody,
  RotationAnswer,
  RotationListAnswer,
  RotationListQuery,
  RotationStatsAnswer,
  UnitOnlyQuery,
  WatchAnswer,
  WatchQuery,
  type CreateRotation,
} from './schemas.js';
import * as service from './service.js';
import { noteMemberRead } from '../../foundation/audit/read-log.js';

export function cadreRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['cadres'];

  app.get(
    '/api/cadres',
    { config: { policy: CADRE_READ }, schema: { tags, querystring: CadreListQuery, response: ok(CadreListAnswer) } },
    async (req) => {
      const unit = await listScope(ctx.db, req.actor, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      return service.list(ctx.db, unit.path, req.query);
    },
  );

  app.get(
    '/api/cadres/:cadreId',
    { config: { policy: CADRE_READ }, schema: { tags, params: CadreParams, response: ok(CadreAnswer) } },
    async (req) => {
      const c = await service.loadCadre(ctx.db, req.params.cadreId);
      req.authorize(c, { entity: 'cadre' });
      noteMemberRead(req, { memberId: c.member_id, unitPath: c.path }, 'cadre');
      return service.page(ctx.db, c);
    },
  );

  app.post(
    '/api/cadres',
    { config: { policy: CADRE_MANAGE }, schema: { tags, body: CreateCadreBody, response: created(CadreAnswer) } },
    async (req, reply) => {
      const member = await loadMemberRef(ctx.db, req.body.memberId);
      const actor = req.authorize(member, { entity: 'member', readableBy: CADRE_READ });
      const unit = await loadUnit(ctx.db, req.body.position.unitId);
      req.authorize(unit, { entity: 'unit', hideAs404: true });
      reply.status(201);
      return service.create(ctx.db, actor, req.body, member, unit);
    },
  );

  app.post(
    '/api/rotations',
    { config: { policy: CADRE_MANAGE }, schema: { tags, body: CreateRotationBody, response: created(RotationAnswer) } },
    async (req, reply) => {
      const decidedBy = await loadUnit(ctx.db, req.body.decidedByUnitId);
      const actor = req.authorize(decidedBy, { entity: 'unit', readableBy: CADRE_READ });
      const cadre = await service.loadCadre(ctx.db, req.body.cadreId);
      req.authorize(cadre, { entity: 'cadre', policy: CADRE_READ, hideAs404: true });
      const to = await loadUnit(ctx.db, req.body.toUnitId);
      req.authorize(to, { entity: 'unit', hideAs404: true });
      reply.status(201);
      return service.rotate(ctx.db, actor, req.body as CreateRotation, { cadre, decidedBy, to });
    },
  );

  app.get(
    '/api/rotations',
    { config: { policy: CADRE_READ }, schema: { tags, querystring: RotationListQuery, response: ok(RotationListAnswer) } },
    async (req) => {
      const unit = await listScope(ctx.db, req.actor, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      return service.rotations(ctx.db, unit.path, req.query);
    },
  );

  app.get(
    '/api/rotations/stats',
    { config: { policy: CADRE_READ }, schema: { tags, querystring: UnitOnlyQuery, response: ok(RotationStatsAnswer) } },
    async (req) => {
      const unit = await listScope(ctx.db, req.actor, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      return service.stats(ctx.db, unit.path);
    },
  );

  app.get(
    '/api/rotations/watch',
    { config: { policy: CADRE_READ }, schema: { tags, querystring: WatchQuery, response: ok(WatchAnswer) } },
    async (req) => {
      const unit = await listScope(ctx.db, req.actor, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      return service.watch(ctx.db, unit.path, req.query, today());
    },
  );
}

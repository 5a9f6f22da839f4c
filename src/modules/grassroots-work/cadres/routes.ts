// HTTP face of the cadre rotation register.
import type { App, ModuleContext } from '../../../shared/http.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { loadMemberRef } from '../assignments/scope.js';
import { listScope } from '../../foundation/orgs/list-scope.js';
import { CADRE_MANAGE, CADRE_READ } from './policy.js';
import { CadreListQuery, CadreParams, CreateCadreBody, CreateRotationBody, RotationListQuery, type CreateRotation } from './schemas.js';
import * as service from './service.js';
import { noteMemberRead } from '../../foundation/audit/read-log.js';

export function cadreRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['cadres'];

  app.get('/api/cadres', { config: { policy: CADRE_READ }, schema: { tags, querystring: CadreListQuery } }, async (req) => {
    const unit = await listScope(ctx.db, req.actor, req.query.unitId);
    req.authorize(unit, { entity: 'unit' });
    return service.list(ctx.db, unit.path, req.query.q);
  });

  app.get('/api/cadres/:cadreId', { config: { policy: CADRE_READ }, schema: { tags, params: CadreParams } }, async (req) => {
    const c = await service.loadCadre(ctx.db, req.params.cadreId);
    req.authorize(c, { entity: 'cadre' });
    noteMemberRead(req, { memberId: c.member_id, unitPath: c.path }, 'cadre');
    return service.page(ctx.db, c);
  });

  app.post('/api/cadres', { config: { policy: CADRE_MANAGE }, schema: { tags, body: CreateCadreBody } }, async (req, reply) => {
    const member = await loadMemberRef(ctx.db, req.body.memberId);
    const actor = req.authorize(member, { entity: 'member', readableBy: CADRE_READ });
    const unit = await loadUnit(ctx.db, req.body.position.unitId);
    req.authorize(unit, { entity: 'unit', hideAs404: true });
    reply.status(201);
    return service.create(ctx.db, actor, req.body, member, unit);
  });

  app.post('/api/rotations', { config: { policy: CADRE_MANAGE }, schema: { tags, body: CreateRotationBody } }, async (req, reply) => {
    const decidedBy = await loadUnit(ctx.db, req.body.decidedByUnitId);
    const actor = req.authorize(decidedBy, { entity: 'unit', readableBy: CADRE_READ });
    const cadre = await service.loadCadre(ctx.db, req.body.cadreId);
    req.authorize(cadre, { entity: 'cadre', policy: CADRE_READ, hideAs404: true });
    const to = await loadUnit(ctx.db, req.body.toUnitId);
    req.authorize(to, { entity: 'unit', hideAs404: true });
    reply.status(201);
    return service.rotate(ctx.db, actor, req.body as CreateRotation, { cadre, decidedBy, to });
  });

  app.get('/api/rotations', { config: { policy: CADRE_READ }, schema: { tags, querystring: RotationListQuery } }, async (req) => {
    const unit = await listScope(ctx.db, req.actor, req.query.unitId);
    req.authorize(unit, { entity: 'unit' });
    return service.rotations(ctx.db, unit.path, req.query.year);
  });

  app.get('/api/rotations/stats', { config: { policy: CADRE_READ }, schema: { tags, querystring: CadreListQuery } }, async (req) => {
    const unit = await listScope(ctx.db, req.actor, req.query.unitId);
    req.authorize(unit, { entity: 'unit' });
    return service.stats(ctx.db, unit.path);
  });

  app.get('/api/rotations/watch', { config: { policy: CADRE_READ }, schema: { tags, querystring: CadreListQuery } }, async (req) => {
    const unit = await listScope(ctx.db, req.actor, req.query.unitId);
    req.authorize(unit, { entity: 'unit' });
    return service.watch(ctx.db, unit.path, today());
  });
}

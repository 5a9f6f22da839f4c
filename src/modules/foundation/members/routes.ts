// HTTP face of the member registry.
import { listScope } from '../orgs/list-scope.js';
import type { App, ModuleContext } from '../../../shared/http.js';
import { PATH_READ } from '../../../shared/scope.js';
import { loadUnit } from '../orgs/service.js';
import { MEMBER_CHANGE_CELL, MEMBER_CREATE, MEMBER_LIST, MEMBER_READ, MEMBER_UPDATE } from './policy.js';
import { CreateMemberBody, ListQuery, MemberAnswer, MemberListItem, MemberParams, UpdateMemberBody } from './schemas.js';
import { created, ok, page, pageEcho } from '../../../shared/contract.js';
import * as service from './service.js';
import { noteMemberRead } from '../audit/read-log.js';
import { memberAbilities } from './abilities.js';

export function memberRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['members'];
  const ref = (m: { id: number; unit_path: string }) => ({ id: m.id, unitPath: m.unit_path });

  app.get(
    '/api/members',
    { config: { policy: MEMBER_LIST }, schema: { tags, querystring: ListQuery, response: ok(page(MemberListItem, 200, pageEcho)) } },
    async (req) => {
      // Without a unit, the list covers the actor's widest readable subtree.
      const unit = await listScope(ctx.db, req.actor, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      return service.list(ctx.db, unit.path, req.query, today());
    },
  );

  app.get('/api/members/:memberId', { config: { policy: MEMBER_READ }, schema: { tags, params: MemberParams } }, async (req) => {
    const m = await service.loadMember(ctx.db, req.params.memberId);
    const actor = req.authorize(ref(m), { entity: 'member' });
    noteMemberRead(req, { memberId: m.id, unitPath: m.unit_path }, 'profile');
    return { ...(await service.profile(ctx.db, m)), abilities: memberAbilities(actor, ref(m)) };
  });

  app.get('/api/members/:memberId/timeline', { config: { policy: MEMBER_READ }, schema: { tags, params: MemberParams } }, async (req) => {
    const m = await service.loadMember(ctx.db, req.params.memberId);
    req.authorize(ref(m), { entity: 'member' });
    noteMemberRead(req, { memberId: m.id, unitPath: m.unit_path }, 'timeline');
    return service.timeline(ctx.db, m.id);
  });

  app.post(
    '/api/members',
    { config: { policy: MEMBER_CREATE }, schema: { tags, body: CreateMemberBody, response: created(MemberAnswer) } },
    async (req, reply) => {
      const cell = await loadUnit(ctx.db, req.body.unitId);
      const actor = req.authorize(cell, { entity: 'unit', readableBy: PATH_READ });
      reply.status(201);
      return service.create(ctx.db, actor, req.body, today(), req.locale);
    },
  );

  app.patch(
    '/api/members/:memberId',
    { config: { policy: MEMBER_UPDATE }, schema: { tags, params: MemberParams, body: UpdateMemberBody, response: ok(MemberAnswer) } },
    async (req) => {
      const m = await service.loadMember(ctx.db, req.params.memberId);
      // Someone who may not even read the record learns nothing of it (404); a reader gets 403.
      let actor = req.authorize(ref(m), { entity: 'member', readableBy: MEMBER_READ });
      if (req.body.unitId !== undefined && req.body.unitId !== m.unit_id) {
        req.authorize({ path: m.unit_path }, { policy: MEMBER_CHANGE_CELL });
        // A target cell outside the caller's reading scope answers like a missing one.
        const cell = await loadUnit(ctx.db, req.body.unitId);
        actor = req.authorize(cell, { policy: MEMBER_CHANGE_CELL, entity: 'unit', readableBy: PATH_READ });
      }
      return service.update(ctx.db, actor, m.id, req.body, { today: today(), locale: req.locale });
    },
  );
}

// HTTP face of exemptions and suspensions (shared table member_exemption; assessments read it as facts).
import type { App, ModuleContext } from '../../../shared/http.js';
import { notFound } from '../../../shared/errors.js';
import { getMember } from '../../foundation/members/queries.js';
import { authorizeWrite, listUnit } from '../shared/http.js';
import { EXEMPTION_RECORD, LC_READ } from '../shared/policy.js';
import { ExemptionListQuery, ExemptionParams, RecordExemptionBody, RestoreBody } from './schemas.js';
import * as service from './service.js';
import * as q from './queries.js';

export function exemptionRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['exemptions'];

  app.get('/api/exemptions', { config: { policy: LC_READ }, schema: { tags, querystring: ExemptionListQuery } }, async (req) => {
    const dueOn = req.query.due ? today() : undefined;
    if (req.query.memberId) {
      const m = await getMember(ctx.db, req.query.memberId);
      if (!m) throw notFound('member');
      req.authorize({ path: m.unit_path, memberId: m.id }, { entity: 'member' });
      return (await q.listExemptions(ctx.db, { memberId: m.id, dueOn })).map(service.toDto);
    }
    const unit = await listUnit(req, ctx.db, req.query.unitId);
    return (await q.listExemptions(ctx.db, { subtreePath: unit.path, dueOn })).map(service.toDto);
  });

  app.get('/api/exemptions/:exemptionId', { config: { policy: LC_READ }, schema: { tags, params: ExemptionParams } }, async (req) => {
    const r = await service.load(ctx.db, req.params.exemptionId);
    req.authorize({ path: r.member_path, memberId: r.member_id }, { entity: 'exemption' });
    return service.toDto(r);
  });

  app.post('/api/exemptions', { config: { policy: EXEMPTION_RECORD }, schema: { tags, body: RecordExemptionBody } }, async (req, reply) => {
    const m = await getMember(ctx.db, req.body.memberId);
    if (!m) throw notFound('member');
    const actor = authorizeWrite(req, { path: m.unit_path, memberId: m.id, kind: req.body.kind }, 'member', EXEMPTION_RECORD);
    reply.status(201);
    return service.record(ctx.db, actor, req.body, today());
  });

  app.post(
    '/api/exemptions/:exemptionId/restore',
    { config: { policy: EXEMPTION_RECORD }, schema: { tags, params: ExemptionParams, body: RestoreBody } },
    async (req) => {
      const r = await service.load(ctx.db, req.params.exemptionId);
      const actor = authorizeWrite(req, { path: r.member_path, memberId: r.member_id, kind: r.kind }, 'exemption', EXEMPTION_RECORD);
      return service.restore(ctx.db, actor, r.id, req.body, today());
    },
  );
}

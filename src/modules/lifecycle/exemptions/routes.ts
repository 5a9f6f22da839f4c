// HTTP face of exemptions and suspensions (shared table member_exemption; assessments read it as facts).
import type { App, ModuleContext } from '../../../shared/http.js';
import { notFound } from '../../../shared/errors.js';
import { getMember } from '../../foundation/members/queries.js';
import { authorizeWrite, listUnit } from '../shared/http.js';
import { EXEMPTION_RECORD, LC_READ } from '../shared/policy.js';
import { Exemption, ExemptionListQuery, ExemptionParams, RecordExemptionBody, RestoreBody } from './schemas.js';
import { created, ok, page, pageEcho } from '../../../shared/contract.js';
import * as service from './service.js';
import * as q from './queries.js';

export function exemptionRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['exemptions'];

  app.get(
    '/api/exemptions',
    { config: { policy: LC_READ }, schema: { tags, querystring: ExemptionListQuery, response: ok(page(Exemption, 200, pageEcho)) } },
    async (req) => {
      const { page: p, pageSize } = req.query;
      const filter = { dueOn: req.query.due ? today() : undefined, limit: pageSize, offset: (p - 1) * pageSize };
      let r: Awaited<ReturnType<typeof q.listExemptions>>;
      if (req.query.memberId) {
        const m = await getMember(ctx.db, req.query.memberId);
        if (!m) throw notFound('member');
        req.authorize({ path: m.unit_path, memberId: m.id }, { entity: 'member' });
        r = await q.listExemptions(ctx.db, { memberId: m.id, ...filter });
      } else {
        const unit = await listUnit(req, ctx.db, req.query.unitId);
        r = await q.listExemptions(ctx.db, { subtreePath: unit.path, ...filter });
      }
      return { items: r.rows.map(service.toDto), total: r.total, page: p, pageSize };
    },
  );

  app.get(
    '/api/exemptions/:exemptionId',
    { config: { policy: LC_READ }, schema: { tags, params: ExemptionParams, response: ok(Exemption) } },
    async (req) => {
      const r = await service.load(ctx.db, req.params.exemptionId);
      req.authorize({ path: r.member_path, memberId: r.member_id }, { entity: 'exemption' });
      return service.toDto(r);
    },
  );

  app.post(
    '/api/exemptions',
    { config: { policy: EXEMPTION_RECORD }, schema: { tags, body: RecordExemptionBody, response: created(Exemption) } },
    async (req, reply) => {
      const m = await getMember(ctx.db, req.body.memberId);
      if (!m) throw notFound('member');
      const actor = authorizeWrite(req, { path: m.unit_path, memberId: m.id, kind: req.body.kind }, 'member', EXEMPTION_RECORD);
      reply.status(201);
      return service.record(ctx.db, actor, req.body, today());
    },
  );

  app.post(
    '/api/exemptions/:exemptionId/restore',
    { config: { policy: EXEMPTION_RECORD }, schema: { tags, params: ExemptionParams, body: RestoreBody, response: ok(Exemption) } },
    async (req) => {
      const r = await service.load(ctx.db, req.params.exemptionId);
      const actor = authorizeWrite(req, { path: r.member_path, memberId: r.member_id, kind: r.kind }, 'exemption', EXEMPTION_RECORD);
      return service.restore(ctx.db, actor, r.id, req.body, today());
    },
  );
}

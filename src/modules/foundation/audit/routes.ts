import { Type } from 'typebox';
import { ok, page, pageEcho, Timestamp, Nullable } from '../../../shared/contract.js';
import { listScope } from '../orgs/list-scope.js';
import type { App, ModuleContext } from '../../../shared/http.js';
import { AUDIT_LIST, AUDIT_VERIFY } from './policy.js';
import { listAudit, verifyAudit } from './service.js';
import { readLogRoutes } from './read-log-routes.js';

const ListQuery = Type.Object(
  {
    unitId: Type.Optional(Type.Integer({ minimum: 1 })),
    entityType: Type.Optional(Type.String({ maxLength: 50 })),
    entityId: Type.Optional(Type.String({ maxLength: 50 })),
    action: Type.Optional(Type.String({ maxLength: 50 })),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);

const AuditEntry = Type.Object({
  id: Type.Integer(),
  chainId: Nullable(Type.Integer()),
  at: Timestamp,
  actorName: Type.String(),
  action: Type.String(),
  entityType: Type.String(),
  entityId: Type.String(),
  before: Type.Unknown(),
  after: Type.Unknown(),
});
const AuditVerify = Type.Object({
  ok: Type.Boolean(),
  count: Type.Integer(),
  problems: Type.Array(Type.Unknown(), { maxItems: 100 }),
  headHash: Nullable(Type.String()),
});

export function auditRoutes(app: App, ctx: ModuleContext) {
  app.get(
    '/api/audit',
    { config: { policy: AUDIT_LIST }, schema: { tags: ['audit'], querystring: ListQuery, response: ok(page(AuditEntry, 200, pageEcho)) } },
    async (req) => {
      const q = req.query;
      const unit = await listScope(ctx.db, req.actor, q.unitId);
      req.authorize(unit, { entity: 'unit' });
      const { rows, total } = await listAudit(ctx.db, {
        scopePaths: [unit.path],
        entityType: q.entityType,
        entityId: q.entityId,
        action: q.action,
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      return {
        total,
        page: q.page,
        pageSize: q.pageSize,
        items: rows.map((r) => ({
          id: r.seq,
          chainId: r.id,
          at: r.at,
          actorName: r.actor_name,
          action: r.action,
          entityType: r.entity_type,
          entityId: r.entity_id,
          before: r.before,
          after: r.after,
        })),
      };
    },
  );

  app.get(
    '/api/audit/verify',
    { config: { policy: AUDIT_VERIFY }, schema: { tags: ['audit'], response: ok(AuditVerify) } },
    async (req) => {
      req.authorize(null, { hideAs404: false });
      const r = await verifyAudit(ctx.db);
      return { ok: r.problems.length === 0, count: r.count, problems: r.problems.slice(0, 100), headHash: r.headHash };
    },
  );

  readLogRoutes(app, ctx);
}

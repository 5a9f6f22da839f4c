// GET /api/audit/reads: who read which member's record, when, and through which route.
import { Type } from 'typebox';
import type { App, ModuleContext } from '../../../shared/http.js';
import { AppError, notFound } from '../../../shared/errors.js';
import { loadUnit } from '../orgs/service.js';
import { READ_LOG_LIST } from './policy.js';
import { listReads } from './queries.js';
import { registerReadLog } from './read-log.js';

const day = Type.String({ format: 'date' });
const ReadsQuery = Type.Object(
  {
    unitId: Type.Optional(Type.Integer({ minimum: 1 })),
    memberId: Type.Optional(Type.Integer({ minimum: 1 })),
    userId: Type.Optional(Type.Integer({ minimum: 1 })),
    from: Type.Optional(day),
    to: Type.Optional(day),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);

export function readLogRoutes(app: App, ctx: ModuleContext) {
  registerReadLog(app, ctx.db);

  app.get('/api/audit/reads', { config: { policy: READ_LOG_LIST }, schema: { tags: ['audit'], querystring: ReadsQuery } }, async (req) => {
    const q = req.query;
    // Without a unit, the caller's widest province-admin subtree; a member outside it just has no rows.
    const root = req.actor?.grants
      .filter((g) => g.role === 'province_admin')
      .sort((a, b) => a.unitPath.split('.').length - b.unitPath.split('.').length)[0];
    const unitId = q.unitId ?? root?.unitId;
    if (!unitId) throw notFound('unit');
    const unit = await loadUnit(ctx.db, unitId);
    req.authorize(unit, { entity: 'unit' });
    if (q.from && q.to && q.from > q.to) throw new AppError('read_log_range', 400);
    const { rows, total } = await listReads(ctx.db, {
      scopePath: unit.path,
      memberId: q.memberId,
      userId: q.userId,
      from: q.from,
      to: q.to,
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    return {
      total,
      page: q.page,
      pageSize: q.pageSize,
      items: rows.map((r) => ({
        id: r.id,
        at: r.at,
        userId: r.user_id,
        userName: r.user_name,
        username: r.username,
        memberId: r.member_id,
        memberName: r.member_name,
        route: r.route,
        purpose: r.purpose,
      })),
    };
  });
}

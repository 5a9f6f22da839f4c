// HTTP face of remediation plans.
import { listScope } from '../../foundation/orgs/list-scope.js';
import type { App, ModuleContext } from '../../../shared/http.js';
import { can } from '../../../shared/policy.js';
import { PLAN_LIST, PLAN_READ, PLAN_REPORT, PLAN_WRITE } from './policy.js';
import {
  CreatePlanBody,
  ItemParams,
  ItemStatusBody,
  PlanAnswer,
  PlanDetailAnswer,
  PlanListQuery,
  PlanParams,
  ReportBody,
  VersionBody,
} from './schemas.js';
import { ok, created } from '../../../shared/contract.js';
import * as service from './service.js';

export function remediationRoutes(app: App, ctx: ModuleContext) {
  const tags = ['remediation'];
  const today = () => ctx.config.today!();
  const hide = (actor: Parameters<typeof can>[0] | null, ref: ReturnType<typeof service.planRef>) => !can(actor!, PLAN_READ, ref);

  app.post(
    '/api/remediation-plans',
    { config: { policy: PLAN_WRITE }, schema: { tags, body: CreatePlanBody, response: created(PlanAnswer) } },
    async (req, reply) => {
      const s = await service.subjectForPlan(ctx.db, req.body.subjectId);
      const ref = service.planRef(s);
      const actor = req.authorize(ref, { entity: 'assessment_subject', hideAs404: hide(req.actor, ref) });
      reply.status(201);
      return service.create(ctx.db, actor, req.body, today());
    },
  );

  app.get('/api/remediation-plans', { config: { policy: PLAN_LIST }, schema: { tags, querystring: PlanListQuery } }, async (req) => {
    const unit = await listScope(ctx.db, req.actor, req.query.unitId);
    req.authorize(unit, { entity: 'unit' });
    return service.list(ctx.db, unit.path, today(), req.query.overdue ?? false);
  });

  app.get(
    '/api/remediation-plans/:planId',
    { config: { policy: PLAN_READ }, schema: { tags, params: PlanParams, response: ok(PlanDetailAnswer) } },
    async (req) => {
      const p = await service.loadPlan(ctx.db, req.params.planId);
      req.authorize(service.planRef(p), { entity: 'remediation_plan' });
      return service.detail(ctx.db, p, today());
    },
  );

  app.post(
    '/api/remediation-plans/:planId/items/:itemId',
    { config: { policy: PLAN_WRITE }, schema: { tags, params: ItemParams, body: ItemStatusBody, response: ok(PlanDetailAnswer) } },
    async (req) => {
      const p = await service.loadPlan(ctx.db, req.params.planId);
      const ref = service.planRef(p);
      const actor = req.authorize(ref, { entity: 'remediation_plan', hideAs404: hide(req.actor, ref) });
      await service.setItemStatus(ctx.db, actor, p, req.params.itemId, req.body);
      return service.detail(ctx.db, await service.loadPlan(ctx.db, p.id), today());
    },
  );

  app.post(
    '/api/remediation-plans/:planId/reports',
    { config: { policy: PLAN_REPORT }, schema: { tags, params: PlanParams, body: ReportBody, response: created(PlanDetailAnswer) } },
    async (req, reply) => {
      const p = await service.loadPlan(ctx.db, req.params.planId);
      const ref = service.planRef(p);
      const actor = req.authorize(ref, { entity: 'remediation_plan', hideAs404: hide(req.actor, ref) });
      await service.addReport(ctx.db, actor, p, req.body, today());
      reply.status(201);
      return service.detail(ctx.db, p, today());
    },
  );

  app.post(
    '/api/remediation-plans/:planId/close',
    { config: { policy: PLAN_WRITE }, schema: { tags, params: PlanParams, body: VersionBody, response: ok(PlanDetailAnswer) } },
    async (req) => {
      const p = await service.loadPlan(ctx.db, req.params.planId);
      const ref = service.planRef(p);
      const actor = req.authorize(ref, { entity: 'remediation_plan', hideAs404: hide(req.actor, ref) });
      await service.close(ctx.db, actor, p, req.body.version);
      return service.detail(ctx.db, await service.loadPlan(ctx.db, p.id), today());
    },
  );
}

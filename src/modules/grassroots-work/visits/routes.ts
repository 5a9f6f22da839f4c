// HTTP face of visit and contact logs and the open-problem list.
import type { App, ModuleContext } from '../../../shared/http.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { loadMemberRef } from '../assignments/scope.js';
import { listScope } from '../../foundation/orgs/list-scope.js';
import { VISIT_READ, VISIT_WRITE } from './policy.js';
import { created, ok } from '../../../shared/contract.js';
import {
  CreateVisitBody,
  ProblemAnswer,
  ProblemListAnswer,
  ProblemListQuery,
  ProblemParams,
  UpdateProblemBody,
  VisitAnswer,
  VisitHouseholdQuery,
  VisitHouseholdsAnswer,
  VisitListAnswer,
  VisitListQuery,
  VisitParams,
} from './schemas.js';
import * as service from './service.js';

export function visitRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['visits'];

  app.get(
    '/api/visits',
    { config: { policy: VISIT_READ }, schema: { tags, querystring: VisitListQuery, response: ok(VisitListAnswer) } },
    async (req) => {
      const unit = await listScope(ctx.db, req.actor, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      return service.listVisits(ctx.db, unit.path, req.query.page, req.query.pageSize);
    },
  );

  // For the visit form: the households a visit to this unit may name (the same rule the logging checks).
  app.get(
    '/api/visits/households',
    { config: { policy: VISIT_WRITE }, schema: { tags, querystring: VisitHouseholdQuery, response: ok(VisitHouseholdsAnswer) } },
    async (req) => {
      const unit = await loadUnit(ctx.db, req.query.unitId);
      req.authorize(unit, { entity: 'unit', readableBy: VISIT_READ });
      return service.householdsForVisit(ctx.db, unit, req.query.q, req.query.limit);
    },
  );

  app.get(
    '/api/visits/:visitId',
    { config: { policy: VISIT_READ }, schema: { tags, params: VisitParams, response: ok(VisitAnswer) } },
    async (req) => {
      const v = await service.loadVisit(ctx.db, req.params.visitId);
      req.authorize(v, { entity: 'visit' });
      return service.visitPage(ctx.db, v);
    },
  );

  app.post(
    '/api/visits',
    { config: { policy: VISIT_WRITE }, schema: { tags, body: CreateVisitBody, response: created(VisitAnswer) } },
    async (req, reply) => {
      const unit = await loadUnit(ctx.db, req.body.unitId);
      const actor = req.authorize(unit, { entity: 'unit', readableBy: VISIT_READ });
      const visitor = await loadMemberRef(ctx.db, req.body.visitorMemberId);
      req.authorize(visitor, { entity: 'member', policy: VISIT_READ, hideAs404: true });
      reply.status(201);
      return service.createVisit(ctx.db, actor, req.body, { unit, visitor, today: today() });
    },
  );

  app.get(
    '/api/problems',
    { config: { policy: VISIT_READ }, schema: { tags, querystring: ProblemListQuery, response: ok(ProblemListAnswer) } },
    async (req) => {
      const unit = await listScope(ctx.db, req.actor, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      return service.listProblems(ctx.db, unit.path, req.query, today());
    },
  );

  app.patch(
    '/api/problems/:problemId',
    { config: { policy: VISIT_WRITE }, schema: { tags, params: ProblemParams, body: UpdateProblemBody, response: ok(ProblemAnswer) } },
    async (req) => {
      const p = await service.loadProblem(ctx.db, req.params.problemId);
      const actor = req.authorize(p, { entity: 'problem', readableBy: VISIT_READ });
      return service.updateProblem(ctx.db, actor, p.id, req.body, today());
    },
  );
}

// HTTP face of targets and tasks.
import type { FastifyRequest } from 'fastify';
import { listScope } from '../../foundation/orgs/list-scope.js';
import type { App, ModuleContext } from '../../../shared/http.js';
import { AppError, notFound } from '../../../shared/errors.js';
import { AUTHENTICATED, can } from '../../../shared/policy.js';
import { PATH_READ, requireOneInScope } from '../../../shared/scope.js';
import * as evaluation from './evaluation.js';
import { TASK_ASSIGN, TASK_EVALUATE, TASK_LIST, TASK_READ, TASK_REPORT, TASK_WITHDRAW } from './policy.js';
import { CreateTaskBody, EvaluateBody, ExcludeBody, ProgressBody, TaskAnswer, TaskListQuery, TaskParams } from './schemas.js';
import { ok, created } from '../../../shared/contract.js';
import * as service from './service.js';

export function taskRoutes(app: App, ctx: ModuleContext) {
  const tags = ['tasks'];

  app.post(
    '/api/tasks',
    { config: { policy: TASK_ASSIGN }, schema: { tags, body: CreateTaskBody, response: created(TaskAnswer) } },
    async (req, reply) => {
      // Units outside the caller's reading scope answer like missing ones (404), never 403.
      const { holder, assigner } = await service.resolveAssigner(ctx.db, req.body);
      requireOneInScope(req.actor!, holder, 'unit');
      const actor = req.authorize(assigner, { entity: 'unit', readableBy: PATH_READ });
      reply.status(201);
      return service.create(ctx.db, actor, req.body, req.locale);
    },
  );

  app.get('/api/tasks/mine', { config: { policy: AUTHENTICATED }, schema: { tags } }, async (req) => {
    const actor = req.authorize(null);
    return service.mine(ctx.db, actor.memberId);
  });

  app.get('/api/tasks', { config: { policy: TASK_LIST }, schema: { tags, querystring: TaskListQuery } }, async (req) => {
    const unit = await listScope(ctx.db, req.actor, req.query.unitId);
    req.authorize(unit, { entity: 'unit' });
    return service.inSubtree(ctx.db, unit.path, req.query.open ?? false);
  });

  app.get('/api/tasks/:taskId', { config: { policy: TASK_READ }, schema: { tags, params: TaskParams } }, async (req) => {
    const t = await service.loadTask(ctx.db, req.params.taskId);
    const ref = service.taskRef(t);
    const actor = req.authorize(ref, { entity: 'task' });
    return service.detail(ctx.db, t, {
      report: can(actor, TASK_REPORT, ref),
      evaluate: can(actor, TASK_EVALUATE, ref),
      withdraw: can(actor, TASK_WITHDRAW, ref),
    });
  });

  /** The assigning body's actions: a task the caller cannot read is missing (404); one they read but did not give, 403 with why. */
  async function asAssigner(req: FastifyRequest<{ Params: { taskId: number } }>, policy: string) {
    const t = await service.loadTask(ctx.db, req.params.taskId);
    const ref = service.taskRef(t);
    const readable = can(req.actor!, TASK_READ, ref);
    if (readable && !can(req.actor!, policy, ref)) throw new AppError('task_not_assigner', 403, { assigner: t.assigner_name });
    return req.authorize(ref, { entity: 'task', hideAs404: !readable });
  }

  app.post(
    '/api/tasks/:taskId/evaluation',
    { config: { policy: TASK_EVALUATE }, schema: { tags, params: TaskParams, body: EvaluateBody, response: ok(TaskAnswer) } },
    async (req) => {
      const actor = await asAssigner(req, TASK_EVALUATE);
      return evaluation.evaluate(ctx.db, actor, req.params.taskId, req.body, req.locale);
    },
  );

  app.post(
    '/api/tasks/:taskId/withdraw',
    { config: { policy: TASK_WITHDRAW }, schema: { tags, params: TaskParams, body: ExcludeBody, response: ok(TaskAnswer) } },
    async (req) => {
      const actor = await asAssigner(req, TASK_WITHDRAW);
      return evaluation.exclude(ctx.db, actor, req.params.taskId, { ...req.body, kind: 'withdrawn' }, req.locale);
    },
  );

  app.post(
    '/api/tasks/:taskId/force-majeure',
    { config: { policy: TASK_WITHDRAW }, schema: { tags, params: TaskParams, body: ExcludeBody, response: ok(TaskAnswer) } },
    async (req) => {
      const actor = await asAssigner(req, TASK_WITHDRAW);
      return evaluation.exclude(ctx.db, actor, req.params.taskId, { ...req.body, kind: 'force_majeure' }, req.locale);
    },
  );

  app.post(
    '/api/tasks/:taskId/progress',
    { config: { policy: TASK_REPORT }, schema: { tags, params: TaskParams, body: ProgressBody, response: ok(TaskAnswer) } },
    async (req) => {
      const t = await service.loadTask(ctx.db, req.params.taskId);
      const ref = service.taskRef(t);
      const actor = req.authorize(ref, { entity: 'task', readableBy: TASK_READ });
      return service.report(ctx.db, actor, t.id, req.body, ctx.config.today!());
    },
  );
}

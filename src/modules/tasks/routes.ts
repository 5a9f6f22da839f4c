// HTTP face of targets and tasks.
import { listScope } from '../orgs/list-scope.js';
import type { App, ModuleContext } from '../../shared/http.js';
import { AUTHENTICATED } from '../../shared/policy.js';
import { PATH_READ, requireOneInScope } from '../../shared/scope.js';
import { TASK_ASSIGN, TASK_LIST, TASK_READ, TASK_REPORT } from './policy.js';
import { CreateTaskBody, ProgressBody, TaskListQuery, TaskParams } from './schemas.js';
import * as service from './service.js';

export function taskRoutes(app: App, ctx: ModuleContext) {
  const tags = ['tasks'];

  app.post('/api/tasks', { config: { policy: TASK_ASSIGN }, schema: { tags, body: CreateTaskBody } }, async (req, reply) => {
    // Units outside the caller's reading scope answer like missing ones (404), never 403.
    const { holder, assigner } = await service.resolveAssigner(ctx.db, req.body);
    requireOneInScope(req.actor!, holder, 'unit');
    const actor = req.authorize(assigner, { entity: 'unit', readableBy: PATH_READ });
    reply.status(201);
    return service.create(ctx.db, actor, req.body, req.locale);
  });

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
    req.authorize(service.taskRef(t), { entity: 'task' });
    return service.detail(ctx.db, t);
  });

  app.post('/api/tasks/:taskId/progress', { config: { policy: TASK_REPORT }, schema: { tags, params: TaskParams, body: ProgressBody } }, async (req) => {
    const t = await service.loadTask(ctx.db, req.params.taskId);
    const ref = service.taskRef(t);
    const actor = req.authorize(ref, { entity: 'task', readableBy: TASK_READ });
    return service.report(ctx.db, actor, t.id, req.body, ctx.config.today!());
  });
}

// HTTP face of working groups.
import type { App, ModuleContext } from '../../../shared/http.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { listScope } from '../../foundation/orgs/list-scope.js';
import { WORKING_GROUP_MANAGE, WORKING_GROUP_READ, WORKING_GROUP_RECORD } from './policy.js';
import { created, ok } from '../../../shared/contract.js';
import {
  ActivityBody,
  CreateWorkingGroupBody,
  UpdateWorkingGroupBody,
  WorkingGroupAnswer,
  WorkingGroupListAnswer,
  WorkingGroupListQuery,
  WorkingGroupParams,
} from './schemas.js';
import * as service from './service.js';

export function workingGroupRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['working-groups'];

  app.get(
    '/api/working-groups',
    { config: { policy: WORKING_GROUP_READ }, schema: { tags, querystring: WorkingGroupListQuery, response: ok(WorkingGroupListAnswer) } },
    async (req) => {
      const unit = await listScope(ctx.db, req.actor, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      return service.list(ctx.db, unit.path, req.query, today());
    },
  );

  app.get(
    '/api/working-groups/:workingGroupId',
    { config: { policy: WORKING_GROUP_READ }, schema: { tags, params: WorkingGroupParams, response: ok(WorkingGroupAnswer) } },
    async (req) => {
      const w = await service.loadWorkingGroup(ctx.db, req.params.workingGroupId);
      req.authorize(w, { entity: 'working_group' });
      return service.page(ctx.db, w);
    },
  );

  app.post(
    '/api/working-groups',
    { config: { policy: WORKING_GROUP_MANAGE }, schema: { tags, body: CreateWorkingGroupBody, response: created(WorkingGroupAnswer) } },
    async (req, reply) => {
      const unit = await loadUnit(ctx.db, req.body.unitId);
      const actor = req.authorize(unit, { entity: 'unit', readableBy: WORKING_GROUP_READ });
      reply.status(201);
      return service.create(ctx.db, actor, req.body, unit);
    },
  );

  app.patch(
    '/api/working-groups/:workingGroupId',
    {
      config: { policy: WORKING_GROUP_MANAGE },
      schema: { tags, params: WorkingGroupParams, body: UpdateWorkingGroupBody, response: ok(WorkingGroupAnswer) },
    },
    async (req) => {
      const w = await service.loadWorkingGroup(ctx.db, req.params.workingGroupId);
      const actor = req.authorize(w, { entity: 'working_group', readableBy: WORKING_GROUP_READ });
      return service.update(ctx.db, actor, w, req.body);
    },
  );

  app.post(
    '/api/working-groups/:workingGroupId/activities',
    {
      config: { policy: WORKING_GROUP_RECORD },
      schema: { tags, params: WorkingGroupParams, body: ActivityBody, response: created(WorkingGroupAnswer) },
    },
    async (req, reply) => {
      const w = await service.loadWorkingGroup(ctx.db, req.params.workingGroupId);
      const actor = req.authorize(w, { entity: 'working_group', readableBy: WORKING_GROUP_READ });
      reply.status(201);
      return service.addActivity(ctx.db, actor, w, req.body, today());
    },
  );
}

// HTTP face of the residential group and household register.
import type { App, ModuleContext } from '../../../shared/http.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { listScope } from '../../foundation/orgs/list-scope.js';
import { HOUSEHOLD_EDIT, HOUSEHOLD_READ } from './policy.js';
import { created, ok } from '../../../shared/contract.js';
import {
  CreateGroupBody,
  CreateHouseholdBody,
  GroupAnswer,
  GroupListAnswer,
  GroupListQuery,
  GroupParams,
  HouseholdAnswer,
  HouseholdHistoryAnswer,
  HouseholdListAnswer,
  HouseholdListQuery,
  HouseholdPageAnswer,
  HouseholdParams,
  UpdateGroupBody,
  UpdateHouseholdBody,
} from './schemas.js';
import * as service from './service.js';
import { householdHistory } from './history.js';

export function householdRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['households'];

  app.get(
    '/api/residential-groups',
    { config: { policy: HOUSEHOLD_READ }, schema: { tags, querystring: GroupListQuery, response: ok(GroupListAnswer) } },
    async (req) => {
      const unit = await listScope(ctx.db, req.actor, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      return service.listGroups(ctx.db, unit.path);
    },
  );

  app.post(
    '/api/residential-groups',
    { config: { policy: HOUSEHOLD_EDIT }, schema: { tags, body: CreateGroupBody, response: created(GroupAnswer) } },
    async (req, reply) => {
      const unit = await loadUnit(ctx.db, req.body.unitId);
      const actor = req.authorize(unit, { entity: 'unit', readableBy: HOUSEHOLD_READ });
      await service.loadArea(ctx.db, unit.id);
      reply.status(201);
      return service.createGroup(ctx.db, actor, req.body, unit.path);
    },
  );

  app.patch(
    '/api/residential-groups/:groupId',
    { config: { policy: HOUSEHOLD_EDIT }, schema: { tags, params: GroupParams, body: UpdateGroupBody, response: ok(GroupAnswer) } },
    async (req) => {
      const g = await service.loadGroup(ctx.db, req.params.groupId);
      const actor = req.authorize(g, { entity: 'residential_group', readableBy: HOUSEHOLD_READ });
      return service.updateGroup(ctx.db, actor, g.id, req.body);
    },
  );

  app.get(
    '/api/households',
    { config: { policy: HOUSEHOLD_READ }, schema: { tags, querystring: HouseholdListQuery, response: ok(HouseholdListAnswer) } },
    async (req) => {
      if (req.query.groupId) {
        const g = await service.loadGroup(ctx.db, req.query.groupId);
        req.authorize(g, { entity: 'residential_group' });
        return service.listHouseholds(ctx.db, g.path, req.query, today());
      }
      const unit = await listScope(ctx.db, req.actor, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      return service.listHouseholds(ctx.db, unit.path, req.query, today());
    },
  );

  app.get(
    '/api/households/:householdId',
    { config: { policy: HOUSEHOLD_READ }, schema: { tags, params: HouseholdParams, response: ok(HouseholdPageAnswer) } },
    async (req) => {
      const h = await service.loadHousehold(ctx.db, req.params.householdId);
      req.authorize(h, { entity: 'household' });
      return service.householdPage(ctx.db, h);
    },
  );

  app.get(
    '/api/households/:householdId/history',
    { config: { policy: HOUSEHOLD_READ }, schema: { tags, params: HouseholdParams, response: ok(HouseholdHistoryAnswer) } },
    async (req) => {
      const h = await service.loadHousehold(ctx.db, req.params.householdId);
      const actor = req.authorize(h, { entity: 'household' });
      return householdHistory(ctx.db, actor, h);
    },
  );

  app.post(
    '/api/households',
    { config: { policy: HOUSEHOLD_EDIT }, schema: { tags, body: CreateHouseholdBody, response: created(HouseholdAnswer) } },
    async (req, reply) => {
      const g = await service.loadGroup(ctx.db, req.body.residentialGroupId);
      const actor = req.authorize(g, { entity: 'residential_group', readableBy: HOUSEHOLD_READ });
      reply.status(201);
      return service.createHousehold(ctx.db, actor, req.body, g.path);
    },
  );

  app.patch(
    '/api/households/:householdId',
    {
      config: { policy: HOUSEHOLD_EDIT },
      schema: { tags, params: HouseholdParams, body: UpdateHouseholdBody, response: ok(HouseholdAnswer) },
    },
    async (req) => {
      const h = await service.loadHousehold(ctx.db, req.params.householdId);
      const actor = req.authorize(h, { entity: 'household', readableBy: HOUSEHOLD_READ });
      return service.updateHousehold(ctx.db, actor, h.id, req.body);
    },
  );
}

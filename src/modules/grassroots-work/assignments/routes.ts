// HTTP face of assignments ("phụ trách").
import type { App, ModuleContext } from '../../../shared/http.js';
import { loadHousehold } from '../households/service.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { ASSIGNMENT_READ, HOUSEHOLD_ASSIGNMENT_EDIT, UNIT_ASSIGNMENT_EDIT } from './policy.js';
import { created, ok } from '../../../shared/contract.js';
import {
  AssignmentParams,
  CreatedHouseholdAssignment,
  CreateHouseholdAssignmentBody,
  CreateUnitAssignmentBody,
  EndAssignmentBody,
  HouseholdAssignmentAnswer,
  HouseholdAssignmentListQuery,
  MemberHouseholdsAnswer,
  UnitAssignmentAnswer,
  UnitAssignmentListAnswer,
  UnitAssignmentListQuery,
} from './schemas.js';
import { loadMemberRef } from './scope.js';
import { listScope } from '../../foundation/orgs/list-scope.js';
import * as service from './service.js';
import * as q from './queries.js';
import { notFound } from '../../../shared/errors.js';

export function assignmentRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['assignments'];

  app.get(
    '/api/unit-assignments',
    { config: { policy: ASSIGNMENT_READ }, schema: { tags, querystring: UnitAssignmentListQuery, response: ok(UnitAssignmentListAnswer) } },
    async (req) => {
      const unit = await listScope(ctx.db, req.actor, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      return service.listUnitAssignments(ctx.db, unit.path, req.query, today());
    },
  );

  app.post(
    '/api/unit-assignments',
    { config: { policy: UNIT_ASSIGNMENT_EDIT }, schema: { tags, body: CreateUnitAssignmentBody, response: created(UnitAssignmentAnswer) } },
    async (req, reply) => {
      const unit = await loadUnit(ctx.db, req.body.unitId);
      const actor = req.authorize(unit, { entity: 'unit', readableBy: ASSIGNMENT_READ });
      const member = await loadMemberRef(ctx.db, req.body.memberId);
      req.authorize(member, { entity: 'member', policy: ASSIGNMENT_READ, hideAs404: true });
      reply.status(201);
      return service.createUnitAssignment(ctx.db, actor, req.body, { unit, member, today: today() });
    },
  );

  app.post(
    '/api/unit-assignments/:assignmentId/end',
    {
      config: { policy: UNIT_ASSIGNMENT_EDIT },
      schema: { tags, params: AssignmentParams, body: EndAssignmentBody, response: ok(UnitAssignmentAnswer) },
    },
    async (req) => {
      const a = await q.getUnitAssignment(ctx.db, req.params.assignmentId);
      if (!a) throw notFound('unit_assignment');
      const actor = req.authorize(a, { entity: 'unit_assignment', readableBy: ASSIGNMENT_READ });
      return service.endUnitAssignment(ctx.db, actor, a.id, req.body);
    },
  );

  app.get(
    '/api/household-assignments',
    {
      config: { policy: ASSIGNMENT_READ },
      schema: { tags, querystring: HouseholdAssignmentListQuery, response: ok(MemberHouseholdsAnswer) },
    },
    async (req) => {
      const member = await loadMemberRef(ctx.db, req.query.memberId);
      req.authorize(member, { entity: 'member' });
      return service.householdsOfMember(ctx.db, member, today());
    },
  );

  app.post(
    '/api/household-assignments',
    {
      config: { policy: HOUSEHOLD_ASSIGNMENT_EDIT },
      schema: { tags, body: CreateHouseholdAssignmentBody, response: created(CreatedHouseholdAssignment) },
    },
    async (req, reply) => {
      const household = await loadHousehold(ctx.db, req.body.householdId);
      const actor = req.authorize(household, { entity: 'household', readableBy: ASSIGNMENT_READ });
      const member = await loadMemberRef(ctx.db, req.body.memberId);
      req.authorize(member, { entity: 'member', policy: ASSIGNMENT_READ, hideAs404: true });
      reply.status(201);
      return service.createHouseholdAssignment(ctx.db, actor, req.body, member, req.locale);
    },
  );

  app.post(
    '/api/household-assignments/:assignmentId/end',
    {
      config: { policy: HOUSEHOLD_ASSIGNMENT_EDIT },
      schema: { tags, params: AssignmentParams, body: EndAssignmentBody, response: ok(HouseholdAssignmentAnswer) },
    },
    async (req) => {
      const a = await q.getHouseholdAssignment(ctx.db, req.params.assignmentId);
      if (!a) throw notFound('household_assignment');
      const actor = req.authorize(a, { entity: 'household_assignment', readableBy: ASSIGNMENT_READ });
      return service.endHouseholdAssignment(ctx.db, actor, a.id, req.body);
    },
  );
}

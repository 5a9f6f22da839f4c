import { Type } from 'typebox';
import { listScope } from '../orgs/list-scope.js';
import type { App, ModuleContext } from '../../../shared/http.js';
import { todayInVietnam } from '../../../shared/http.js';
import { ROLES } from '../../../domain/access/scope.js';
import { requireOneInScope } from '../../../shared/scope.js';
import { requireActor } from '../../../shared/http.js';
import { loadUnit } from '../orgs/service.js';
import { ACCOUNT_MANAGE, GRANT_ROLE, USER_MANAGE } from './policy.js';
import * as service from './service.js';
import { ok, created } from '../../../shared/contract.js';

const date = Type.String({ format: 'date' });
const RoleT = Type.Union(ROLES.map((r) => Type.Literal(r as 'member')));
const GrantBody = Type.Object(
  { role: RoleT, unitId: Type.Integer({ minimum: 1 }), validFrom: date, validTo: Type.Optional(date) },
  { additionalProperties: false },
);
const UserBody = Type.Object(
  {
    username: Type.String({ minLength: 3, maxLength: 50, pattern: '^[A-Za-z0-9._-]+$' }),
    displayName: Type.String({ minLength: 1, maxLength: 120 }),
    // Length and strength are the password rule's (src/domain/access/password.ts), with its own sentences.
    password: Type.String({ minLength: 1, maxLength: 200 }),
    memberId: Type.Optional(Type.Integer({ minimum: 1 })),
    grant: GrantBody,
  },
  { additionalProperties: false },
);
const ResetBody = Type.Object({ disableSecondFactor: Type.Optional(Type.Boolean()) }, { additionalProperties: false });
const CreatedUser = Type.Object({ id: Type.Integer(), username: Type.String() });
const CreatedGrant = Type.Object({ id: Type.Integer() });
const EndedGrant = Type.Object({ id: Type.Integer(), validTo: date });
const ResetAnswer = Type.Object({ temporaryPassword: Type.String() });
const Id = (name: string) => Type.Object({ [name]: Type.Integer({ minimum: 1 }) });

export function userRoutes(app: App, ctx: ModuleContext) {
  const tags = ['users'];
  const today = () => ctx.config.today?.() ?? todayInVietnam();

  app.get(
    '/api/users',
    {
      config: { policy: USER_MANAGE },
      schema: { tags, querystring: Type.Object({ unitId: Type.Optional(Type.Integer({ minimum: 1 })) }) },
    },
    async (req) => {
      const unit = await listScope(ctx.db, req.actor, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      return service.listUsers(ctx.db, unit.path);
    },
  );

  app.post(
    '/api/users',
    { config: { policy: GRANT_ROLE }, schema: { tags, body: UserBody, response: created(CreatedUser) } },
    async (req, reply) => {
      // A unit the caller cannot even read answers as missing; one it reads but may not grant in is forbidden.
      const unit = requireOneInScope(requireActor(req), await loadUnit(ctx.db, req.body.grant.unitId), 'unit');
      const actor = req.authorize({ path: unit.path, role: req.body.grant.role });
      // The member the account will act as must be one the granter manages: else it answers as missing.
      if (req.body.memberId !== undefined) {
        const path = await service.loadMemberPath(ctx.db, req.body.memberId);
        req.authorize({ path }, { policy: USER_MANAGE, hideAs404: true, entity: 'member' });
      }
      reply.status(201);
      return service.createUser(ctx.db, actor, req.body, unit.path, req.locale);
    },
  );

  app.post(
    '/api/users/:userId/grants',
    { config: { policy: GRANT_ROLE }, schema: { tags, params: Id('userId'), body: GrantBody, response: created(CreatedGrant) } },
    async (req, reply) => {
      const account = await service.loadAccount(ctx.db, (req.params as { userId: number }).userId, today());
      // Someone else's account (a grant or its member outside the granter's reach) answers as missing.
      req.authorize(account.reach, { policy: ACCOUNT_MANAGE, hideAs404: true, entity: 'user' });
      const unit = requireOneInScope(requireActor(req), await loadUnit(ctx.db, req.body.unitId), 'unit');
      const actor = req.authorize({ path: unit.path, role: req.body.role });
      reply.status(201);
      return service.addGrant(ctx.db, actor, account.id, req.body, unit.path);
    },
  );

  app.post(
    '/api/grants/:grantId/end',
    {
      config: { policy: GRANT_ROLE },
      schema: {
        tags,
        params: Id('grantId'),
        body: Type.Object({ validTo: date }, { additionalProperties: false }),
        response: ok(EndedGrant),
      },
    },
    async (req) => {
      const g = await service.loadGrant(ctx.db, (req.params as { grantId: number }).grantId);
      const actor = req.authorize({ path: g.unit_path, role: g.role }, { hideAs404: true });
      return service.endGrant(ctx.db, actor, g, req.body.validTo);
    },
  );

  app.post(
    '/api/users/:userId/password-reset',
    { config: { policy: ACCOUNT_MANAGE }, schema: { tags, params: Id('userId'), body: ResetBody, response: ok(ResetAnswer) } },
    async (req) => {
      const account = await service.loadAccount(ctx.db, (req.params as { userId: number }).userId, today());
      const actor = req.authorize(account.reach, { hideAs404: true, entity: 'user' });
      return service.resetPassword(ctx.db, actor, account, req.body);
    },
  );
}

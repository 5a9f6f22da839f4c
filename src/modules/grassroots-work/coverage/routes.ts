// HTTP face of the coverage report and the module's settings.
import type { App, ModuleContext } from '../../../shared/http.js';
import { AUTHENTICATED } from '../../../shared/policy.js';
import { CalendarDate, list, Nullable, ok } from '../../../shared/contract.js';
import { Type } from 'typebox';
import { notFound } from '../../../shared/errors.js';
import { ASSIGNMENT_READ, GRASSROOTS_SETTINGS } from '../assignments/policy.js';
import { CoverageQuery, SettingsBody } from '../assignments/schemas.js';
import { listScope } from '../../foundation/orgs/list-scope.js';
import * as q from './queries.js';
import * as service from './service.js';

const Settings = Type.Object({ householdLimit: Type.Integer() });
// Each list is the first `top` (at most 500, CoverageQuery) of its kind; the figures count them all.
const TOP = 500;
const Int = Type.Integer();
const Counts = Type.Record(Type.String(), Int);
const Named = Type.Object({ id: Int, name: Type.String(), unit: Type.String() });
const MemberLoad = Type.Object({ id: Int, name: Type.String(), unit: Type.String(), n: Int });
const Coverage = Type.Object({
  unit: Type.Object({ id: Int, name: Type.String() }),
  asOf: CalendarDate,
  householdLimit: Int,
  unitsWithoutCharge: Type.Object({
    total: Int,
    byKind: Counts,
    items: list(Type.Object({ id: Int, name: Type.String(), kind: Type.String(), path: Type.String() }), TOP),
  }),
  households: Type.Object({ total: Int, unassigned: Int, assigned: Int }),
  householdsPerMember: Type.Object({
    members: Int,
    withoutHouseholds: Int,
    overLimit: Int,
    average: Type.Number(),
    buckets: Counts,
    busiest: list(MemberLoad, TOP),
    overLimitItems: list(MemberLoad, TOP),
  }),
  residentialGroups: Type.Object({
    total: Int,
    withMember: Int,
    withCell: Int,
    withMemberPct: Nullable(Type.Number()),
    withCellPct: Nullable(Type.Number()),
    noMember: list(Named, TOP),
    noCell: list(Named, TOP),
  }),
});

export function coverageRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['coverage'];

  app.get(
    '/api/coverage',
    { config: { policy: ASSIGNMENT_READ }, schema: { tags, querystring: CoverageQuery, response: ok(Coverage) } },
    async (req) => {
      const unit = await listScope(ctx.db, req.actor, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      return service.coverage(ctx.db, unit, today(), { limit: req.query.limit, top: req.query.top });
    },
  );

  app.get('/api/grassroots-settings', { config: { policy: AUTHENTICATED }, schema: { tags, response: ok(Settings) } }, async (req) => {
    req.authorize({});
    return service.settings(ctx.db);
  });

  app.put(
    '/api/grassroots-settings',
    { config: { policy: GRASSROOTS_SETTINGS }, schema: { tags, body: SettingsBody, response: ok(Settings) } },
    async (req) => {
      // The limit holds province-wide: only an administrator of the root may change it.
      const root = await q.rootUnit(ctx.db);
      if (!root) throw notFound('unit');
      const actor = req.authorize(root);
      return service.updateSettings(ctx.db, actor, req.body.householdLimit, root.path);
    },
  );
}

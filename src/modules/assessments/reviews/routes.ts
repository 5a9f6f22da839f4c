// HTTP face of review cycles and subjects. Handlers parse, authorize, and call the use cases.
import { PATH_READ } from '../../../shared/scope.js';
import type { App, ModuleContext } from '../../../shared/http.js';
import { AUTHENTICATED } from '../../../shared/policy.js';
import { notFound } from '../../../shared/errors.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { cycleDto, cycleOverview, cycleRef, createCycle, loadCycle } from './cycles.js';
import { CYCLE_CREATE, CYCLE_READ, RESULTS_READ, SUBJECT_VIEW } from './policy.js';
import { listRemarks, refWithGroup } from './remarks.js';
import { subjectAbilities } from './abilities.js';
import { remarkRoutes } from './remark-routes.js';
import * as q from './queries.js';
import { CreateCycleBody, CreatedCycle, CycleParams, SubjectListQuery, SubjectParams, UnitQuery } from './schemas.js';
import { created } from '../../../shared/contract.js';
import { board, detail, loadSubject, mine, visiblePath } from './subjects.js';
import { stepRoutes } from './step-routes.js';
import { quotaRoutes } from './quota-routes.js';
import { resultsRoutes } from './results-routes.js';

export function assessmentRoutes(app: App, ctx: ModuleContext) {
  const tags = ['assessments'];

  app.post(
    '/api/assessment-cycles',
    { config: { policy: CYCLE_CREATE }, schema: { tags, body: CreateCycleBody, response: created(CreatedCycle) } },
    async (req, reply) => {
      const root = await loadUnit(ctx.db, req.body.rootUnitId);
      const actor = req.authorize(root, { entity: 'unit', readableBy: PATH_READ });
      reply.status(201);
      return createCycle(ctx.db, actor, req.body, req.locale);
    },
  );

  // Cycles meeting the caller's grants (above or below them): needs no id.
  app.get('/api/assessment-cycles', { config: { policy: AUTHENTICATED }, schema: { tags } }, async (req) => {
    const actor = req.authorize(null);
    const rows = await q.cyclesMeeting(
      ctx.db,
      actor.grants.map((g) => g.unitPath),
    );
    return rows.map(cycleDto);
  });

  app.get(
    '/api/assessment-cycles/:cycleId',
    { config: { policy: CYCLE_READ }, schema: { tags, params: CycleParams, querystring: UnitQuery } },
    async (req) => {
      const c = await loadCycle(ctx.db, req.params.cycleId);
      const actor = req.authorize(cycleRef(c), { entity: 'cycle' });
      const path = await scopedPath(req.query.unitId, c, actor, (u) => req.authorize(u, { policy: RESULTS_READ, entity: 'unit' }));
      if (!path) return { ...cycleDto(c), scopePath: null, steps: {}, notRated: 0 };
      return cycleOverview(ctx.db, c, path);
    },
  );

  app.get(
    '/api/assessment-cycles/:cycleId/subjects',
    { config: { policy: CYCLE_READ }, schema: { tags, params: CycleParams, querystring: SubjectListQuery } },
    async (req) => {
      const c = await loadCycle(ctx.db, req.params.cycleId);
      const actor = req.authorize(cycleRef(c), { entity: 'cycle' });
      const path = await scopedPath(req.query.unitId, c, actor, (u) => req.authorize(u, { policy: RESULTS_READ, entity: 'unit' }));
      if (!path) throw notFound('unit');
      return board(ctx.db, c, path, req.query);
    },
  );

  app.get('/api/assessment-subjects/mine', { config: { policy: AUTHENTICATED }, schema: { tags } }, async (req) => {
    const actor = req.authorize(null);
    return mine(ctx.db, actor.memberId);
  });

  // Members of a working group assigned to the unit see the subject read-only (issue 3 item 8); the caller's
  // group is returned so that the page offers them the attendance form.
  app.get(
    '/api/assessment-subjects/:subjectId',
    { config: { policy: SUBJECT_VIEW }, schema: { tags, params: SubjectParams } },
    async (req) => {
      const s = await loadSubject(ctx.db, req.params.subjectId);
      const ref = await refWithGroup(ctx.db, req.actor, s, ctx.config.today!());
      const actor = req.authorize(ref, { entity: 'assessment_subject' });
      // The review's remarks go along (read-only), so that the level verifying sees what the cell said.
      const [d, remarks] = await Promise.all([detail(ctx.db, s), listRemarks(ctx.db, s.id)]);
      return { ...d, remarks, viewerWorkingGroupId: ref.workingGroupId, abilities: subjectAbilities(actor, ref) };
    },
  );

  stepRoutes(app, ctx);
  quotaRoutes(app, ctx);
  resultsRoutes(app, ctx);
  remarkRoutes(app, ctx);

  /** The subtree of the cycle a request looks at: a unit asked for (checked), else the caller's widest view. */
  async function scopedPath(
    unitId: number | undefined,
    c: q.CycleRow,
    actor: Parameters<typeof visiblePath>[0],
    check: (u: { path: string }) => void,
  ) {
    if (unitId === undefined) return visiblePath(actor, c);
    const unit = await loadUnit(ctx.db, unitId);
    check(unit);
    return visiblePath(actor, c, unit.path);
  }
}

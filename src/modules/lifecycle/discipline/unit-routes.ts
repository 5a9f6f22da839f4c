// HTTP face of the discipline of Party organizations: read by readers of the unit, recorded and corrected by
// managers of the level above it (Party Charter ch. VIII).
import type { App, ModuleContext } from '../../../shared/http.js';
import { decidingPath } from '../../../domain/lifecycle/unit-discipline.js';
import { invalid } from '../../../shared/errors.js';
import { can } from '../../../shared/policy.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { authorizeWrite, listUnit } from '../shared/http.js';
import { DISCIPLINE_UNIT, LC_READ } from '../shared/policy.js';
import { DisciplineParams, RecordUnitDisciplineBody, UnitDiscipline, UnitDisciplineListQuery, UpdateDisciplineBody } from './schemas.js';
import { created, ok, page, pageEcho } from '../../../shared/contract.js';
import * as service from './unit-service.js';
import * as q from './queries.js';

export function unitDisciplineRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['discipline'];
  const scoped = (path: string) => ({ path, decidingPath: decidingPath(path) });

  app.get(
    '/api/unit-discipline',
    {
      config: { policy: LC_READ },
      schema: { tags, querystring: UnitDisciplineListQuery, response: ok(page(UnitDiscipline, 200, pageEcho)) },
    },
    async (req) => {
      const { page: p, pageSize } = req.query;
      const unit = await listUnit(req, ctx.db, req.query.unitId);
      const r = await q.listUnitRecords(ctx.db, { subtreePath: unit.path, limit: pageSize, offset: (p - 1) * pageSize });
      return { items: r.rows.map(service.toUnitDto), total: r.total, page: p, pageSize };
    },
  );

  app.get(
    '/api/unit-discipline/:disciplineId',
    { config: { policy: LC_READ }, schema: { tags, params: DisciplineParams, response: ok(UnitDiscipline) } },
    async (req) => {
      const r = await service.loadUnitRecord(ctx.db, req.params.disciplineId);
      req.authorize({ path: r.unit_path }, { entity: 'discipline' });
      return service.toUnitDto(r);
    },
  );

  app.post(
    '/api/unit-discipline',
    { config: { policy: DISCIPLINE_UNIT }, schema: { tags, body: RecordUnitDisciplineBody, response: created(UnitDiscipline) } },
    async (req, reply) => {
      const unit = await loadUnit(ctx.db, req.body.unitId);
      // The top of the tree has no level above here: a reader is told why rather than refused without a reason.
      if (decidingPath(unit.path) === null && req.actor && can(req.actor, LC_READ, { path: unit.path }))
        throw invalid('unit_discipline_top', { name: unit.name });
      const actor = authorizeWrite(req, scoped(unit.path), 'unit');
      reply.status(201);
      return service.recordUnit(ctx.db, actor, req.body, today());
    },
  );

  app.patch(
    '/api/unit-discipline/:disciplineId',
    {
      config: { policy: DISCIPLINE_UNIT },
      schema: { tags, params: DisciplineParams, body: UpdateDisciplineBody, response: ok(UnitDiscipline) },
    },
    async (req) => {
      const r = await service.loadUnitRecord(ctx.db, req.params.disciplineId);
      const actor = authorizeWrite(req, scoped(r.unit_path), 'discipline');
      return service.updateUnit(ctx.db, actor, r.id, req.body, today());
    },
  );
}

// HTTP face of discipline records (shared table discipline_record; the assessment rules read it as facts).
import type { App, ModuleContext } from '../../../shared/http.js';
import { getMember } from '../../foundation/members/queries.js';
import { notFound } from '../../../shared/errors.js';
import { authorizeWrite, listUnit } from '../shared/http.js';
import { DISCIPLINE_RECORD, LC_READ } from '../shared/policy.js';
import { Discipline, DisciplineListQuery, DisciplineParams, RecordDisciplineBody, UpdateDisciplineBody } from './schemas.js';
import { created, ok, page, pageEcho } from '../../../shared/contract.js';
import * as service from './service.js';
import * as q from './queries.js';

export function disciplineRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['discipline'];

  app.get(
    '/api/discipline',
    { config: { policy: LC_READ }, schema: { tags, querystring: DisciplineListQuery, response: ok(page(Discipline, 200, pageEcho)) } },
    async (req) => {
      const { page: p, pageSize } = req.query;
      const paging = { limit: pageSize, offset: (p - 1) * pageSize };
      let r: Awaited<ReturnType<typeof q.listRecords>>;
      if (req.query.memberId) {
        const m = await getMember(ctx.db, req.query.memberId);
        if (!m) throw notFound('member');
        req.authorize({ path: m.unit_path, memberId: m.id }, { entity: 'member' });
        r = await q.listRecords(ctx.db, { memberId: m.id, ...paging });
      } else {
        const unit = await listUnit(req, ctx.db, req.query.unitId);
        r = await q.listRecords(ctx.db, { subtreePath: unit.path, ...paging });
      }
      return { items: r.rows.map(service.toDto), total: r.total, page: p, pageSize };
    },
  );

  app.get(
    '/api/discipline/:disciplineId',
    { config: { policy: LC_READ }, schema: { tags, params: DisciplineParams, response: ok(Discipline) } },
    async (req) => {
      const r = await service.load(ctx.db, req.params.disciplineId);
      req.authorize({ path: r.member_path, memberId: r.member_id! }, { entity: 'discipline' });
      return service.toDto(r);
    },
  );

  app.post(
    '/api/discipline',
    { config: { policy: DISCIPLINE_RECORD }, schema: { tags, body: RecordDisciplineBody, response: created(Discipline) } },
    async (req, reply) => {
      const m = await getMember(ctx.db, req.body.memberId);
      if (!m) throw notFound('member');
      const actor = authorizeWrite(req, { path: m.unit_path, memberId: m.id, form: req.body.form }, 'member', DISCIPLINE_RECORD);
      reply.status(201);
      return service.record(ctx.db, actor, req.body, today());
    },
  );

  app.patch(
    '/api/discipline/:disciplineId',
    {
      config: { policy: DISCIPLINE_RECORD },
      schema: { tags, params: DisciplineParams, body: UpdateDisciplineBody, response: ok(Discipline) },
    },
    async (req) => {
      const r = await service.load(ctx.db, req.params.disciplineId);
      const actor = authorizeWrite(req, { path: r.member_path, memberId: r.member_id!, form: r.form }, 'discipline', DISCIPLINE_RECORD);
      return service.update(ctx.db, actor, r.id, req.body, today());
    },
  );
}

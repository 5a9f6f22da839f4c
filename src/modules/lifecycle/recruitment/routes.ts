// HTTP face of the recruitment pipeline, the funnel and the yearly targets.
import type { FastifyRequest } from 'fastify';
import { actorOf, type App, type ModuleContext } from '../../../shared/http.js';
import { can } from '../../../shared/policy.js';
import { invalid } from '../../../shared/errors.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { inTransaction } from '../../../shared/tx.js';
import { appendAudit } from '../../foundation/audit/service.js';
import { authorizeWrite, listUnit } from '../shared/http.js';
import { LC_DECIDE, LC_EDIT, LC_READ } from '../shared/policy.js';
import {
  AdmitBody,
  AdvanceBody,
  CandidateListQuery,
  CandidateParams,
  CeremonyBody,
  CreateCandidateBody,
  TargetBody,
  TargetParams,
  UpdateCandidateBody,
  WithdrawBody,
  YearQuery,
  IntroducersBody,
} from './schemas.js';
import * as service from './service.js';
import * as admission from './admission.js';
import * as reports from './reports.js';
import * as q from './queries.js';

export function recruitmentRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const year = (y?: number) => y ?? Number(today().slice(0, 4));
  const tags = ['recruitment'];
  const canSee = (req: FastifyRequest) => (m: { id: number; unit_path: string }) => can(actorOf(req), LC_READ, { path: m.unit_path });
  const candidateFor = async (req: FastifyRequest, id: number) => {
    const c = await service.load(ctx.db, id);
    authorizeWrite(req, { path: c.unit_path }, 'candidate');
    return c;
  };

  app.get('/api/candidates', { config: { policy: LC_READ }, schema: { tags, querystring: CandidateListQuery } }, async (req) => {
    const unit = await listUnit(req, ctx.db, req.query.unitId);
    return (await q.listCandidates(ctx.db, unit.path, req.query.stage)).map((c) => service.toDto(c));
  });

  app.get('/api/candidates/:candidateId', { config: { policy: LC_READ }, schema: { tags, params: CandidateParams } }, async (req) => {
    const c = await service.load(ctx.db, req.params.candidateId);
    req.authorize({ path: c.unit_path }, { entity: 'candidate' });
    const dto = await service.full(ctx.db, c.id);
    return { ...dto, eligibility: await admission.eligibility(ctx.db, c, c.considered_on ?? today(), req.locale) };
  });

  app.post('/api/candidates', { config: { policy: LC_EDIT }, schema: { tags, body: CreateCandidateBody } }, async (req, reply) => {
    const unit = await loadUnit(ctx.db, req.body.unitId);
    const actor = authorizeWrite(req, { path: unit.path }, 'unit');
    reply.status(201);
    return service.create(ctx.db, actor, req.body, today());
  });

  app.patch(
    '/api/candidates/:candidateId',
    { config: { policy: LC_EDIT }, schema: { tags, params: CandidateParams, body: UpdateCandidateBody } },
    async (req) => {
      const c = await candidateFor(req, req.params.candidateId);
      return service.update(ctx.db, actorOf(req), c.id, req.body, { today: today(), canSee: canSee(req) });
    },
  );

  app.post(
    '/api/candidates/:candidateId/advance',
    { config: { policy: LC_EDIT }, schema: { tags, params: CandidateParams, body: AdvanceBody } },
    async (req) => {
      const c = await candidateFor(req, req.params.candidateId);
      return service.advance(ctx.db, actorOf(req), c.id, req.body, req.locale);
    },
  );

  app.post(
    '/api/candidates/:candidateId/admit',
    { config: { policy: LC_DECIDE }, schema: { tags, params: CandidateParams, body: AdmitBody } },
    async (req) => {
      const c = await candidateFor(req, req.params.candidateId);
      return admission.admit(ctx.db, actorOf(req), c.id, req.body, { today: today(), locale: req.locale });
    },
  );

  app.post(
    '/api/candidates/:candidateId/ceremony',
    { config: { policy: LC_EDIT }, schema: { tags, params: CandidateParams, body: CeremonyBody } },
    async (req) => {
      const c = await candidateFor(req, req.params.candidateId);
      return admission.ceremony(ctx.db, actorOf(req), c.id, req.body, today());
    },
  );

  app.post(
    '/api/candidates/:candidateId/withdraw',
    { config: { policy: LC_EDIT }, schema: { tags, params: CandidateParams, body: WithdrawBody } },
    async (req) => {
      const c = await candidateFor(req, req.params.candidateId);
      return service.withdraw(ctx.db, actorOf(req), c.id, req.body, { today: today(), locale: req.locale });
    },
  );

  // Correcting the introducers is its own step: it stays open after the candidate stage, until admission.
  app.put(
    '/api/candidates/:candidateId/introducers',
    { config: { policy: LC_EDIT }, schema: { tags, params: CandidateParams, body: IntroducersBody } },
    async (req) => {
      const c = await candidateFor(req, req.params.candidateId);
      return service.correctIntroducers(ctx.db, actorOf(req), c.id, req.body, { today: today(), canSee: canSee(req), locale: req.locale });
    },
  );

  app.get('/api/recruitment/funnel', { config: { policy: LC_READ }, schema: { tags, querystring: YearQuery } }, async (req) => {
    const unit = await listUnit(req, ctx.db, req.query.unitId);
    return reports.funnel(ctx.db, unit.path, year(req.query.year));
  });

  app.get('/api/recruitment/targets', { config: { policy: LC_READ }, schema: { tags, querystring: YearQuery } }, async (req) => {
    const unit = await listUnit(req, ctx.db, req.query.unitId);
    return reports.targets(ctx.db, unit.id, year(req.query.year));
  });

  app.put(
    '/api/recruitment/targets/:unitId/:year',
    { config: { policy: LC_DECIDE }, schema: { tags, params: TargetParams, body: TargetBody } },
    async (req) => {
      const unit = await loadUnit(ctx.db, req.params.unitId);
      const actor = authorizeWrite(req, { path: unit.path }, 'unit');
      if (unit.dissolved_on) throw invalid('unit_dissolved', { name: unit.name });
      const { year: y } = req.params;
      await inTransaction(ctx.db, false, async (trx) => {
        await q.setTarget(trx, unit.id, y, req.body.target);
        await appendAudit(trx, actor, {
          action: 'recruitment.target',
          entityType: 'unit',
          entityId: unit.id,
          scopePath: unit.path,
          after: { year: y, target: req.body.target },
        });
      });
      return (await reports.targets(ctx.db, unit.id, y))[0];
    },
  );
}

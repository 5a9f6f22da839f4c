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
  TargetsQuery,
  CandidateItem,
  Candidate,
  CandidateWithEligibility,
  Funnel,
  Target,
} from './schemas.js';
import { created, ok, page, pageEcho } from '../../../shared/contract.js';
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

  app.get(
    '/api/candidates',
    { config: { policy: LC_READ }, schema: { tags, querystring: CandidateListQuery, response: ok(page(CandidateItem, 200, pageEcho)) } },
    async (req) => {
      const { page: p, pageSize } = req.query;
      const unit = await listUnit(req, ctx.db, req.query.unitId);
      const r = await q.listCandidates(ctx.db, { path: unit.path, stage: req.query.stage, limit: pageSize, offset: (p - 1) * pageSize });
      return { items: r.rows.map(service.toItem), total: r.total, page: p, pageSize };
    },
  );

  app.get(
    '/api/candidates/:candidateId',
    { config: { policy: LC_READ }, schema: { tags, params: CandidateParams, response: ok(CandidateWithEligibility) } },
    async (req) => {
      const c = await service.load(ctx.db, req.params.candidateId);
      req.authorize({ path: c.unit_path }, { entity: 'candidate' });
      const dto = await service.full(ctx.db, c.id);
      return { ...dto, eligibility: await admission.eligibility(ctx.db, c, c.considered_on ?? today(), req.locale) };
    },
  );

  app.post(
    '/api/candidates',
    { config: { policy: LC_EDIT }, schema: { tags, body: CreateCandidateBody, response: created(Candidate) } },
    async (req, reply) => {
      const unit = await loadUnit(ctx.db, req.body.unitId);
      const actor = authorizeWrite(req, { path: unit.path }, 'unit');
      reply.status(201);
      return service.create(ctx.db, actor, req.body, today());
    },
  );

  app.patch(
    '/api/candidates/:candidateId',
    { config: { policy: LC_EDIT }, schema: { tags, params: CandidateParams, body: UpdateCandidateBody, response: ok(Candidate) } },
    async (req) => {
      const c = await candidateFor(req, req.params.candidateId);
      return service.update(ctx.db, actorOf(req), c.id, req.body, { today: today(), canSee: canSee(req) });
    },
  );

  app.post(
    '/api/candidates/:candidateId/advance',
    { config: { policy: LC_EDIT }, schema: { tags, params: CandidateParams, body: AdvanceBody, response: ok(Candidate) } },
    async (req) => {
      const c = await candidateFor(req, req.params.candidateId);
      return service.advance(ctx.db, actorOf(req), c.id, req.body, req.locale);
    },
  );

  app.post(
    '/api/candidates/:candidateId/admit',
    { config: { policy: LC_DECIDE }, schema: { tags, params: CandidateParams, body: AdmitBody, response: ok(Candidate) } },
    async (req) => {
      const c = await candidateFor(req, req.params.candidateId);
      return admission.admit(ctx.db, actorOf(req), c.id, req.body, { today: today(), locale: req.locale });
    },
  );

  app.post(
    '/api/candidates/:candidateId/ceremony',
    { config: { policy: LC_EDIT }, schema: { tags, params: CandidateParams, body: CeremonyBody, response: ok(Candidate) } },
    async (req) => {
      const c = await candidateFor(req, req.params.candidateId);
      return admission.ceremony(ctx.db, actorOf(req), c.id, req.body, today());
    },
  );

  app.post(
    '/api/candidates/:candidateId/withdraw',
    { config: { policy: LC_EDIT }, schema: { tags, params: CandidateParams, body: WithdrawBody, response: ok(Candidate) } },
    async (req) => {
      const c = await candidateFor(req, req.params.candidateId);
      return service.withdraw(ctx.db, actorOf(req), c.id, req.body, { today: today(), locale: req.locale });
    },
  );

  // Correcting the introducers is its own step: it stays open after the candidate stage, until admission.
  app.put(
    '/api/candidates/:candidateId/introducers',
    { config: { policy: LC_EDIT }, schema: { tags, params: CandidateParams, body: IntroducersBody, response: ok(Candidate) } },
    async (req) => {
      const c = await candidateFor(req, req.params.candidateId);
      return service.correctIntroducers(ctx.db, actorOf(req), c.id, req.body, { today: today(), canSee: canSee(req), locale: req.locale });
    },
  );

  app.get(
    '/api/recruitment/funnel',
    { config: { policy: LC_READ }, schema: { tags, querystring: YearQuery, response: ok(Funnel) } },
    async (req) => {
      const unit = await listUnit(req, ctx.db, req.query.unitId);
      return reports.funnel(ctx.db, unit.path, year(req.query.year));
    },
  );

  // The unit and its direct children: a province committee has as many as it has communes and agencies, so paged.
  app.get(
    '/api/recruitment/targets',
    { config: { policy: LC_READ }, schema: { tags, querystring: TargetsQuery, response: ok(page(Target, 200, pageEcho)) } },
    async (req) => {
      const { page: p, pageSize } = req.query;
      const unit = await listUnit(req, ctx.db, req.query.unitId);
      const r = await reports.targets(ctx.db, { unitId: unit.id, year: year(req.query.year), limit: pageSize, offset: (p - 1) * pageSize });
      return { ...r, page: p, pageSize };
    },
  );

  app.put(
    '/api/recruitment/targets/:unitId/:year',
    { config: { policy: LC_DECIDE }, schema: { tags, params: TargetParams, body: TargetBody, response: ok(Target) } },
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
      // The unit's own row comes first.
      const [own] = (await reports.targets(ctx.db, { unitId: unit.id, year: y, limit: 1, offset: 0 })).items;
      return own!;
    },
  );
}

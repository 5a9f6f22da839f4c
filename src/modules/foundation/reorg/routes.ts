// HTTP face of reorganization plans. A plan is rooted at a unit; reads of a plan outside the caller's
// scope answer 404 like a missing one. Apply and undo answer 202 and run in the background: the page
// polls GET /api/reorg-plans/:planId for the status and progress.
import { fileDownload, list, Nullable, ok } from '../../../shared/contract.js';
import { Type, type Static } from 'typebox';
import type { FastifyRequest } from 'fastify';
import { actorOf, type App, type ModuleContext } from '../../../shared/http.js';
import { AUTHENTICATED } from '../../../shared/policy.js';
import { canReadPath } from '../../../shared/scope.js';
import { UNIT_KINDS } from '../../../domain/orgs/tree.js';
import { REORG_OP_KINDS, type ReorgOp } from '../../../domain/orgs/reorg.js';
import { invalid } from '../../../shared/errors.js';
import { loadUnit } from '../orgs/service.js';
import { NO_CONTROLS, MAX_UPLOAD_BYTES, uploadedFile, uploadLimiter, uploadScope } from '../../data-exchange/imports/upload.js';
import { REORG_MANAGE } from './policy.js';
import { localized, planView, rowMessages } from './dto.js';
import { planTemplate, readPlanFile } from './plan-file.js';
import { previewOrJob } from './preview.js';
import { decisionPdf, minutesPdf, paperFile, paperOf, papersOf, papersZip } from './papers.js';
import * as service from './service.js';
import * as q from './queries.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const Code = Type.String({ minLength: 1, maxLength: 50, pattern: '^[A-Za-z0-9._-]+$' });
const Name = Type.String({ minLength: 1, maxLength: 200, pattern: NO_CONTROLS });
const Operation = Type.Object(
  {
    row: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_048_576 })),
    kind: Type.Union(REORG_OP_KINDS.map((k) => Type.Literal(k))),
    unit: Type.Optional(Code),
    sources: Type.Optional(Type.Array(Code, { minItems: 1, maxItems: 20 })),
    into: Type.Optional(Code),
    parent: Type.Optional(Code),
    code: Type.Optional(Code),
    name: Type.Optional(Name),
    unitKind: Type.Optional(Type.Union(UNIT_KINDS.map((k) => Type.Literal(k)))),
    parts: Type.Optional(
      Type.Array(
        Type.Object(
          {
            code: Code,
            name: Name,
            memberIds: Type.Optional(Type.Array(Type.Integer({ minimum: 1 }), { maxItems: 10_000 })),
            children: Type.Optional(Type.Array(Code, { maxItems: 1_000 })),
          },
          { additionalProperties: false },
        ),
        { minItems: 1, maxItems: 20 },
      ),
    ),
  },
  { additionalProperties: false },
);
const PlanFields = {
  title: Name,
  effectiveOn: Type.String({ format: 'date' }),
  decisionNo: Type.Optional(Type.String({ maxLength: 100, pattern: NO_CONTROLS })),
  operations: Type.Array(Operation, { minItems: 1, maxItems: 2_000 }),
};
const CreateBody = Type.Object({ unitId: Type.Integer({ minimum: 1 }), ...PlanFields }, { additionalProperties: false });
const UpdateBody = Type.Object({ version: Type.Integer({ minimum: 1 }), ...PlanFields }, { additionalProperties: false });
const PlanParams = Type.Object({ planId: Type.Integer({ minimum: 1 }) });
const PaperParams = Type.Object({
  planId: Type.Integer({ minimum: 1 }),
  seq: Type.Integer({ minimum: 1, maximum: 100_000 }),
  doc: Type.Union([Type.Literal('decision.pdf'), Type.Literal('minutes.pdf')]),
});
const UnitQuery = Type.Object({ unitId: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
const PageQuery = Type.Object({ page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }) }, { additionalProperties: false });
const UploadQuery = Type.Object(
  {
    unitId: Type.Integer({ minimum: 1 }),
    filename: Type.String({ minLength: 1, maxLength: 200, pattern: NO_CONTROLS }),
    title: Name,
    effectiveOn: Type.String({ format: 'date' }),
    decisionNo: Type.Optional(Type.String({ maxLength: 100, pattern: NO_CONTROLS })),
  },
  { additionalProperties: false },
);

/** Row numbers name the rows in every refusal: two operations may not share one. */
function operations(list: Static<typeof Operation>[]): ReorgOp[] {
  const ops = list.map((op, i) => ({ ...op, row: op.row ?? i + 1 })) as ReorgOp[];
  const seen = new Set<number>();
  for (const op of ops) {
    if (seen.has(op.row)) throw invalid('reorg_duplicate_row', { row: op.row });
    seen.add(op.row);
  }
  return ops;
}

// A plan's papers: one entry per organization moved, merged, split or dissolved (a plan holds at most 2,000 rows).
const UnitName = Type.Object({ code: Type.String(), name: Type.String() });
const PaperList = list(
  Type.Object({
    seq: Type.Integer(),
    kind: Type.String(),
    decisionNo: Nullable(Type.String()),
    minutesNo: Nullable(Type.String()),
    effectiveOn: Type.String({ format: 'date' }),
    from: list(UnitName, 2000),
    to: list(UnitName, 2000),
    files: Type.Object({ decision: Type.String(), minutes: Type.String() }),
  }),
  2000,
);

export function reorgRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['reorganization'];
  const authorizeRoot = async (req: FastifyRequest, unitId: number) => {
    const unit = await loadUnit(ctx.db, unitId);
    return { unit, actor: req.authorize(unit, { entity: 'unit', hideAs404: !canReadPath(req.actor!, unit.path) }) };
  };
  const authorizePlan = async (req: FastifyRequest, planId: number) => {
    const plan = await service.loadPlan(ctx.db, planId);
    const actor = req.authorize({ path: plan.unit_path }, { entity: 'reorg_plan', hideAs404: !canReadPath(req.actor!, plan.unit_path) });
    return { plan, actor };
  };
  const view = async (req: FastifyRequest, id: number) => {
    const plan = await service.loadPlan(ctx.db, id);
    return planView(plan, req.locale, await q.operations(ctx.db, id));
  };
  const saying = async <T>(req: FastifyRequest, work: () => Promise<T>) => {
    try {
      return await work();
    } catch (e) {
      throw localized(e, req.locale);
    }
  };

  app.get('/api/reorg-plans/template.xlsx', { config: { policy: AUTHENTICATED }, schema: { tags } }, async (req, reply) => {
    req.authorize(null);
    return reply
      .header('content-type', XLSX)
      .header('content-disposition', 'attachment; filename="mau-ke-hoach-sap-xep.xlsx"')
      .send(await planTemplate(req.locale));
  });

  app.get('/api/reorg-plans', { config: { policy: REORG_MANAGE }, schema: { tags, querystring: UnitQuery } }, async (req) => {
    const { unit } = await authorizeRoot(req, req.query.unitId);
    return q.listPlans(ctx.db, [unit.path]);
  });

  app.post('/api/reorg-plans', { config: { policy: REORG_MANAGE }, schema: { tags, body: CreateBody } }, async (req, reply) => {
    const b = req.body;
    const { unit, actor } = await authorizeRoot(req, b.unitId);
    const id = await saying(req, () =>
      service.createPlan(
        ctx.db,
        actor,
        today(),
        { id: unit.id, path: unit.path },
        { title: b.title.trim(), effectiveOn: b.effectiveOn, decisionNo: b.decisionNo, operations: operations(b.operations) },
      ),
    );
    reply.status(201);
    return view(req, id);
  });

  const limiter = uploadLimiter(app, ctx.config.uploadsPerMinute);
  uploadScope(app, (scoped) => {
    scoped.post(
      '/api/reorg-plans/upload',
      { config: { policy: REORG_MANAGE }, preHandler: limiter, bodyLimit: MAX_UPLOAD_BYTES, schema: { tags, querystring: UploadQuery } },
      async (req, reply) => {
        const qs = req.query;
        const { unit, actor } = await authorizeRoot(req, qs.unitId);
        const read = await readPlanFile(uploadedFile(req.body), qs.filename.normalize('NFC'));
        if (read.errors.length) throw invalid('reorg_plan_refused', { count: read.errors.length }, rowMessages(read.errors, req.locale));
        const id = await saying(req, () =>
          service.createPlan(
            ctx.db,
            actor,
            today(),
            { id: unit.id, path: unit.path },
            { title: qs.title.normalize('NFC').trim(), effectiveOn: qs.effectiveOn, decisionNo: qs.decisionNo, operations: read.ops },
          ),
        );
        reply.status(201);
        return view(req, id);
      },
    );
  });

  app.get('/api/reorg-plans/:planId', { config: { policy: REORG_MANAGE }, schema: { tags, params: PlanParams } }, async (req) => {
    await authorizePlan(req, req.params.planId);
    return view(req, req.params.planId);
  });

  app.put(
    '/api/reorg-plans/:planId',
    { config: { policy: REORG_MANAGE }, schema: { tags, params: PlanParams, body: UpdateBody } },
    async (req) => {
      const { plan, actor } = await authorizePlan(req, req.params.planId);
      const b = req.body;
      await saying(req, () =>
        service.updatePlan(ctx.db, actor, today(), plan, {
          version: b.version,
          title: b.title.trim(),
          effectiveOn: b.effectiveOn,
          decisionNo: b.decisionNo,
          operations: operations(b.operations),
        }),
      );
      return view(req, plan.id);
    },
  );

  app.post('/api/reorg-plans/:planId/discard', { config: { policy: REORG_MANAGE }, schema: { tags, params: PlanParams } }, async (req) => {
    const { plan, actor } = await authorizePlan(req, req.params.planId);
    await service.discardPlan(ctx.db, actor, plan);
    return view(req, plan.id);
  });

  // A large plan is previewed in the background: 202 with the operations done so far, until the result is there.
  app.get(
    '/api/reorg-plans/:planId/preview',
    { config: { policy: REORG_MANAGE }, schema: { tags, params: PlanParams, querystring: PageQuery } },
    async (req, reply) => {
      const { plan, actor } = await authorizePlan(req, req.params.planId);
      const answer = await previewOrJob(ctx.db, actor, today(), plan, req.query.page);
      if (answer.running) {
        reply.status(202);
        return { running: true, done: answer.done, total: answer.total, plan: planView(plan, req.locale) };
      }
      const p = answer.result;
      return { ...p, running: false, errors: rowMessages(p.errors, req.locale), plan: planView(plan, req.locale) };
    },
  );

  app.post(
    '/api/reorg-plans/:planId/apply',
    { config: { policy: REORG_MANAGE }, schema: { tags, params: PlanParams } },
    async (req, reply) => {
      const { plan, actor } = await authorizePlan(req, req.params.planId);
      const started = await saying(req, () => service.apply(ctx.db, actor, today(), plan));
      started.done.catch((e: unknown) => req.log.warn({ err: e }, `reorganization plan ${plan.id} was not applied`));
      reply.status(202);
      return view(req, plan.id);
    },
  );

  // The papers of an applied plan: the list, each PDF, and all of them in one .zip.
  app.get(
    '/api/reorg-plans/:planId/papers',
    { config: { policy: REORG_MANAGE }, schema: { tags, params: PlanParams, response: ok(PaperList) } },
    async (req) => {
      const { plan } = await authorizePlan(req, req.params.planId);
      const papers = await saying(req, () => papersOf(ctx.db, plan));
      return papers.map((p) => ({
        seq: p.seq,
        kind: p.kind,
        decisionNo: p.decisionNo,
        minutesNo: p.minutesNo,
        effectiveOn: p.effectiveOn,
        from: p.from.map((u) => ({ code: u.code, name: u.name })),
        to: p.to.map((u) => ({ code: u.code, name: u.name })),
        files: { decision: paperFile(p, 'decision'), minutes: paperFile(p, 'minutes') },
      }));
    },
  );

  app.get(
    '/api/reorg-plans/:planId/papers/:seq/:doc',
    { config: { policy: REORG_MANAGE }, schema: { tags, params: PaperParams, response: ok(fileDownload) } },
    async (req, reply) => {
      const { plan } = await authorizePlan(req, req.params.planId);
      const paper = await paperOf(ctx.db, plan, req.params.seq);
      const doc = req.params.doc === 'decision.pdf' ? 'decision' : 'minutes';
      const out = { exportedBy: actorOf(req).displayName, now: new Date(), locale: req.locale };
      const pdf = doc === 'decision' ? await decisionPdf(ctx.db, plan, paper, out) : await minutesPdf(ctx.db, plan, paper, out);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${paperFile(paper, doc)}"`)
        .send(pdf);
    },
  );

  app.get(
    '/api/reorg-plans/:planId/papers.zip',
    { config: { policy: REORG_MANAGE }, schema: { tags, params: PlanParams, response: ok(fileDownload) } },
    async (req, reply) => {
      const { plan } = await authorizePlan(req, req.params.planId);
      const zip = await saying(req, () =>
        papersZip(ctx.db, plan, { exportedBy: actorOf(req).displayName, now: new Date(), locale: req.locale }),
      );
      return reply
        .type('application/zip')
        .header('content-disposition', `attachment; filename="giay-to-ke-hoach-${plan.id}.zip"`)
        .send(zip);
    },
  );

  app.post(
    '/api/reorg-plans/:planId/undo',
    { config: { policy: REORG_MANAGE }, schema: { tags, params: PlanParams } },
    async (req, reply) => {
      const { plan, actor } = await authorizePlan(req, req.params.planId);
      const started = await service.undo(ctx.db, actor, plan);
      started.done.catch((e: unknown) => req.log.warn({ err: e }, `undo of reorganization plan ${plan.id} failed`));
      reply.status(202);
      return view(req, plan.id);
    },
  );
}

// HTTP face of the member import. Files arrive as a raw body (see upload.ts).
import { Type } from 'typebox';
import type pg from 'pg';
import { actorOf, type App, type ModuleContext } from '../../../shared/http.js';
import { AUTHENTICATED } from '../../../shared/policy.js';
import { created, fileDownload, list, Nullable, ok, page, pageEcho, Timestamp } from '../../../shared/contract.js';
import { EXCEL_MAX_COLUMNS } from './limits.js';
import { IMPORT_FIELDS } from '../../../domain/imports/columns.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { IMPORT_MANAGE } from './policy.js';
import { NO_CONTROLS, MAX_UPLOAD_BYTES, uploadedFile, uploadLimiter, uploadScope } from './upload.js';
import { toJobView } from './dto.js';
import { templateWorkbook } from './template.js';
import * as service from './service.js';
import * as q from './queries.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const JobParams = Type.Object({ jobId: Type.Integer({ minimum: 1 }) });
const UnitQuery = Type.Object({ unitId: Type.Integer({ minimum: 1 }) }, { additionalProperties: false });
const JobListQuery = Type.Object(
  {
    unitId: Type.Integer({ minimum: 1 }),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);
const UploadQuery = Type.Object(
  {
    unitId: Type.Integer({ minimum: 1 }),
    filename: Type.String({ minLength: 1, maxLength: 200, pattern: NO_CONTROLS }),
    mapping: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: NO_CONTROLS })),
  },
  { additionalProperties: false },
);
const PageQuery = Type.Object({ page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }) }, { additionalProperties: false });
const MappingBody = Type.Object(
  {
    mapping: Type.Object(
      Object.fromEntries(
        IMPORT_FIELDS.map((f) => [f, Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 16_383 }), Type.Null()]))]),
      ),
      { additionalProperties: false },
    ),
    saveAs: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: NO_CONTROLS })),
  },
  { additionalProperties: false },
);

const Int = Type.Integer();
const Str = Type.String();
const JobStatus = Type.Union([
  Type.Literal('previewed'),
  Type.Literal('committing'),
  Type.Literal('committed'),
  Type.Literal('failed'),
  Type.Literal('undoing'),
  Type.Literal('undone'),
  Type.Literal('discarded'),
]);
const JobSummary = Type.Object({
  id: Int,
  filename: Str,
  status: Str,
  totalRows: Int,
  errorCount: Int,
  progress: Int,
  createdAt: Timestamp,
  committedAt: Nullable(Timestamp),
  undoneAt: Nullable(Timestamp),
  unitName: Str,
  createdByName: Nullable(Str),
});
/** The saved mappings a unit may use (its own and its ancestors'), at most this many, by name. */
const MAPPINGS_SHOWN = 200;
const Mapping = Type.Object({ id: Int, name: Str, columns: Type.Unknown(), unitId: Int, unitName: Str, updatedAt: Timestamp });
// A job's columns are the sheet's (at most Excel's), its fields the template's, its errors one page (toJobView's 200).
const JobView = Type.Object({
  id: Int,
  unitId: Int,
  unitName: Str,
  filename: Str,
  status: JobStatus,
  totalRows: Int,
  validRows: Int,
  errorCount: Int,
  progress: Int,
  failure: Nullable(Str),
  failureMessage: Nullable(Str),
  version: Int,
  createdAt: Timestamp,
  committedAt: Nullable(Timestamp),
  undoneAt: Nullable(Timestamp),
  columns: list(Type.Object({ index: Int, letter: Str, header: Str, field: Nullable(Str) }), EXCEL_MAX_COLUMNS),
  fields: list(Type.Object({ field: Str, label: Str, required: Type.Boolean(), column: Nullable(Int) }), IMPORT_FIELDS.length),
  ignoredColumns: Int,
  errors: list(Type.Object({ row: Int, column: Nullable(Str), header: Nullable(Str), field: Str, code: Str, message: Str }), 200),
  storedErrors: Int,
});
const accepted = (s: typeof JobView) => ({ 202: s, '4xx': ok(s)['4xx'] });

export function importRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['imports'];
  const jobRef = (j: q.JobRow) => ({ path: j.unit_path });

  app.get(
    '/api/imports/template.xlsx',
    { config: { policy: AUTHENTICATED }, schema: { tags, response: ok(fileDownload) } },
    async (req, reply) => {
      req.authorize(null);
      const file = await templateWorkbook(req.locale);
      return reply.header('content-type', XLSX).header('content-disposition', 'attachment; filename="mau-nhap-dang-vien.xlsx"').send(file);
    },
  );

  app.get(
    '/api/imports',
    { config: { policy: IMPORT_MANAGE }, schema: { tags, querystring: JobListQuery, response: ok(page(JobSummary, 100, pageEcho)) } },
    async (req) => {
      const unit = await loadUnit(ctx.db, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      const { page: n, pageSize } = req.query;
      const { rows, total } = await q.listJobs(ctx.db, unit.path, pageSize, (n - 1) * pageSize);
      return {
        total,
        page: n,
        pageSize,
        items: rows.map((j) => ({
          id: j.id,
          filename: j.filename,
          status: j.status,
          totalRows: j.total_rows,
          errorCount: j.error_count,
          progress: j.progress,
          createdAt: j.created_at,
          committedAt: j.committed_at,
          undoneAt: j.undone_at,
          unitName: j.unit_name,
          createdByName: j.created_by_name,
        })),
      };
    },
  );

  app.get(
    '/api/import-mappings',
    { config: { policy: IMPORT_MANAGE }, schema: { tags, querystring: UnitQuery, response: ok(list(Mapping, MAPPINGS_SHOWN)) } },
    async (req) => {
      const unit = await loadUnit(ctx.db, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      return (await q.listMappings(ctx.db, unit.path, MAPPINGS_SHOWN)).map((m) => ({
        id: m.id,
        name: m.name,
        columns: m.columns,
        unitId: m.unit_id,
        unitName: m.unit_name,
        updatedAt: m.updated_at,
      }));
    },
  );

  const limiter = uploadLimiter(app, ctx.config.uploadsPerMinute);
  uploadScope(app, (scoped) => {
    scoped.post(
      '/api/imports',
      {
        config: { policy: IMPORT_MANAGE },
        preHandler: limiter,
        bodyLimit: MAX_UPLOAD_BYTES,
        schema: { tags, querystring: UploadQuery, response: created(JobView) },
      },
      async (req, reply) => {
        const unit = await loadUnit(ctx.db, req.query.unitId);
        const actor = req.authorize(unit, { entity: 'unit' });
        const file = uploadedFile(req.body);
        const id = await service.preview(
          ctx.db,
          actor,
          { id: unit.id, path: unit.path },
          { file, filename: req.query.filename.normalize('NFC'), today: today(), mappingName: req.query.mapping },
        );
        reply.status(201);
        return toJobView(await service.loadJob(ctx.db, id), req.locale);
      },
    );
  });

  app.get(
    '/api/imports/:jobId',
    { config: { policy: IMPORT_MANAGE }, schema: { tags, params: JobParams, querystring: PageQuery, response: ok(JobView) } },
    async (req) => {
      const job = await service.loadJob(ctx.db, req.params.jobId);
      req.authorize(jobRef(job), { entity: 'import' });
      return toJobView(job, req.locale, req.query.page);
    },
  );

  app.put(
    '/api/imports/:jobId/mapping',
    { config: { policy: IMPORT_MANAGE }, schema: { tags, params: JobParams, body: MappingBody, response: ok(JobView) } },
    async (req) => {
      const job = await service.loadJob(ctx.db, req.params.jobId);
      const actor = req.authorize(jobRef(job), { entity: 'import', hideAs404: true });
      await service.remap(ctx.db, actor, job, { mapping: req.body.mapping, today: today(), saveAs: req.body.saveAs?.normalize('NFC') });
      return toJobView(await service.loadJob(ctx.db, job.id), req.locale);
    },
  );

  app.post(
    '/api/imports/:jobId/commit',
    { config: { policy: IMPORT_MANAGE }, schema: { tags, params: JobParams, response: accepted(JobView) } },
    async (req, reply) => {
      const job = await service.loadJob(ctx.db, req.params.jobId);
      const actor = req.authorize(jobRef(job), { entity: 'import', hideAs404: true });
      // With the pool in the module context (a shared change asked for), the rows go in with COPY like the CLI.
      const started = await service.commit(ctx.db, actor, job, { today: today(), pool: (ctx as ModuleContext & { pool?: pg.Pool }).pool });
      // The rows are written in the background; the page polls GET /api/imports/:jobId for progress.
      started.done.catch((e: unknown) => req.log.error({ err: e }, `import ${job.id} failed`));
      reply.status(202);
      return toJobView(await service.loadJob(ctx.db, job.id), req.locale);
    },
  );

  app.post(
    '/api/imports/:jobId/undo',
    { config: { policy: IMPORT_MANAGE }, schema: { tags, params: JobParams, response: accepted(JobView) } },
    async (req, reply) => {
      const job = await service.loadJob(ctx.db, req.params.jobId);
      const actor = req.authorize(jobRef(job), { entity: 'import', hideAs404: true });
      // Checked now (a refusal is the answer); the members are removed in the background, the page polls the job.
      const started = await service.undo(ctx.db, actor, job.id);
      started.done.catch((e: unknown) => req.log.warn({ err: e }, `undo of import ${job.id} failed`));
      reply.status(202);
      return toJobView(await service.loadJob(ctx.db, job.id), req.locale);
    },
  );

  app.post(
    '/api/imports/:jobId/discard',
    { config: { policy: IMPORT_MANAGE }, schema: { tags, params: JobParams, response: ok(JobView) } },
    async (req) => {
      const job = await service.loadJob(ctx.db, req.params.jobId);
      req.authorize(jobRef(job), { entity: 'import', hideAs404: true });
      await service.discard(ctx.db, actorOf(req), job);
      return toJobView(await service.loadJob(ctx.db, job.id), req.locale);
    },
  );
}

// HTTP face of reconciliation (đối chiếu danh sách): upload a list, read the results, decide differences.
import { Type } from 'typebox';
import type { App, ModuleContext } from '../../../shared/http.js';
import { CalendarDate, created, list, Nullable, ok, page, pageEcho, Timestamp } from '../../../shared/contract.js';
import { notFound } from '../../../shared/errors.js';
import { translate } from '../../../shared/i18n.js';
import { COMPARED_FIELDS, type Difference } from '../../../domain/reconciliation/match.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { MEMBER_UPDATE } from '../../foundation/members/policy.js';
import { loadMember } from '../../foundation/members/service.js';
import { NO_CONTROLS, MAX_UPLOAD_BYTES, uploadedFile, uploadLimiter, uploadScope } from '../imports/upload.js';
import { RECONCILE } from './policy.js';
import * as service from './service.js';
import { valueText } from './display.js';
import * as q from './queries.js';

const KINDS = ['matched', 'different', 'only_in_list', 'only_in_registry', 'registry_duplicate'] as const;
const HistoryQuery = Type.Object(
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
const RecParams = Type.Object({ reconciliationId: Type.Integer({ minimum: 1 }) });
const ItemsQuery = Type.Object(
  {
    kind: Type.Optional(Type.Union(KINDS.map((k) => Type.Literal(k)))),
    open: Type.Optional(Type.Boolean()),
    page: Type.Integer({ minimum: 1, maximum: 100_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
const ItemParams = Type.Object({ itemId: Type.Integer({ minimum: 1 }) });
const DecideBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1 }),
    memberVersion: Type.Integer({ minimum: 1 }),
    decisions: Type.Object(
      Object.fromEntries(COMPARED_FIELDS.map((f) => [f, Type.Optional(Type.Union([Type.Literal('accept'), Type.Literal('reject')]))])),
      { additionalProperties: false, minProperties: 1 },
    ),
  },
  { additionalProperties: false },
);

const Int = Type.Integer();
const Str = Type.String();
const Counts = Type.Record(Str, Int);
const History = Type.Object({ id: Int, filename: Str, counts: Counts, createdAt: Timestamp, unitName: Str, createdByName: Nullable(Str) });
// An item's differences are at most one per compared field.
const Item = Type.Object({
  id: Int,
  kind: Str,
  row: Nullable(Int),
  memberId: Nullable(Int),
  memberName: Nullable(Str),
  memberBirthDate: Nullable(CalendarDate),
  memberVersion: Nullable(Int),
  unitName: Nullable(Str),
  otherMemberId: Nullable(Int),
  otherName: Nullable(Str),
  method: Nullable(Str),
  score: Nullable(Type.Number()),
  listName: Nullable(Str),
  openCount: Int,
  version: Int,
  differences: list(
    Type.Object({
      field: Str,
      list: Str,
      registry: Nullable(Str),
      decision: Nullable(Str),
      label: Str,
      listText: Nullable(Str),
      registryText: Nullable(Str),
    }),
    COMPARED_FIELDS.length,
  ),
});
const Result = page(Item, 200, {
  ...pageEcho,
  id: Int,
  unitId: Int,
  unitName: Str,
  filename: Str,
  counts: Counts,
  createdAt: Timestamp,
  createdBy: Nullable(Str),
});

export function reconciliationRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['reconciliation'];

  const limiter = uploadLimiter(app, ctx.config.uploadsPerMinute);
  uploadScope(app, (scoped) => {
    scoped.post(
      '/api/reconciliations',
      {
        config: { policy: RECONCILE },
        preHandler: limiter,
        bodyLimit: MAX_UPLOAD_BYTES,
        schema: { tags, querystring: UploadQuery, response: created(Type.Object({ id: Int, counts: Counts })) },
      },
      async (req, reply) => {
        const unit = await loadUnit(ctx.db, req.query.unitId);
        const actor = req.authorize(unit, { entity: 'unit' });
        reply.status(201);
        return service.run(
          ctx.db,
          actor,
          { id: unit.id, path: unit.path },
          { file: uploadedFile(req.body), filename: req.query.filename.normalize('NFC'), mappingName: req.query.mapping },
        );
      },
    );
  });

  app.get(
    '/api/reconciliations',
    { config: { policy: RECONCILE }, schema: { tags, querystring: HistoryQuery, response: ok(page(History, 100, pageEcho)) } },
    async (req) => {
      const unit = await loadUnit(ctx.db, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      const { page: n, pageSize } = req.query;
      const { rows, total } = await q.listReconciliations(ctx.db, unit.path, pageSize, (n - 1) * pageSize);
      return {
        total,
        page: n,
        pageSize,
        items: rows.map((r) => ({
          id: r.id,
          filename: r.filename,
          counts: r.counts as Record<string, number>,
          createdAt: r.created_at,
          unitName: r.unit_name,
          createdByName: r.created_by_name,
        })),
      };
    },
  );

  app.get(
    '/api/reconciliations/:reconciliationId',
    { config: { policy: RECONCILE }, schema: { tags, params: RecParams, querystring: ItemsQuery, response: ok(Result) } },
    async (req) => {
      const rec = await q.getReconciliation(ctx.db, req.params.reconciliationId);
      if (!rec) throw notFound('reconciliation');
      req.authorize({ path: rec.unit_path }, { entity: 'reconciliation' });
      const { page, pageSize } = req.query;
      const { items, total } = await q.listItems(ctx.db, rec.id, {
        kind: req.query.kind,
        openOnly: req.query.open ?? false,
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return {
        id: rec.id,
        unitId: rec.unit_id,
        unitName: rec.unit_name,
        filename: rec.filename,
        counts: rec.counts as Record<string, number>,
        createdAt: rec.created_at,
        createdBy: rec.created_by_name,
        total,
        page,
        pageSize,
        items: items.map((i) => ({
          id: i.id,
          kind: i.kind,
          row: i.row_no,
          memberId: i.member_id,
          memberName: i.member_name,
          memberBirthDate: i.member_birth_date,
          memberVersion: i.member_version,
          unitName: i.unit_name,
          otherMemberId: i.other_member_id,
          otherName: i.other_name,
          method: i.method,
          score: i.score,
          listName: i.list_name,
          openCount: i.open_count,
          version: i.version,
          differences: (i.differences as Difference[]).map((d) => ({
            ...d,
            label: translate(req.locale, `imports.fields.${d.field}`),
            listText: valueText(req.locale, d.field, d.list),
            registryText: valueText(req.locale, d.field, d.registry),
          })),
        })),
      };
    },
  );

  app.post(
    '/api/reconciliation-items/:itemId/decisions',
    { config: { policy: RECONCILE }, schema: { tags, params: ItemParams, body: DecideBody, response: ok(Type.Object({ open: Int })) } },
    async (req) => {
      const item = await q.getItem(ctx.db, req.params.itemId);
      if (!item || !item.member_id) throw notFound('reconciliation_item');
      const actor = req.authorize({ path: item.unit_path }, { entity: 'reconciliation_item', hideAs404: true });
      // The member may have moved since the list was run: the decision also needs an editor of the member's cell now.
      const m = await loadMember(ctx.db, item.member_id);
      req.authorize({ id: m.id, unitPath: m.unit_path }, { policy: MEMBER_UPDATE });
      return service.decide(ctx.db, actor, item.id, req.body as service.DecideInput, { today: today(), locale: req.locale });
    },
  );
}

// HTTP face of restructuring. Every operation accepts `preview: true` to see what would move.
import { Type, type Static } from 'typebox';
import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../../../shared/http.js';
import { PATH_READ } from '../../../../shared/scope.js';
import { UNIT_CREATE, UNIT_RESTRUCTURE } from '../policy.js';
import { UnitParams } from '../schemas.js';
import { loadUnit } from '../service.js';
import { UNIT_KINDS } from '../../../../domain/orgs/tree.js';
import * as service from './service.js';
import { AppError } from '../../../../shared/errors.js';
import { toAppError } from '../../../../shared/errors-http.js';
import type { Locale } from '../../../../shared/i18n.js';

// The creation form shows these refusals under the field they are about.
const CREATE_FIELDS: Record<string, string> = {
  duplicate_unit_code: 'code',
  duplicate_unit_name: 'name',
  kind_not_allowed_under: 'kind',
  effective_in_future: 'effectiveOn',
};

function withField(err: unknown, locale: Locale): unknown {
  const e = toAppError(err);
  const field = e && CREATE_FIELDS[e.code];
  if (!e || !field || e.details !== undefined) return err;
  return new AppError(e.code, e.status, e.params, [{ field, message: e.messageIn(locale) }]);
}

const Name = Type.String({ minLength: 1, maxLength: 200 });
const Code = Type.String({ minLength: 1, maxLength: 50, pattern: '^[A-Za-z0-9._-]+$' });
const Common = {
  effectiveOn: Type.String({ format: 'date' }),
  decisionNo: Type.Optional(Type.String({ maxLength: 100 })),
  note: Type.Optional(Type.String({ maxLength: 2000 })),
  preview: Type.Optional(Type.Boolean()),
};
const Version = Type.Integer({ minimum: 1 });
const body = <T extends Record<string, import('typebox').TSchema>>(props: T) =>
  Type.Object({ ...props, ...Common }, { additionalProperties: false });

const CreateBody = body({
  parentId: Type.Integer({ minimum: 1 }),
  code: Code,
  name: Name,
  kind: Type.Union(UNIT_KINDS.map((k) => Type.Literal(k))),
});
const RenameBody = body({ name: Name, version: Version });
const MoveBody = body({ newParentId: Type.Integer({ minimum: 1 }), version: Version });
const DissolveBody = body({ version: Version });
const MergeBody = body({
  sources: Type.Array(Type.Object({ id: Type.Integer({ minimum: 1 }), version: Version }, { additionalProperties: false }), {
    minItems: 2,
    maxItems: 20,
  }),
  into: Type.Union([
    Type.Object({ unitId: Type.Integer({ minimum: 1 }) }, { additionalProperties: false }),
    Type.Object({ parentId: Type.Integer({ minimum: 1 }), code: Code, name: Name }, { additionalProperties: false }),
  ]),
});
const SplitBody = body({
  version: Version,
  parts: Type.Array(Type.Object({ code: Code, name: Name }, { additionalProperties: false }), { minItems: 2, maxItems: 10 }),
  memberParts: Type.Record(Type.String({ pattern: '^[0-9]+$' }), Type.Integer({ minimum: 0 })),
  childParts: Type.Optional(Type.Record(Type.String({ pattern: '^[0-9]+$' }), Type.Integer({ minimum: 0 }))),
});

const common = (b: { effectiveOn: string; decisionNo?: string; note?: string; preview?: boolean }) => ({
  effectiveOn: b.effectiveOn,
  decisionNo: b.decisionNo,
  note: b.note,
  preview: b.preview,
});
const toMap = (r: Record<string, number> | undefined) => new Map(Object.entries(r ?? {}).map(([k, v]) => [Number(k), v]));

export function restructureRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['restructuring'];
  // A unit the caller cannot even read answers 404 like a missing one, in the path and in the body alike.
  const authorizeUnit = async (req: FastifyRequest, id: number, policy?: string) => {
    const unit = await loadUnit(ctx.db, id);
    return req.authorize(unit, { policy, entity: 'unit', readableBy: PATH_READ });
  };

  app.post('/api/units', { config: { policy: UNIT_CREATE }, schema: { tags, body: CreateBody } }, async (req) => {
    const b = req.body;
    const actor = await authorizeUnit(req, b.parentId);
    try {
      return await service.create(
        { db: ctx.db, actor, today: today() },
        b.parentId,
        { code: b.code, name: b.name.trim(), kind: b.kind },
        common(b),
      );
    } catch (e) {
      throw withField(e, req.locale);
    }
  });

  app.post(
    '/api/units/:unitId/rename',
    { config: { policy: UNIT_RESTRUCTURE }, schema: { tags, params: UnitParams, body: RenameBody } },
    async (req) => {
      const actor = await authorizeUnit(req, req.params.unitId);
      return service.rename(
        { db: ctx.db, actor, today: today() },
        { unitId: req.params.unitId, version: req.body.version },
        req.body.name,
        common(req.body),
      );
    },
  );

  app.post(
    '/api/units/:unitId/move',
    { config: { policy: UNIT_RESTRUCTURE }, schema: { tags, params: UnitParams, body: MoveBody } },
    async (req) => {
      await authorizeUnit(req, req.params.unitId);
      const actor = await authorizeUnit(req, req.body.newParentId, UNIT_CREATE);
      return service.move(
        { db: ctx.db, actor, today: today() },
        { unitId: req.params.unitId, version: req.body.version },
        req.body.newParentId,
        common(req.body),
      );
    },
  );

  app.post('/api/units/merge', { config: { policy: UNIT_RESTRUCTURE }, schema: { tags, body: MergeBody } }, async (req) => {
    const b: Static<typeof MergeBody> = req.body;
    let actor = req.actor!;
    for (const s of b.sources) actor = await authorizeUnit(req, s.id);
    if ('parentId' in b.into) actor = await authorizeUnit(req, b.into.parentId, UNIT_CREATE);
    else actor = await authorizeUnit(req, b.into.unitId);
    return service.merge({ db: ctx.db, actor, today: today() }, b.sources, b.into, common(b));
  });

  app.post(
    '/api/units/:unitId/split',
    { config: { policy: UNIT_RESTRUCTURE }, schema: { tags, params: UnitParams, body: SplitBody } },
    async (req) => {
      const actor = await authorizeUnit(req, req.params.unitId);
      const b = req.body;
      return service.split(
        { db: ctx.db, actor, today: today() },
        { unitId: req.params.unitId, version: b.version },
        { parts: b.parts, assign: { members: toMap(b.memberParts), children: toMap(b.childParts) } },
        common(b),
      );
    },
  );

  app.post(
    '/api/units/:unitId/dissolve',
    { config: { policy: UNIT_RESTRUCTURE }, schema: { tags, params: UnitParams, body: DissolveBody } },
    async (req) => {
      const actor = await authorizeUnit(req, req.params.unitId);
      return service.dissolve(
        { db: ctx.db, actor, today: today() },
        { unitId: req.params.unitId, version: req.body.version },
        common(req.body),
      );
    },
  );
}

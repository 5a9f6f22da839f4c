// HTTP face of probation: the due and overdue lists, the forms checklist, and the decision.
import { Type } from 'typebox';
import { ok, page, pageEcho, list, CalendarDate, Nullable } from '../../../shared/contract.js';
import type { App, ModuleContext } from '../../../shared/http.js';
import { notFound } from '../../../shared/errors.js';
import { getMember } from '../../foundation/members/queries.js';
import { authorizeWrite, DateT, IdT, listUnit, memberRef, Text } from '../shared/http.js';
import { LC_DECIDE, LC_EDIT, LC_READ } from '../shared/policy.js';
import * as service from './service.js';

const ListQuery = Type.Object(
  {
    unitId: Type.Optional(IdT),
    filter: Type.Optional(Type.Union([Type.Literal('all'), Type.Literal('due'), Type.Literal('overdue')])),
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
  },
  { additionalProperties: false },
);
const Probationer = Type.Object({
  memberId: Type.Integer(),
  fullName: Type.String(),
  birthDate: Nullable(CalendarDate),
  admittedOn: CalendarDate,
  unitId: Type.Integer(),
  unitName: Type.String(),
  dueOn: CalendarDate,
  daysLeft: Type.Integer(),
  overdue: Type.Boolean(),
  // One entry per form 10–15-KNĐ.
  checklist: list(Type.Object({ form: Type.String(), done: Type.Boolean() }), 20),
  fileVersion: Type.Integer(),
});
const FormsSaved = Type.Object({ memberId: Type.Integer(), forms: list(Type.String(), 20), version: Type.Integer() });
const Decided = Type.Object({
  memberId: Type.Integer(),
  outcome: Type.Union([Type.Literal('official'), Type.Literal('ended')]),
  officialOn: Nullable(CalendarDate),
});
const Params = Type.Object({ memberId: IdT });
const FormsBody = Type.Object(
  { version: Type.Integer({ minimum: 0 }), forms: Type.Array(Text(20, 1), { maxItems: 20 }) },
  { additionalProperties: false },
);
const DecisionBody = Type.Object(
  {
    outcome: Type.Union([Type.Literal('official'), Type.Literal('ended')]),
    decisionNo: Text(50, 1),
    decidedOn: DateT,
    authority: Text(200, 1),
  },
  { additionalProperties: false },
);

export function probationRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['probation'];
  const member = async (id: number) => {
    const m = await getMember(ctx.db, id);
    if (!m) throw notFound('member');
    return m;
  };

  app.get(
    '/api/probation',
    { config: { policy: LC_READ }, schema: { tags, querystring: ListQuery, response: ok(page(Probationer, 200, pageEcho)) } },
    async (req) => {
      const q = req.query;
      const unit = await listUnit(req, ctx.db, q.unitId);
      const r = await service.list(ctx.db, {
        path: unit.path,
        filter: q.filter ?? 'all',
        today: today(),
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      return { ...r, page: q.page, pageSize: q.pageSize };
    },
  );

  app.put(
    '/api/probation/:memberId/forms',
    { config: { policy: LC_EDIT }, schema: { tags, params: Params, body: FormsBody, response: ok(FormsSaved) } },
    async (req) => {
      const m = await member(req.params.memberId);
      const actor = authorizeWrite(req, memberRef(m), 'member');
      return service.saveForms(ctx.db, actor, m.id, req.body);
    },
  );

  app.post(
    '/api/probation/:memberId/decision',
    { config: { policy: LC_DECIDE }, schema: { tags, params: Params, body: DecisionBody, response: ok(Decided) } },
    async (req) => {
      const m = await member(req.params.memberId);
      const actor = authorizeWrite(req, memberRef(m), 'member');
      return service.decide(ctx.db, actor, m.id, req.body, today());
    },
  );
}

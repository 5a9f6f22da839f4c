// HTTP face of probation: the due and overdue lists, the forms checklist, and the decision.
import { Type } from 'typebox';
import type { App, ModuleContext } from '../../../shared/http.js';
import { notFound } from '../../../shared/errors.js';
import { getMember } from '../../foundation/members/queries.js';
import { authorizeWrite, DateT, IdT, listUnit, memberRef, Text } from '../shared/http.js';
import { LC_DECIDE, LC_EDIT, LC_READ } from '../shared/policy.js';
import * as service from './service.js';

const ListQuery = Type.Object({
  unitId: Type.Optional(IdT),
  filter: Type.Optional(Type.Union([Type.Literal('all'), Type.Literal('due'), Type.Literal('overdue')])),
}, { additionalProperties: false });
const Params = Type.Object({ memberId: IdT });
const FormsBody = Type.Object({ version: Type.Integer({ minimum: 0 }), forms: Type.Array(Text(20, 1), { maxItems: 20 }) }, { additionalProperties: false });
const DecisionBody = Type.Object({
  outcome: Type.Union([Type.Literal('official'), Type.Literal('ended')]),
  decisionNo: Text(50, 1), decidedOn: DateT, authority: Text(200, 1),
}, { additionalProperties: false });

export function probationRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['probation'];
  const member = async (id: number) => {
    const m = await getMember(ctx.db, id);
    if (!m) throw notFound('member');
    return m;
  };

  app.get('/api/probation', { config: { policy: LC_READ }, schema: { tags, querystring: ListQuery } }, async (req) => {
    const unit = await listUnit(req, ctx.db, req.query.unitId);
    return service.list(ctx.db, unit.path, req.query.filter ?? 'all', today());
  });

  app.put('/api/probation/:memberId/forms', { config: { policy: LC_EDIT }, schema: { tags, params: Params, body: FormsBody } }, async (req) => {
    const m = await member(req.params.memberId);
    const actor = authorizeWrite(req, memberRef(m), 'member');
    return service.saveForms(ctx.db, actor, m.id, req.body);
  });

  app.post('/api/probation/:memberId/decision', { config: { policy: LC_DECIDE }, schema: { tags, params: Params, body: DecisionBody } }, async (req) => {
    const m = await member(req.params.memberId);
    const actor = authorizeWrite(req, memberRef(m), 'member');
    return service.decide(ctx.db, actor, m.id, req.body, today());
  });
}

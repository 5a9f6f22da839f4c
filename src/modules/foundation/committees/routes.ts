import { Type } from 'typebox';
import type { App, ModuleContext } from '../../../shared/http.js';
import { UNIT_READ } from '../orgs/policy.js';
import { UnitParams } from '../orgs/schemas.js';
import { loadUnit } from '../orgs/service.js';
import { COMMITTEE_MANAGE } from './policy.js';
import * as service from './service.js';
import { ok, created } from '../../../shared/contract.js';

const date = Type.String({ format: 'date' });
const TermBody = Type.Object(
  { label: Type.String({ minLength: 1, maxLength: 100 }), startsOn: date, endsOn: Type.Optional(date) },
  { additionalProperties: false },
);
const SeatBody = Type.Object(
  {
    memberId: Type.Integer({ minimum: 1 }),
    position: Type.Union(['secretary', 'deputy_secretary', 'standing_member', 'member'].map((p) => Type.Literal(p as 'member'))),
    fromDate: date,
  },
  { additionalProperties: false },
);
const Created = Type.Object({ id: Type.Integer() });
const EndedSeat = Type.Object({ id: Type.Integer(), toDate: date });
const EndBody = Type.Object({ toDate: date }, { additionalProperties: false });

export function committeeRoutes(app: App, ctx: ModuleContext) {
  const tags = ['committees'];
  app.get('/api/units/:unitId/committee', { config: { policy: UNIT_READ }, schema: { tags, params: UnitParams } }, async (req) => {
    const unit = await loadUnit(ctx.db, req.params.unitId);
    req.authorize(unit, { entity: 'unit' });
    return service.committee(ctx.db, unit.id);
  });

  app.post(
    '/api/units/:unitId/committee/terms',
    { config: { policy: COMMITTEE_MANAGE }, schema: { tags, params: UnitParams, body: TermBody, response: created(Created) } },
    async (req, reply) => {
      const unit = await loadUnit(ctx.db, req.params.unitId);
      const actor = req.authorize(unit);
      reply.status(201);
      return service.addTerm(ctx.db, actor, unit, req.body);
    },
  );

  app.post(
    '/api/committee-terms/:termId/seats',
    {
      config: { policy: COMMITTEE_MANAGE },
      schema: { tags, params: Type.Object({ termId: Type.Integer({ minimum: 1 }) }), body: SeatBody, response: created(Created) },
    },
    async (req, reply) => {
      const term = await service.loadTerm(ctx.db, req.params.termId);
      const actor = req.authorize({ path: term.unit_path });
      reply.status(201);
      return service.addSeat(ctx.db, actor, term, req.body);
    },
  );

  app.post(
    '/api/committee-seats/:seatId/end',
    {
      config: { policy: COMMITTEE_MANAGE },
      schema: { tags, params: Type.Object({ seatId: Type.Integer({ minimum: 1 }) }), body: EndBody, response: ok(EndedSeat) },
    },
    async (req) => {
      const seat = await service.loadSeat(ctx.db, req.params.seatId);
      const actor = req.authorize({ path: seat.unit_path });
      return service.endSeat(ctx.db, actor, seat, req.body.toDate);
    },
  );
}

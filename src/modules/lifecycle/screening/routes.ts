// HTTP face of screening, the review queue, the removal workflow, education records, deaths and departures.
import { Type } from 'typebox';
import { CalendarDate, created } from '../../../shared/contract.js';
import type { App, ModuleContext } from '../../../shared/http.js';
import { notFound } from '../../../shared/errors.js';
import { getMember } from '../../foundation/members/queries.js';
import { authorizeWrite, DateT, IdT, listUnit, memberRef, Text, Version } from '../shared/http.js';
import { LC_DECIDE, LC_EDIT, LC_READ } from '../shared/policy.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import * as service from './service.js';
import * as q from './queries.js';
import * as review from './review.js';
import { exitStats } from './stats.js';

export const REASONS = [
  'absent_without_reason',
  'fees_unpaid',
  'no_progress_after_education',
  'standards_breached_twice',
  'card_returned',
  'political_standards',
  'other',
] as const;
const UnitQuery = Type.Object({ unitId: Type.Optional(IdT) }, { additionalProperties: false });
const FlagQuery = Type.Object(
  {
    unitId: Type.Optional(IdT),
    state: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('dismissed'), Type.Literal('proposed')])),
  },
  { additionalProperties: false },
);
const RemovalQuery = Type.Object(
  {
    unitId: Type.Optional(IdT),
    state: Type.Optional(Type.Union([Type.Literal('proposed'), Type.Literal('removed'), Type.Literal('rejected')])),
  },
  { additionalProperties: false },
);
const StatsQuery = Type.Object(
  { unitId: Type.Optional(IdT), year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) },
  { additionalProperties: false },
);
const RunBody = Type.Object({ unitId: IdT }, { additionalProperties: false });
const FlagParams = Type.Object({ flagId: IdT });
const RemovalParams = Type.Object({ removalId: IdT });
const MemberParams = Type.Object({ memberId: IdT });
const DismissBody = Type.Object({ version: Version, note: Text(1000, 1) }, { additionalProperties: false });
const ProposeFields = { resolutionNo: Text(50, 1), proposedOn: DateT, note: Type.Optional(Text(1000)) };
const ProposeFlagBody = Type.Object({ version: Version, ...ProposeFields }, { additionalProperties: false });
const ProposeBody = Type.Object(
  { memberId: IdT, reason: Type.Union(REASONS.map((r) => Type.Literal(r))), ...ProposeFields },
  { additionalProperties: false },
);
const DecideBody = Type.Object(
  {
    version: Version,
    outcome: Type.Union([Type.Literal('removed'), Type.Literal('rejected')]),
    decisionNo: Text(50, 1),
    decidedOn: DateT,
    authority: Text(200, 1),
  },
  { additionalProperties: false },
);
const EducationBody = Type.Object(
  { kind: Type.Union([Type.Literal('educated'), Type.Literal('progress')]), on: DateT, note: Type.Optional(Text(1000)) },
  { additionalProperties: false },
);
const ExitBody = Type.Object(
  { kind: Type.Union([Type.Literal('deceased'), Type.Literal('departed')]), on: DateT, note: Type.Optional(Text(1000)) },
  { additionalProperties: false },
);

/** The event recorded on the member's timeline. */
const EventRecorded = Type.Object({ memberId: Type.Integer(), kind: Type.String(), on: CalendarDate });

export function screeningRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['screening'];
  const member = async (id: number) => {
    const m = await getMember(ctx.db, id);
    if (!m) throw notFound('member');
    return m;
  };

  app.post('/api/screening/runs', { config: { policy: LC_EDIT }, schema: { tags, body: RunBody } }, async (req, reply) => {
    const unit = await loadUnit(ctx.db, req.body.unitId);
    const actor = authorizeWrite(req, { path: unit.path }, 'unit');
    reply.status(201);
    return service.run(ctx.db, actor, unit, today());
  });

  app.get('/api/screening/runs', { config: { policy: LC_READ }, schema: { tags, querystring: UnitQuery } }, async (req) => {
    const unit = await listUnit(req, ctx.db, req.query.unitId);
    return q.recentRuns(ctx.db, unit.path);
  });

  app.get('/api/screening/flags', { config: { policy: LC_READ }, schema: { tags, querystring: FlagQuery } }, async (req) => {
    const unit = await listUnit(req, ctx.db, req.query.unitId);
    return (await q.flagsIn(ctx.db, unit.path, req.query.state ?? 'open')).map(review.flagDto);
  });

  app.post(
    '/api/screening/flags/:flagId/dismiss',
    { config: { policy: LC_EDIT }, schema: { tags, params: FlagParams, body: DismissBody } },
    async (req) => {
      const f = await review.loadFlag(ctx.db, req.params.flagId);
      const actor = authorizeWrite(req, { path: f.unit_path }, 'flag');
      return review.dismiss(ctx.db, actor, f.id, req.body);
    },
  );

  app.post(
    '/api/screening/flags/:flagId/propose',
    { config: { policy: LC_EDIT }, schema: { tags, params: FlagParams, body: ProposeFlagBody } },
    async (req, reply) => {
      const f = await review.loadFlag(ctx.db, req.params.flagId);
      const actor = authorizeWrite(req, { path: f.unit_path }, 'flag');
      const { version, ...proposal } = req.body;
      const id = await review.propose(ctx.db, actor, {
        memberId: f.member_id,
        reason: f.rule,
        proposal,
        today: today(),
        flag: { id: f.id, version },
      });
      reply.status(201);
      return { removalId: id, flag: review.flagDto(await review.loadFlag(ctx.db, f.id)) };
    },
  );

  app.post('/api/removals', { config: { policy: LC_EDIT }, schema: { tags, body: ProposeBody } }, async (req, reply) => {
    const m = await member(req.body.memberId);
    const actor = authorizeWrite(req, memberRef(m), 'member');
    const { memberId, reason, ...proposal } = req.body;
    reply.status(201);
    return { removalId: await review.propose(ctx.db, actor, { memberId, reason, proposal, today: today() }) };
  });

  app.get('/api/removals', { config: { policy: LC_READ }, schema: { tags, querystring: RemovalQuery } }, async (req) => {
    const unit = await listUnit(req, ctx.db, req.query.unitId);
    return q.removalsIn(ctx.db, unit.path, req.query.state);
  });

  app.post(
    '/api/removals/:removalId/decide',
    { config: { policy: LC_DECIDE }, schema: { tags, params: RemovalParams, body: DecideBody } },
    async (req) => {
      const c = await q.removalScope(ctx.db, req.params.removalId);
      if (!c) throw notFound('removal');
      const actor = authorizeWrite(req, { path: c.path }, 'removal');
      return review.decide(ctx.db, actor, c.id, req.body, today());
    },
  );

  app.get('/api/removals/stats', { config: { policy: LC_READ }, schema: { tags, querystring: StatsQuery } }, async (req) => {
    const unit = await listUnit(req, ctx.db, req.query.unitId);
    return exitStats(ctx.db, unit, req.query.year ?? Number(today().slice(0, 4)));
  });

  app.post(
    '/api/lifecycle/members/:memberId/education',
    { config: { policy: LC_EDIT }, schema: { tags, params: MemberParams, body: EducationBody, response: created(EventRecorded) } },
    async (req, reply) => {
      const m = await member(req.params.memberId);
      const actor = authorizeWrite(req, memberRef(m), 'member');
      reply.status(201);
      return review.recordEducation(ctx.db, actor, m.id, req.body, today());
    },
  );

  app.post(
    '/api/lifecycle/members/:memberId/exit',
    { config: { policy: LC_EDIT }, schema: { tags, params: MemberParams, body: ExitBody, response: created(EventRecorded) } },
    async (req, reply) => {
      const m = await member(req.params.memberId);
      const actor = authorizeWrite(req, memberRef(m), 'member');
      reply.status(201);
      return review.recordExit(ctx.db, actor, m.id, req.body, today());
    },
  );
}

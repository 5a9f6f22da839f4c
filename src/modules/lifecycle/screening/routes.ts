// HTTP face of screening, the review queue, the removal workflow, education records, deaths and departures.
import { Type } from 'typebox';
import { CalendarDate, created, list, Nullable, ok, page, pageEcho } from '../../../shared/contract.js';
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
const MAX_PAGE = 200;
const paging = {
  page: Type.Integer({ minimum: 1, default: 1 }),
  pageSize: Type.Integer({ minimum: 1, maximum: MAX_PAGE, default: 50 }),
};
const FLAG_STATES = ['open', 'dismissed', 'proposed'] as const;
const REMOVAL_STATES = ['proposed', 'removed', 'rejected'] as const;
const oneOf = <T extends string>(values: readonly T[]) => Type.Unsafe<T>(Type.Union(values.map((v) => Type.Literal(v))));
const FlagQuery = Type.Object(
  { unitId: Type.Optional(IdT), state: Type.Optional(oneOf(FLAG_STATES)), ...paging },
  { additionalProperties: false },
);
const RemovalQuery = Type.Object(
  { unitId: Type.Optional(IdT), state: Type.Optional(oneOf(REMOVAL_STATES)), ...paging },
  { additionalProperties: false },
);
const StatsQuery = Type.Object(
  { unitId: Type.Optional(IdT), year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })), ...paging },
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

const Str = Type.String();
const Int = Type.Integer();
const Counts = Type.Record(Type.String(), Type.Integer());
// Notes of a run ('ratings_unavailable'): one per source the run could not read.
const RunNotes = list(Str, 10);
const RunSummary = Type.Object({
  id: Int,
  unitId: Int,
  runOn: CalendarDate,
  windowFrom: CalendarDate,
  found: Int,
  flagged: Int,
  alreadyReviewed: Int,
  byRule: Counts,
  notes: RunNotes,
});
const Run = Type.Object({
  id: Int,
  unitId: Int,
  unitName: Str,
  runOn: CalendarDate,
  windowFrom: CalendarDate,
  flagged: Int,
  notes: RunNotes,
});
const Flag = Type.Object({
  id: Int,
  memberId: Int,
  fullName: Str,
  unitId: Int,
  unitName: Str,
  rule: Str,
  // What the rule found: the months, the education date, the years rated (domain/screening/rules.ts).
  evidence: Type.Unknown(),
  state: oneOf(FLAG_STATES),
  reviewNote: Str,
  version: Int,
  runOn: CalendarDate,
});
const Removal = Type.Object({
  id: Int,
  memberId: Int,
  fullName: Str,
  unitId: Int,
  unitName: Str,
  reason: Str,
  state: oneOf(REMOVAL_STATES),
  resolutionNo: Str,
  proposedOn: CalendarDate,
  decisionNo: Nullable(Str),
  decidedOn: Nullable(CalendarDate),
  authority: Nullable(Str),
  complaintUntil: Nullable(CalendarDate),
  version: Int,
});
const Decided = Type.Object({ id: Int, state: oneOf(['removed', 'rejected'] as const), complaintUntil: Nullable(CalendarDate) });
const ExitStats = Type.Object({
  year: Int,
  total: Int,
  byReason: Counts,
  // The unit itself and its direct children with exits in the year, by name.
  byUnit: page(Type.Object({ unitId: Int, name: Str, total: Int, reasons: Counts }), MAX_PAGE),
  ...pageEcho,
});

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

  app.post(
    '/api/screening/runs',
    { config: { policy: LC_EDIT }, schema: { tags, body: RunBody, response: created(RunSummary) } },
    async (req, reply) => {
      const unit = await loadUnit(ctx.db, req.body.unitId);
      const actor = authorizeWrite(req, { path: unit.path }, 'unit');
      reply.status(201);
      return service.run(ctx.db, actor, unit, today());
    },
  );

  // The latest runs only: a run is a moment, the flags it raised are the list that grows.
  app.get(
    '/api/screening/runs',
    { config: { policy: LC_READ }, schema: { tags, querystring: UnitQuery, response: ok(list(Run, q.RECENT_RUNS)) } },
    async (req) => {
      const unit = await listUnit(req, ctx.db, req.query.unitId);
      return q.recentRuns(ctx.db, unit.path);
    },
  );

  app.get(
    '/api/screening/flags',
    { config: { policy: LC_READ }, schema: { tags, querystring: FlagQuery, response: ok(page(Flag, MAX_PAGE, pageEcho)) } },
    async (req) => {
      const { page: p, pageSize } = req.query;
      const unit = await listUnit(req, ctx.db, req.query.unitId);
      const r = await q.flagsIn(ctx.db, { path: unit.path, state: req.query.state ?? 'open', limit: pageSize, offset: (p - 1) * pageSize });
      return { items: r.rows.map(review.flagDto), total: r.total, page: p, pageSize };
    },
  );

  app.post(
    '/api/screening/flags/:flagId/dismiss',
    { config: { policy: LC_EDIT }, schema: { tags, params: FlagParams, body: DismissBody, response: ok(Flag) } },
    async (req) => {
      const f = await review.loadFlag(ctx.db, req.params.flagId);
      const actor = authorizeWrite(req, { path: f.unit_path }, 'flag');
      return review.dismiss(ctx.db, actor, f.id, req.body);
    },
  );

  app.post(
    '/api/screening/flags/:flagId/propose',
    {
      config: { policy: LC_EDIT },
      schema: { tags, params: FlagParams, body: ProposeFlagBody, response: created(Type.Object({ removalId: Int, flag: Flag })) },
    },
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

  app.post(
    '/api/removals',
    { config: { policy: LC_EDIT }, schema: { tags, body: ProposeBody, response: created(Type.Object({ removalId: Int })) } },
    async (req, reply) => {
      const m = await member(req.body.memberId);
      const actor = authorizeWrite(req, memberRef(m), 'member');
      const { memberId, reason, ...proposal } = req.body;
      reply.status(201);
      return { removalId: await review.propose(ctx.db, actor, { memberId, reason, proposal, today: today() }) };
    },
  );

  app.get(
    '/api/removals',
    { config: { policy: LC_READ }, schema: { tags, querystring: RemovalQuery, response: ok(page(Removal, MAX_PAGE, pageEcho)) } },
    async (req) => {
      const { page: p, pageSize } = req.query;
      const unit = await listUnit(req, ctx.db, req.query.unitId);
      const r = await q.removalsIn(ctx.db, { path: unit.path, state: req.query.state, limit: pageSize, offset: (p - 1) * pageSize });
      return { items: r.rows, total: r.total, page: p, pageSize };
    },
  );

  app.post(
    '/api/removals/:removalId/decide',
    { config: { policy: LC_DECIDE }, schema: { tags, params: RemovalParams, body: DecideBody, response: ok(Decided) } },
    async (req) => {
      const c = await q.removalScope(ctx.db, req.params.removalId);
      if (!c) throw notFound('removal');
      const actor = authorizeWrite(req, { path: c.path }, 'removal');
      return review.decide(ctx.db, actor, c.id, req.body, today());
    },
  );

  app.get(
    '/api/removals/stats',
    { config: { policy: LC_READ }, schema: { tags, querystring: StatsQuery, response: ok(ExitStats) } },
    async (req) => {
      const { page: p, pageSize } = req.query;
      const unit = await listUnit(req, ctx.db, req.query.unitId);
      const year = req.query.year ?? Number(today().slice(0, 4));
      const stats = await exitStats(ctx.db, unit, { year, limit: pageSize, offset: (p - 1) * pageSize });
      return { ...stats, page: p, pageSize };
    },
  );

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

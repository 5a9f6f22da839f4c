// HTTP face of the member's handbook (GET /api/handbook, one answer for the phone page) and of the messages between
// a cell's committee and its members.
import { Type } from 'typebox';
import type { App, ModuleContext } from '../../../shared/http.js';
import { AUTHENTICATED } from '../../../shared/policy.js';
import { created, list, ok, page, pageEcho, Nullable, Timestamp } from '../../../shared/contract.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { authorizeWrite, IdT, listUnit } from '../shared/http.js';
import { LC_EDIT, LC_READ } from '../shared/policy.js';
import { HANDBOOK_READ, MESSAGE_REPLY } from './policy.js';
import * as service from './service.js';
import { memberCellPath } from './queries.js';

const Body = Type.String({ minLength: 1, maxLength: 2000 });
const Reply = Type.Object({
  id: Type.Integer(),
  body: Type.String(),
  at: Timestamp,
  author: Type.String(),
  byMember: Type.Boolean(),
  toMemberId: Nullable(Type.Integer()),
  toMemberName: Nullable(Type.String()),
});
// Replies per thread: bounded by the query (2,000 per page of threads), and in practice a cell's size.
const Thread = Type.Object({ id: Type.Integer(), body: Type.String(), at: Timestamp, author: Type.String(), replies: list(Reply, 2000) });
const Handbook = Type.Object({
  seenAt: Nullable(Timestamp),
  member: Type.Object({ id: Type.Integer(), name: Type.String(), unitName: Type.String(), category: Nullable(Type.String()) }),
  nextMeeting: Nullable(
    Type.Object({
      id: Type.Integer(),
      heldOn: Type.String({ format: 'date' }),
      kind: Type.String(),
      topic: Type.String(),
      startTime: Nullable(Type.String()),
      agenda: list(Type.String(), 50),
      papers: list(Type.Object({ id: Type.Integer(), fileName: Type.String(), size: Type.Integer(), postedAt: Timestamp }), 50),
    }),
  ),
  tasks: list(
    Type.Object({
      id: Type.Integer(),
      title: Type.String(),
      dueOn: Type.String({ format: 'date' }),
      completion: Nullable(Type.String()),
      evaluation: Nullable(Type.String()),
    }),
    50,
  ),
  assessment: Nullable(
    Type.Object({
      subjectId: Type.Integer(),
      cycleTitle: Type.String(),
      step: Type.String(),
      level: Nullable(Type.String()),
      form: Nullable(Type.String()),
    }),
  ),
  fees: Type.Object({
    year: Type.Integer(),
    paid: list(
      Type.Object({ month: Type.String({ format: 'date' }), amount: Type.Integer(), paidOn: Type.String({ format: 'date' }) }),
      12,
    ),
    unpaid: list(Type.String({ format: 'date' }), 12),
  }),
  households: list(
    Type.Object({
      id: Type.Integer(),
      address: Type.String(),
      headName: Type.String(),
      people: Type.Integer(),
      lastVisit: Nullable(Type.String({ format: 'date' })),
    }),
    100,
  ),
  messages: list(Thread, service.THREADS_ON_PHONE),
});
const Posted = Type.Object({ id: Type.Integer(), at: Timestamp });
const News = Type.Object({ papers: Type.Integer({ minimum: 0 }), messages: Type.Integer({ minimum: 0 }) });
const MessageParams = Type.Object({ messageId: IdT });
const UnitParams = Type.Object({ unitId: IdT });
const PageQuery = Type.Object(
  {
    page: Type.Integer({ minimum: 1, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 50, default: 20 }),
  },
  { additionalProperties: false },
);

export function handbookRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['handbook'];

  app.get('/api/handbook', { config: { policy: HANDBOOK_READ }, schema: { tags, response: ok(Handbook) } }, async (req) => {
    const actor = req.authorize(null, { entity: 'member' });
    return service.handbook(ctx.db, actor, today());
  });

  // The bell: news since the handbook was last opened. Any signed-in account asks (0 for one without a member).
  app.get('/api/handbook/news', { config: { policy: AUTHENTICATED }, schema: { tags, response: ok(News) } }, async (req) => {
    return service.news(ctx.db, req.authorize(null), today());
  });

  app.post(
    '/api/handbook/seen',
    { config: { policy: HANDBOOK_READ }, schema: { tags, response: ok(Type.Object({ ok: Type.Boolean() })) } },
    async (req) => {
      const actor = req.authorize(null, { entity: 'member', hideAs404: true });
      return service.markSeen(ctx.db, actor);
    },
  );

  app.post(
    '/api/handbook/messages/:messageId/replies',
    {
      config: { policy: MESSAGE_REPLY },
      schema: {
        tags,
        params: MessageParams,
        body: Type.Object({ body: Body }, { additionalProperties: false }),
        response: created(Posted),
      },
    },
    async (req, reply) => {
      const t = await service.loadThread(ctx.db, req.params.messageId);
      const memberPath = await memberCellPath(ctx.db, req.actor?.memberId ?? null);
      const actor = req.authorize({ path: t.unit_path, memberPath }, { entity: 'message', hideAs404: true });
      reply.status(201);
      return service.memberReply(ctx.db, actor, t.id, req.body.body);
    },
  );

  app.get(
    '/api/units/:unitId/messages',
    {
      config: { policy: LC_READ },
      schema: { tags, params: UnitParams, querystring: PageQuery, response: ok(page(Thread, 50, pageEcho)) },
    },
    async (req) => {
      const unit = await listUnit(req, ctx.db, req.params.unitId);
      return service.cellMessages(ctx.db, unit.id, req.query.page, req.query.pageSize);
    },
  );

  app.post(
    '/api/units/:unitId/messages',
    {
      config: { policy: LC_EDIT },
      schema: { tags, params: UnitParams, body: Type.Object({ body: Body }, { additionalProperties: false }), response: created(Posted) },
    },
    async (req, reply) => {
      const unit = await loadUnit(ctx.db, req.params.unitId);
      const actor = authorizeWrite(req, { path: unit.path }, 'unit');
      reply.status(201);
      return service.postToCell(ctx.db, actor, unit, req.body.body);
    },
  );

  app.post(
    '/api/messages/:messageId/replies',
    {
      config: { policy: LC_EDIT },
      schema: {
        tags,
        params: MessageParams,
        body: Type.Object({ body: Body, toMemberId: IdT }, { additionalProperties: false }),
        response: created(Posted),
      },
    },
    async (req, reply) => {
      const t = await service.loadThread(ctx.db, req.params.messageId);
      const actor = authorizeWrite(req, { path: t.unit_path }, 'message');
      reply.status(201);
      return service.committeeReply(ctx.db, actor, t, req.body.toMemberId, req.body.body);
    },
  );
}

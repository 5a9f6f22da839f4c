// HTTP face of transfers of Party activities, the introduction letter PDF and the member file package.
import type { FastifyRequest } from 'fastify';
import { created, fileDownload, ok, page, pageEcho } from '../../../shared/contract.js';
import { actorOf, type App, type ModuleContext } from '../../../shared/http.js';
import { canReadPath } from '../../../shared/scope.js';
import { can } from '../../../shared/policy.js';
import { invalid, notFound } from '../../../shared/errors.js';
import { getMember } from '../../foundation/members/queries.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { listUnit } from '../shared/http.js';
import { LC_READ } from '../shared/policy.js';
import { TRANSFER_DESTINATIONS, TRANSFER_READ, TRANSFER_RECEIVE, TRANSFER_SEND } from './policy.js';
import {
  DestinationQuery,
  Destinations,
  CreateOutTransferBody,
  CreateTransferBody,
  type CreateTransfer,
  ImportBody,
  IssueBody,
  OverdueQuery,
  StepBody,
  TRANSFER_PAGE_MAX,
  TransferItem,
  TransferListQuery,
  TransferParams,
} from './schemas.js';
import * as service from './service.js';
import * as lists from './lists.js';
import { letterPdf } from './letter.js';
import { exportPackage, importPackage } from './package.js';
import type { TransferRow } from './queries.js';
import * as q from './queries.js';
import { noteMemberRead } from '../../foundation/audit/read-log.js';
import { MemberAnswer } from '../../foundation/members/schemas.js';

const ref = (t: TransferRow) => ({ fromPath: t.from_path, toPath: t.to_path, memberId: t.member_id });

export function transferRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['transfers'];
  const readable = (req: FastifyRequest, t: TransferRow) => can(actorOf(req), TRANSFER_READ, ref(t));
  const loadFor = async (req: FastifyRequest, id: number, policy?: string) => {
    const t = await service.load(ctx.db, id);
    req.authorize(ref(t), { entity: 'transfer', policy, hideAs404: !readable(req, t) });
    return t;
  };

  app.get(
    '/api/transfers',
    {
      config: { policy: LC_READ },
      schema: { tags, querystring: TransferListQuery, response: ok(page(TransferItem, TRANSFER_PAGE_MAX, pageEcho)) },
    },
    async (req) => {
      const qs = req.query;
      const unit = await listUnit(req, ctx.db, qs.unitId);
      const r = await lists.list(ctx.db, {
        path: unit.path,
        direction: qs.direction,
        open: qs.open,
        limit: qs.pageSize,
        offset: (qs.page - 1) * qs.pageSize,
        today: today(),
      });
      return { ...r, page: qs.page, pageSize: qs.pageSize };
    },
  );

  app.get(
    '/api/transfers/overdue',
    {
      config: { policy: LC_READ },
      schema: { tags, querystring: OverdueQuery, response: ok(page(TransferItem, TRANSFER_PAGE_MAX, pageEcho)) },
    },
    async (req) => {
      const qs = req.query;
      const unit = await listUnit(req, ctx.db, qs.unitId);
      const r = await lists.overdueList(ctx.db, {
        path: unit.path,
        today: today(),
        limit: qs.pageSize,
        offset: (qs.page - 1) * qs.pageSize,
      });
      return { ...r, page: qs.page, pageSize: qs.pageSize };
    },
  );

  // A transfer goes to any cell of the province, beyond the sender's own subtree: names and ids only.
  app.get(
    '/api/transfers/destinations',
    { config: { policy: TRANSFER_DESTINATIONS }, schema: { tags, querystring: DestinationQuery, response: ok(Destinations) } },
    async (req) => {
      req.authorize(null);
      return q.destinations(ctx.db, req.query.q.trim());
    },
  );

  app.get(
    '/api/transfers/:transferId',
    { config: { policy: TRANSFER_READ }, schema: { tags, params: TransferParams, response: ok(TransferItem) } },
    async (req) => {
      return lists.one(ctx.db, await loadFor(req, req.params.transferId), today());
    },
  );

  const createFor = (out: boolean) => async (req: FastifyRequest, reply: { status(n: number): unknown }) => {
    const body = req.body as CreateTransfer;
    const m = await getMember(ctx.db, body.memberId);
    if (!m) throw notFound('member');
    const res = { fromPath: m.unit_path, memberId: m.id, toPath: null };
    req.authorize(res, { entity: 'member', readableBy: TRANSFER_READ });
    // The two endpoints are distinct on purpose: a letter to another province must not move anyone here.
    if (!out && (body.destination !== undefined || body.toUnitId === undefined)) throw invalid('transfer_wrong_endpoint_out');
    if (out && (body.toUnitId !== undefined || !body.destination?.trim())) throw invalid('transfer_wrong_endpoint_within');
    const id = await service.create(ctx.db, actorOf(req), body, out, today());
    reply.status(201);
    return lists.one(ctx.db, await service.load(ctx.db, id), today());
  };
  app.post(
    '/api/transfers',
    { config: { policy: TRANSFER_SEND }, schema: { tags, body: CreateTransferBody, response: created(TransferItem) } },
    createFor(false),
  );
  app.post(
    '/api/transfers/out-of-province',
    { config: { policy: TRANSFER_SEND }, schema: { tags, body: CreateOutTransferBody, response: created(TransferItem) } },
    createFor(true),
  );

  app.post(
    '/api/transfers/:transferId/issue',
    { config: { policy: TRANSFER_SEND }, schema: { tags, params: TransferParams, body: IssueBody, response: ok(TransferItem) } },
    async (req) => {
      const t = await loadFor(req, req.params.transferId);
      await service.issue(ctx.db, actorOf(req), t.id, req.body, today());
      return lists.one(ctx.db, await service.load(ctx.db, t.id), today());
    },
  );
  for (const [path, fn, policy] of [
    ['hand-over', service.handOver, TRANSFER_SEND],
    ['receive', service.receive, TRANSFER_RECEIVE],
    ['cancel', service.cancel, TRANSFER_SEND],
  ] as const) {
    app.post(
      `/api/transfers/:transferId/${path}`,
      { config: { policy }, schema: { tags, params: TransferParams, body: StepBody, response: ok(TransferItem) } },
      async (req) => {
        let t = await service.load(ctx.db, req.params.transferId);
        if (path === 'receive' && t.out_of_province) {
          // Nobody here receives a transfer out of the province: say so to whoever may see it.
          req.authorize(ref(t), { entity: 'transfer', policy: TRANSFER_READ, hideAs404: true });
          throw invalid('transfer_out_of_province_no_receive');
        }
        t = await loadFor(req, t.id);
        await fn(ctx.db, actorOf(req), t.id, req.body, today());
        return lists.one(ctx.db, await service.load(ctx.db, t.id), today());
      },
    );
  }

  app.get(
    '/api/transfers/:transferId/letter.pdf',
    { config: { policy: TRANSFER_READ }, schema: { tags, params: TransferParams, response: ok(fileDownload) } },
    async (req, reply) => {
      const t = await loadFor(req, req.params.transferId);
      if (!t.letter_no) throw invalid('transfer_no_letter');
      const { settings } = await lists.context(ctx.db);
      const pdf = await letterPdf(t, actorOf(req).displayName, new Date(), req.locale, settings.letterPresentWorkingDays);
      noteMemberRead(req, { memberId: t.member_id, unitPath: t.from_path }, 'transfer_letter');
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="gioi-thieu-${t.id}.pdf"`).send(pdf);
    },
  );

  app.get(
    '/api/transfers/:transferId/package',
    { config: { policy: TRANSFER_SEND }, schema: { tags, params: TransferParams, response: ok(fileDownload) } },
    async (req, reply) => {
      const t = await loadFor(req, req.params.transferId);
      if (!t.out_of_province || !t.letter_no) throw invalid('transfer_no_package');
      noteMemberRead(req, { memberId: t.member_id, unitPath: t.from_path }, 'transfer_package');
      // A file to hand to the other province: saved, not opened in a tab.
      const pkg = await exportPackage(ctx.db, t, actorOf(req).displayName, new Date());
      return reply
        .type('application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="ho-so-dang-vien-${t.id}.json"`)
        .send(JSON.stringify(pkg));
    },
  );

  app.post(
    '/api/transfers/import',
    { config: { policy: TRANSFER_RECEIVE }, schema: { tags, body: ImportBody, response: created(MemberAnswer) } },
    async (req, reply) => {
      const unit = await loadUnit(ctx.db, req.body.toUnitId);
      const actor = req.authorize({ toPath: unit.path }, { entity: 'unit', hideAs404: !canReadPath(actorOf(req), unit.path) });
      reply.status(201);
      return importPackage(ctx.db, actor, req.body, today());
    },
  );
}

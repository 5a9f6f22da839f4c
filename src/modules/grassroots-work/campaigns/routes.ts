// HTTP face of mass-mobilization campaigns: the register, the board, the chart and the reports.
import { actorOf, type App, type ModuleContext } from '../../../shared/http.js';
import { created, fileDownload, ok } from '../../../shared/contract.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { listScope } from '../../foundation/orgs/list-scope.js';
import { CAMPAIGN_MANAGE, CAMPAIGN_READ, CAMPAIGN_WORK } from './policy.js';
import { campaignPdf, campaignXlsx } from './report.js';
import {
  AddedAnswer,
  AddHouseholdsBody,
  BoardAnswer,
  CampaignAnswer,
  CampaignHouseholdParams,
  CampaignListAnswer,
  CampaignListQuery,
  CampaignParams,
  CardAnswer,
  ChartAnswer,
  CreateCampaignBody,
  HouseholdMovesAnswer,
  InChargeBody,
  MoveBody,
  UpdateCampaignBody,
  type Move,
} from './schemas.js';
import * as service from './service.js';

export function campaignRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['campaigns'];
  const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

  app.get(
    '/api/campaigns',
    { config: { policy: CAMPAIGN_READ }, schema: { tags, querystring: CampaignListQuery, response: ok(CampaignListAnswer) } },
    async (req) => {
      const unit = await listScope(ctx.db, req.actor, req.query.unitId);
      req.authorize(unit, { entity: 'unit' });
      return service.list(ctx.db, unit.path);
    },
  );

  app.post(
    '/api/campaigns',
    { config: { policy: CAMPAIGN_MANAGE }, schema: { tags, body: CreateCampaignBody, response: created(CampaignAnswer) } },
    async (req, reply) => {
      const unit = await loadUnit(ctx.db, req.body.unitId);
      const actor = req.authorize(unit, { entity: 'unit', readableBy: CAMPAIGN_READ });
      reply.status(201);
      return service.create(ctx.db, actor, req.body, unit);
    },
  );

  const readCampaign = async (req: { authorize: (r: unknown, o?: object) => unknown }, id: number) => {
    const c = await service.loadCampaign(ctx.db, id);
    req.authorize(c, { entity: 'campaign' });
    return c;
  };

  app.get(
    '/api/campaigns/:campaignId',
    { config: { policy: CAMPAIGN_READ }, schema: { tags, params: CampaignParams, response: ok(CampaignAnswer) } },
    async (req) => service.page(ctx.db, await readCampaign(req, req.params.campaignId)),
  );

  app.patch(
    '/api/campaigns/:campaignId',
    {
      config: { policy: CAMPAIGN_MANAGE },
      schema: { tags, params: CampaignParams, body: UpdateCampaignBody, response: ok(CampaignAnswer) },
    },
    async (req) => {
      const c = await service.loadCampaign(ctx.db, req.params.campaignId);
      const actor = req.authorize(c, { entity: 'campaign', readableBy: CAMPAIGN_READ });
      return service.update(ctx.db, actor, c.id, req.body);
    },
  );

  app.post(
    '/api/campaigns/:campaignId/households',
    {
      config: { policy: CAMPAIGN_MANAGE },
      schema: { tags, params: CampaignParams, body: AddHouseholdsBody, response: created(AddedAnswer) },
    },
    async (req, reply) => {
      const c = await service.loadCampaign(ctx.db, req.params.campaignId);
      const actor = req.authorize(c, { entity: 'campaign', readableBy: CAMPAIGN_READ });
      reply.status(201);
      return service.addHouseholds(ctx.db, actor, c, req.body, today());
    },
  );

  app.get(
    '/api/campaigns/:campaignId/board',
    { config: { policy: CAMPAIGN_READ }, schema: { tags, params: CampaignParams, response: ok(BoardAnswer) } },
    async (req) => service.board(ctx.db, await readCampaign(req, req.params.campaignId)),
  );

  app.get(
    '/api/campaigns/:campaignId/chart',
    { config: { policy: CAMPAIGN_READ }, schema: { tags, params: CampaignParams, response: ok(ChartAnswer) } },
    async (req) => service.chart(ctx.db, await readCampaign(req, req.params.campaignId), today()),
  );

  app.get(
    '/api/campaigns/:campaignId/report.xlsx',
    { config: { policy: CAMPAIGN_READ }, schema: { tags, params: CampaignParams, response: ok(fileDownload) } },
    async (req, reply) => {
      const b = await service.board(ctx.db, await readCampaign(req, req.params.campaignId));
      const file = await campaignXlsx(b, { user: actorOf(req).displayName, now: new Date(), locale: req.locale });
      return reply.type(XLSX).header('content-disposition', `attachment; filename="van-dong-${b.campaign.id}.xlsx"`).send(file);
    },
  );

  app.get(
    '/api/campaigns/:campaignId/report.pdf',
    { config: { policy: CAMPAIGN_READ }, schema: { tags, params: CampaignParams, response: ok(fileDownload) } },
    async (req, reply) => {
      const b = await service.board(ctx.db, await readCampaign(req, req.params.campaignId));
      const file = await campaignPdf(b, { user: actorOf(req).displayName, now: new Date(), locale: req.locale });
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="van-dong-${b.campaign.id}.pdf"`).send(file);
    },
  );

  app.get(
    '/api/campaign-households/:campaignHouseholdId/history',
    { config: { policy: CAMPAIGN_READ }, schema: { tags, params: CampaignHouseholdParams, response: ok(HouseholdMovesAnswer) } },
    async (req) => {
      const ch = await service.loadCampaignHousehold(ctx.db, req.params.campaignHouseholdId);
      req.authorize(ch, { entity: 'campaign_household' });
      return service.householdHistory(ctx.db, ch.id);
    },
  );

  app.post(
    '/api/campaign-households/:campaignHouseholdId/move',
    { config: { policy: CAMPAIGN_WORK }, schema: { tags, params: CampaignHouseholdParams, body: MoveBody, response: ok(CardAnswer) } },
    async (req) => {
      const ch = await service.loadCampaignHousehold(ctx.db, req.params.campaignHouseholdId);
      const actor = req.authorize(ch, { entity: 'campaign_household', readableBy: CAMPAIGN_READ });
      return service.move(ctx.db, actor, ch.id, req.body as Move, { today: today(), locale: req.locale });
    },
  );

  app.put(
    '/api/campaign-households/:campaignHouseholdId/in-charge',
    { config: { policy: CAMPAIGN_WORK }, schema: { tags, params: CampaignHouseholdParams, body: InChargeBody, response: ok(CardAnswer) } },
    async (req) => {
      const ch = await service.loadCampaignHousehold(ctx.db, req.params.campaignHouseholdId);
      const actor = req.authorize(ch, { entity: 'campaign_household', readableBy: CAMPAIGN_READ });
      return service.setInCharge(ctx.db, actor, ch, req.body);
    },
  );
}

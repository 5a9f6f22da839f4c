// HTTP face of cell meetings (scheduled ahead with an agenda, recorded on the day with attendance, times, minutes
// and resolution; papers attached; flags and the committee's roll-up) and monthly Party fees.
import type { FastifyRequest } from 'fastify';
import { created, fileDownload, ok, page, pageEcho } from '../../../shared/contract.js';
import type { App, ModuleContext } from '../../../shared/http.js';
import { readableRoots } from '../../../domain/access/scope.js';
import { notFound } from '../../../shared/errors.js';
import type { Db } from '../../../db/connection.js';
import { loadUnit } from '../../foundation/orgs/service.js';
import { authorizeWrite, listUnit } from '../shared/http.js';
import { LC_EDIT, LC_READ } from '../shared/policy.js';
import { loadSettings } from '../shared/settings.js';
import { meetingFlags } from '../../../domain/lifecycle/meetings.js';
import {
  CreateMeetingBody,
  FeeParams,
  FeesBody,
  FeeSheet,
  FeesSaved,
  MEETING_PAGE_MAX,
  MeetingDetail,
  MeetingListItem,
  MeetingListQuery,
  MeetingParams,
  ROLLUP_PAGE_MAX,
  RollupExtra,
  RollupQuery,
  RollupRow,
  Roster,
  RosterQuery,
  UpdateMeetingBody,
} from './schemas.js';
import { MEETING_READ } from './policy.js';
import { minutesPdf } from './minutes-pdf.js';
import { paperRoutes, writeOn } from './paper-routes.js';
import { rollup } from './rollup.js';
import * as service from './service.js';
import * as q from './queries.js';

/** The unit whose meetings are listed: the one asked for, else the widest readable root, else a member's own cell. */
async function meetingUnit(req: FastifyRequest, db: Db, unitId: number | undefined) {
  const own = req.actor?.grants.find((g) => g.role === 'member');
  const id = unitId ?? (req.actor ? readableRoots(req.actor)[0]?.unitId : undefined) ?? own?.unitId;
  if (!id) throw notFound('unit');
  const unit = await loadUnit(db, id);
  req.authorize({ path: unit.path }, { entity: 'unit', policy: MEETING_READ });
  return unit;
}

export function meetingRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['meetings'];

  app.get(
    '/api/meetings',
    {
      config: { policy: MEETING_READ },
      schema: { tags, querystring: MeetingListQuery, response: ok(page(MeetingListItem, MEETING_PAGE_MAX, pageEcho)) },
    },
    async (req) => {
      const qs = req.query;
      const unit = await meetingUnit(req, ctx.db, qs.unitId);
      const [{ rows, total }, s] = await Promise.all([
        q.listMeetings(ctx.db, {
          path: unit.path,
          year: qs.year ?? Number(today().slice(0, 4)),
          limit: qs.pageSize,
          offset: (qs.page - 1) * qs.pageSize,
        }),
        loadSettings(ctx.db),
      ]);
      return {
        total,
        page: qs.page,
        pageSize: qs.pageSize,
        items: rows.map((r) => ({
          id: r.id,
          unitId: r.unit_id,
          unitName: r.unit_name,
          heldOn: r.held_on,
          kind: r.kind,
          topic: r.topic,
          version: r.version,
          startTime: r.start_time?.slice(0, 5) ?? null,
          plannedMinutes: r.planned_minutes,
          startedAt: r.started_at?.slice(0, 5) ?? null,
          endedAt: r.ended_at?.slice(0, 5) ?? null,
          flags: meetingFlags(
            {
              heldOn: r.held_on,
              kind: r.kind,
              startTime: r.start_time,
              startedAt: r.started_at,
              endedAt: r.ended_at,
              papersPostedAt: r.last_posted_at ? [r.last_posted_at] : [],
            },
            s,
          ),
          present: Number(r.present),
          excused: Number(r.excused),
          unexcused: Number(r.unexcused),
        })),
      };
    },
  );

  app.get(
    '/api/meetings/roster',
    { config: { policy: LC_READ }, schema: { tags, querystring: RosterQuery, response: ok(Roster) } },
    async (req) => {
      const unit = await listUnit(req, ctx.db, req.query.unitId);
      return (await q.roster(ctx.db, unit.id)).map((r) => ({ memberId: r.id, fullName: r.full_name, status: r.status }));
    },
  );

  app.get(
    '/api/meetings/rollup',
    {
      config: { policy: LC_READ },
      schema: { tags, querystring: RollupQuery, response: ok(page(RollupRow, ROLLUP_PAGE_MAX, RollupExtra)) },
    },
    async (req) => {
      const qs = req.query;
      const unit = await listUnit(req, ctx.db, qs.unitId);
      return rollup(ctx.db, unit, qs, today(), await loadSettings(ctx.db));
    },
  );

  app.get(
    '/api/meetings/:meetingId',
    { config: { policy: MEETING_READ }, schema: { tags, params: MeetingParams, response: ok(MeetingDetail) } },
    async (req) => {
      const m = await service.loadMeeting(ctx.db, req.params.meetingId);
      req.authorize({ path: m.unit_path }, { entity: 'meeting' });
      return service.meetingDto(ctx.db, m, await loadSettings(ctx.db));
    },
  );

  app.get(
    '/api/meetings/:meetingId/minutes.pdf',
    { config: { policy: MEETING_READ }, schema: { tags, params: MeetingParams, response: ok(fileDownload) } },
    async (req, reply) => {
      const m = await service.loadMeeting(ctx.db, req.params.meetingId);
      const actor = req.authorize({ path: m.unit_path }, { entity: 'meeting' });
      const dto = await service.meetingDto(ctx.db, m, await loadSettings(ctx.db));
      const file = await minutesPdf(dto, { user: actor.displayName, at: new Date(), locale: req.locale });
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', `attachment; filename="bien-ban-sinh-hoat-${m.id}.pdf"`)
        .send(file);
    },
  );

  app.post(
    '/api/meetings',
    { config: { policy: LC_EDIT }, schema: { tags, body: CreateMeetingBody, response: created(MeetingDetail) } },
    async (req, reply) => {
      const unit = await loadUnit(ctx.db, req.body.unitId);
      const actor = authorizeWrite(req, { path: unit.path }, 'unit');
      reply.status(201);
      return service.create(ctx.db, actor, req.body, { today: today(), locale: req.locale, rules: await loadSettings(ctx.db) });
    },
  );

  app.put(
    '/api/meetings/:meetingId',
    { config: { policy: LC_EDIT }, schema: { tags, params: MeetingParams, body: UpdateMeetingBody, response: ok(MeetingDetail) } },
    async (req) => {
      const m = await service.loadMeeting(ctx.db, req.params.meetingId);
      const actor = writeOn(req, m.unit_path, 'meeting');
      return service.update(ctx.db, actor, m.id, req.body, { today: today(), locale: req.locale, rules: await loadSettings(ctx.db) });
    },
  );

  paperRoutes(app, ctx);

  app.get(
    '/api/units/:unitId/fees/:month',
    { config: { policy: LC_READ }, schema: { tags, params: FeeParams, response: ok(FeeSheet) } },
    async (req) => {
      const unit = await listUnit(req, ctx.db, req.params.unitId);
      const s = await loadSettings(ctx.db);
      return service.feeSheet(ctx.db, unit.id, req.params.month, s);
    },
  );

  app.put(
    '/api/units/:unitId/fees/:month',
    { config: { policy: LC_EDIT }, schema: { tags, params: FeeParams, body: FeesBody, response: ok(FeesSaved) } },
    async (req) => {
      const unit = await loadUnit(ctx.db, req.params.unitId);
      const actor = authorizeWrite(req, { path: unit.path }, 'unit');
      return service.saveFees(ctx.db, actor, { unitId: unit.id, month: req.params.month }, req.body, {
        today: today(),
        locale: req.locale,
      });
    },
  );
}

// HTTP face of cell meetings (attendance entered for the whole cell at once) and monthly Party fees.
import type { App, ModuleContext } from '../../shared/http.js';
import { loadUnit } from '../orgs/service.js';
import { authorizeWrite, listUnit } from '../lifecycle/http.js';
import { LC_EDIT, LC_READ } from '../lifecycle/policy.js';
import { loadSettings } from '../lifecycle/settings.js';
import { CreateMeetingBody, FeeParams, FeesBody, MeetingListQuery, MeetingParams, RosterQuery, UpdateMeetingBody } from './schemas.js';
import * as service from './service.js';
import * as q from './queries.js';

export function meetingRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['meetings'];

  app.get('/api/meetings', { config: { policy: LC_READ }, schema: { tags, querystring: MeetingListQuery } }, async (req) => {
    const unit = await listUnit(req, ctx.db, req.query.unitId);
    const rows = await q.listMeetings(ctx.db, unit.path, req.query.year ?? Number(today().slice(0, 4)));
    return rows.map((r) => ({ id: r.id, unitId: r.unit_id, unitName: r.unit_name, heldOn: r.held_on, kind: r.kind, topic: r.topic, version: r.version,
      present: Number(r.present), excused: Number(r.excused), unexcused: Number(r.unexcused) }));
  });

  app.get('/api/meetings/roster', { config: { policy: LC_READ }, schema: { tags, querystring: RosterQuery } }, async (req) => {
    const unit = await listUnit(req, ctx.db, req.query.unitId);
    return (await q.roster(ctx.db, unit.id)).map((r) => ({ memberId: r.id, fullName: r.full_name, status: r.status }));
  });

  app.get('/api/meetings/:meetingId', { config: { policy: LC_READ }, schema: { tags, params: MeetingParams } }, async (req) => {
    const m = await service.loadMeeting(ctx.db, req.params.meetingId);
    req.authorize({ path: m.unit_path }, { entity: 'meeting' });
    return service.meetingDto(ctx.db, m);
  });

  app.post('/api/meetings', { config: { policy: LC_EDIT }, schema: { tags, body: CreateMeetingBody } }, async (req, reply) => {
    const unit = await loadUnit(ctx.db, req.body.unitId);
    const actor = authorizeWrite(req, { path: unit.path }, 'unit');
    reply.status(201);
    return service.create(ctx.db, actor, req.body, today(), req.locale);
  });

  app.put('/api/meetings/:meetingId', { config: { policy: LC_EDIT }, schema: { tags, params: MeetingParams, body: UpdateMeetingBody } }, async (req) => {
    const m = await service.loadMeeting(ctx.db, req.params.meetingId);
    const actor = authorizeWrite(req, { path: m.unit_path }, 'meeting');
    return service.update(ctx.db, actor, m.id, req.body, today(), req.locale);
  });

  app.get('/api/units/:unitId/fees/:month', { config: { policy: LC_READ }, schema: { tags, params: FeeParams } }, async (req) => {
    const unit = await listUnit(req, ctx.db, req.params.unitId);
    const s = await loadSettings(ctx.db);
    return service.feeSheet(ctx.db, unit.id, req.params.month, s);
  });

  app.put('/api/units/:unitId/fees/:month', { config: { policy: LC_EDIT }, schema: { tags, params: FeeParams, body: FeesBody } }, async (req) => {
    const unit = await loadUnit(ctx.db, req.params.unitId);
    const actor = authorizeWrite(req, { path: unit.path }, 'unit');
    return service.saveFees(ctx.db, actor, unit.id, req.params.month, req.body, today(), req.locale);
  });
}

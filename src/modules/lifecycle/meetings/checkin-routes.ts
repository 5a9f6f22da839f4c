// HTTP face of the QR check-in: the secretary opens it, shows the rotating code and closes it (editors over the
// cell); a member of the cell checks in with the code their phone read from the QR.
import { Type } from 'typebox';
import type { App, ModuleContext } from '../../../shared/http.js';
import type { Actor } from '../../../domain/access/scope.js';
import { AppError } from '../../../shared/errors.js';
import { ok } from '../../../shared/contract.js';
import { MEETING_CHECK_IN } from './policy.js';
import { LC_EDIT } from '../shared/policy.js';
import { writeOn } from './paper-routes.js';
import { MeetingParams } from './schemas.js';
import * as checkin from './checkin.js';
import * as service from './service.js';
import { memberCellPath } from '../handbook/queries.js';

const Screen = Type.Object({
  available: Type.Boolean(),
  open: Type.Boolean(),
  code: Type.Union([Type.String(), Type.Null()]),
  periodSeconds: Type.Integer(),
  secondsLeft: Type.Integer(),
  present: Type.Integer(),
  checkedIn: Type.Integer(),
  members: Type.Integer(),
});
const CheckInBody = Type.Object(
  { code: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' }) },
  { additionalProperties: false },
);
const CheckedIn = Type.Object({
  meetingId: Type.Integer(),
  unitName: Type.String(),
  heldOn: Type.String({ format: 'date' }),
  topic: Type.String(),
  alreadyRecorded: Type.Boolean(),
});

export function checkinRoutes(app: App, ctx: ModuleContext) {
  const today = () => ctx.config.today!();
  const tags = ['meetings'];
  const editable = async (req: Parameters<typeof writeOn>[0], id: number) => {
    const m = await service.loadMeeting(ctx.db, id);
    return { m, actor: writeOn(req, m.unit_path, 'meeting') };
  };

  app.post(
    '/api/meetings/:meetingId/check-in/open',
    { config: { policy: LC_EDIT }, schema: { tags, params: MeetingParams, response: ok(Screen) } },
    async (req) => {
      const { m, actor } = await editable(req, req.params.meetingId);
      return checkin.open(ctx.db, actor, m, today());
    },
  );

  app.get(
    '/api/meetings/:meetingId/check-in',
    { config: { policy: LC_EDIT }, schema: { tags, params: MeetingParams, response: ok(Screen) } },
    async (req) => {
      const { m } = await editable(req, req.params.meetingId);
      return checkin.current(ctx.db, m, today());
    },
  );

  app.post(
    '/api/meetings/:meetingId/check-in/close',
    { config: { policy: LC_EDIT }, schema: { tags, params: MeetingParams, response: ok(Screen) } },
    async (req) => {
      const { m, actor } = await editable(req, req.params.meetingId);
      return checkin.close(ctx.db, actor, m, today());
    },
  );

  app.post(
    '/api/meetings/:meetingId/check-in',
    {
      config: { policy: MEETING_CHECK_IN },
      schema: { tags, params: MeetingParams, body: CheckInBody, response: ok(CheckedIn) },
    },
    async (req) => {
      // The code first: a wrong, stale or closed code reads the same whatever the meeting, so a guess learns nothing.
      await checkin.checkCode(ctx.db, req.params.meetingId, req.body.code, today());
      const m = await service.loadMeeting(ctx.db, req.params.meetingId);
      const memberPath = await memberCellPath(ctx.db, req.actor?.memberId ?? null);
      let actor: Actor;
      try {
        actor = req.authorize({ path: m.unit_path, memberPath }, { entity: 'meeting', hideAs404: false });
      } catch (e) {
        if (e instanceof AppError && e.code === 'forbidden') throw new AppError('checkin_other_cell', 403);
        throw e;
      }
      return checkin.checkIn(ctx.db, actor, m);
    },
  );
}

// HTTP face of remarks on a review: comments, and attendance of working-group members at the review meeting.
import { Type } from 'typebox';
import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../../shared/http.js';
import { AppError } from '../../../shared/errors.js';
import { translate } from '../../../shared/i18n.js';
import { can } from '../../../shared/policy.js';
import { ATTENDANCE_WRITE, REMARK_READ, REMARK_WRITE } from './policy.js';
import { addRemark, listRemarks, refWithGroup } from './remarks.js';
import { SubjectParams } from './schemas.js';
import { loadSubject } from './subjects.js';
import { created, ok, CalendarDate, Nullable, Timestamp } from '../../../shared/contract.js';

const CommentBody = Type.Object({ body: Type.String({ minLength: 1, maxLength: 5000 }) }, { additionalProperties: false });
// `present` defaults to true; when false, `absenceReason` is required (checked below, as a field error).
const AttendanceBody = Type.Object(
  {
    attendedOn: Type.String({ format: 'date' }),
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    present: Type.Optional(Type.Boolean()),
    absenceReason: Type.Optional(Type.String({ maxLength: 1000 })),
  },
  { additionalProperties: false },
);

const Remark = Type.Object({
  id: Type.Integer(),
  kind: Type.Union([Type.Literal('comment'), Type.Literal('attendance')]),
  body: Type.String(),
  attendedOn: Nullable(CalendarDate),
  present: Nullable(Type.Boolean()),
  absenceReason: Nullable(Type.String()),
  workingGroupId: Nullable(Type.Integer()),
  actorName: Type.String(),
  at: Timestamp,
});
// Not bounded yet (a subject's remarks grow with its review): GET …/remarks stays in unbounded-lists.txt.
const Remarks = Type.Array(Remark);

export function remarkRoutes(app: App, ctx: ModuleContext) {
  const tags = ['assessments'];
  const today = () => ctx.config.today!();
  const load = async (req: FastifyRequest, id: number) => {
    const s = await loadSubject(ctx.db, id);
    const ref = await refWithGroup(ctx.db, req.actor, s, today());
    return { s, ref, hide: !can(req.actor!, REMARK_READ, ref) };
  };

  app.get(
    '/api/assessment-subjects/:subjectId/remarks',
    { config: { policy: REMARK_READ }, schema: { tags, params: SubjectParams, response: ok(Remarks) } },
    async (req) => {
      const { s, ref } = await load(req, req.params.subjectId);
      req.authorize(ref, { entity: 'assessment_subject' });
      return listRemarks(ctx.db, s.id);
    },
  );

  app.post(
    '/api/assessment-subjects/:subjectId/remarks',
    { config: { policy: REMARK_WRITE }, schema: { tags, params: SubjectParams, body: CommentBody, response: created(Remarks) } },
    async (req, reply) => {
      const { s, ref, hide } = await load(req, req.params.subjectId);
      const actor = req.authorize(ref, { entity: 'assessment_subject', hideAs404: hide });
      await addRemark(ctx.db, actor, s, ref, { kind: 'comment', body: req.body.body });
      reply.status(201);
      return listRemarks(ctx.db, s.id);
    },
  );

  app.post(
    '/api/assessment-subjects/:subjectId/attendance',
    { config: { policy: ATTENDANCE_WRITE }, schema: { tags, params: SubjectParams, body: AttendanceBody, response: created(Remarks) } },
    async (req, reply) => {
      const { s, ref, hide } = await load(req, req.params.subjectId);
      const actor = req.authorize(ref, { entity: 'assessment_subject', hideAs404: hide });
      const { present = true, absenceReason = '' } = req.body;
      if (!present && !absenceReason.trim()) {
        throw new AppError('validation', 400, {}, [
          { field: 'absenceReason', message: translate(req.locale, 'errors.absence_reason_required') },
        ]);
      }
      await addRemark(ctx.db, actor, s, ref, {
        kind: 'attendance',
        body: req.body.note ?? '',
        attendedOn: req.body.attendedOn,
        present,
        absenceReason,
      });
      reply.status(201);
      return listRemarks(ctx.db, s.id);
    },
  );
}

// HTTP face of the workflow steps. Someone who may not read a subject learns nothing of it (404);
// a reader who may not take the step gets 403.
import type { FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../../shared/http.js';
import {
  SUBJECT_ADDITIONAL,
  SUBJECT_COMPLAIN,
  SUBJECT_DECIDE,
  SUBJECT_READ,
  SUBJECT_REVIEW,
  SUBJECT_SELF,
  SUBJECT_VERIFY,
} from './policy.js';
import {
  AdditionalBody,
  ComplaintBody,
  DecideBody,
  ReviewBody,
  SelfAssessmentBody,
  SubjectParams,
  VerifyBody,
  VersionBody,
} from './schemas.js';
import * as steps from './steps.js';
import { detail, subjectRef } from './subjects.js';
import type { Authorize } from './workflow.js';

export function stepRoutes(app: App, ctx: ModuleContext) {
  const tags = ['assessments'];
  // Asked by the step once the subject is locked (one read of it): 404 to who may not read it, 403 to who may not act.
  const authorize =
    (req: FastifyRequest): Authorize =>
    (s) => {
      const ref = subjectRef(s);
      return req.authorize(ref, { entity: 'assessment_subject', readableBy: SUBJECT_READ });
    };
  const params = SubjectParams;

  app.post(
    '/api/assessment-subjects/:subjectId/self-assessment',
    { config: { policy: SUBJECT_SELF }, schema: { tags, params, body: SelfAssessmentBody } },
    async (req) => {
      return detail(ctx.db, await steps.selfAssess(ctx.db, authorize(req), req.params.subjectId, req.body, req.locale), false);
    },
  );

  app.post(
    '/api/assessment-subjects/:subjectId/review',
    { config: { policy: SUBJECT_REVIEW }, schema: { tags, params, body: ReviewBody } },
    async (req) => {
      return detail(ctx.db, await steps.review(ctx.db, authorize(req), req.params.subjectId, req.body, req.locale), false);
    },
  );

  app.post(
    '/api/assessment-subjects/:subjectId/verification',
    { config: { policy: SUBJECT_VERIFY }, schema: { tags, params, body: VerifyBody } },
    async (req) => {
      return detail(ctx.db, await steps.verify(ctx.db, authorize(req), req.params.subjectId, req.body, req.locale), false);
    },
  );

  app.post(
    '/api/assessment-subjects/:subjectId/decision',
    { config: { policy: SUBJECT_DECIDE }, schema: { tags, params, body: DecideBody } },
    async (req) => {
      return detail(ctx.db, await steps.decide(ctx.db, authorize(req), req.params.subjectId, req.body, req.locale), false);
    },
  );

  app.post(
    '/api/assessment-subjects/:subjectId/publish',
    { config: { policy: SUBJECT_DECIDE }, schema: { tags, params, body: VersionBody } },
    async (req) => {
      return detail(ctx.db, await steps.publish(ctx.db, authorize(req), req.params.subjectId, req.body.version, req.locale), false);
    },
  );

  app.post(
    '/api/assessment-subjects/:subjectId/complaint',
    { config: { policy: SUBJECT_COMPLAIN }, schema: { tags, params, body: ComplaintBody } },
    async (req) => {
      return detail(
        ctx.db,
        await steps.complain(
          ctx.db,
          authorize(req),
          req.params.subjectId,
          { version: req.body.version, reason: req.body.reason.trim() },
          req.locale,
        ),
        false,
      );
    },
  );

  app.post(
    '/api/assessment-subjects/:subjectId/additional',
    { config: { policy: SUBJECT_ADDITIONAL }, schema: { tags, params, body: AdditionalBody } },
    async (req) => {
      return detail(ctx.db, await steps.additional(ctx.db, authorize(req), req.params.subjectId, req.body, req.locale), false);
    },
  );
}

// Papers of a meeting: uploaded as the raw body (the name in ?filename=), in a scope of their own whose parser
// takes any type up to the size limit (the type is then read from the bytes); read by the cell's members and
// the levels above; deleted by editors of the cell.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { App, ModuleContext } from '../../../shared/http.js';
import { errorHandler } from '../../../shared/errors-http.js';
import { can } from '../../../shared/policy.js';
import { translate } from '../../../shared/i18n.js';
import { LC_EDIT } from '../shared/policy.js';
import { uploadLimiter, uploadedFile } from '../../data-exchange/imports/upload.js';
import { created, fileDownload, noContent, ok } from '../../../shared/contract.js';
import { AttachedPaper, DocumentParams, MeetingParams, UploadQuery } from './schemas.js';
import { MEETING_READ } from './policy.js';
import { attach, disposition, loadPaper, MAX_PAPER_BYTES, remove } from './papers.js';
import * as service from './service.js';

function tooLarge(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') return errorHandler(err, req, reply);
  return reply.status(413).send({
    code: 'meeting_document_too_large',
    message: translate(req.locale, 'errors.meeting_document_too_large', { mb: MAX_PAPER_BYTES / 1048576 }),
    details: null,
  });
}

/** A write on a meeting: those who may not even read it get 404, readers (a member of the cell) 403. */
export const writeOn = (req: FastifyRequest, path: string, entity: string) =>
  req.authorize({ path }, { entity, policy: LC_EDIT, hideAs404: !can(req.actor!, MEETING_READ, { path }) });

export function paperRoutes(app: App, ctx: ModuleContext) {
  const tags = ['meetings'];
  app.register(async (plugin) => {
    const scoped = plugin as unknown as App;
    scoped.setErrorHandler(tooLarge);
    scoped.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_PAPER_BYTES }, (_req, body, done) => done(null, body));
    scoped.post(
      '/api/meetings/:meetingId/documents',
      {
        config: { policy: LC_EDIT },
        preHandler: uploadLimiter(app, ctx.config.uploadsPerMinute),
        schema: { tags, params: MeetingParams, querystring: UploadQuery, response: created(AttachedPaper) },
      },
      async (req, reply) => {
        const m = await service.loadMeeting(ctx.db, req.params.meetingId);
        const actor = writeOn(req, m.unit_path, 'meeting');
        reply.status(201);
        return attach(ctx.db, actor, m, req.query.filename, uploadedFile(req.body));
      },
    );
  });

  app.get(
    '/api/meeting-documents/:documentId',
    { config: { policy: MEETING_READ }, schema: { tags, params: DocumentParams, response: ok(fileDownload) } },
    async (req, reply) => {
      const d = await loadPaper(ctx.db, req.params.documentId);
      req.authorize({ path: d.unit_path }, { entity: 'meeting_document' });
      return reply
        .header('content-type', d.media_type)
        .header('content-disposition', disposition(d.file_name))
        .header('x-content-type-options', 'nosniff')
        .header('etag', `"${d.sha256}"`)
        .send(d.content);
    },
  );

  app.delete(
    '/api/meeting-documents/:documentId',
    { config: { policy: LC_EDIT }, schema: { tags, params: DocumentParams, response: noContent } },
    async (req, reply) => {
      const d = await loadPaper(ctx.db, req.params.documentId);
      const actor = writeOn(req, d.unit_path, 'meeting_document');
      await remove(ctx.db, actor, d);
      return reply.status(204).send(null);
    },
  );
}

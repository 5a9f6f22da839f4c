// Spreadsheet uploads arrive as a raw body (xlsx/csv/octet-stream MIME type, the name in ?filename=).
// The parser is registered only inside the plugin scope of the upload routes, so the rest of the API
// stays JSON-only; a file over the limit gets a clear 413.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { App } from '../../shared/http.js';
import { errorHandler } from '../../shared/errors-http.js';
import { translate } from '../../shared/i18n.js';

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
const FILE_TYPES = ['application/octet-stream', 'text/csv', 'application/csv', 'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];

function tooLarge(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') return errorHandler(err, req, reply);
  return reply.status(413).send({
    code: 'import_file_too_large', message: translate(req.locale, 'errors.import_file_too_large', { mb: MAX_UPLOAD_BYTES / 1048576 }), details: null,
  });
}

/** Registers upload routes in their own scope; `register` receives that scope. */
export function uploadScope(app: App, register: (scoped: App) => void) {
  app.register(async (plugin) => {
    const scoped = plugin as unknown as App;
    scoped.setErrorHandler(tooLarge);
    scoped.addContentTypeParser(FILE_TYPES, { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_req, body, done) => done(null, body));
    register(scoped);
  });
}

export const uploadedFile = (body: unknown) => (Buffer.isBuffer(body) ? body : Buffer.alloc(0));

// Spreadsheet uploads arrive as a raw body (xlsx/csv/octet-stream MIME type, the name in ?filename=).
// The parser is registered only inside the plugin scope of the upload routes, so the rest of the API
// stays JSON-only; a file over the limit gets a clear 413. Uploads are rate-limited per user (every
// upload route shares one budget), since reading a file is the heaviest thing a user can ask for.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { RateLimitOptions } from '@fastify/rate-limit';
import type { App } from '../../../shared/http.js';
import { AppError } from '../../../shared/errors.js';
import { errorHandler } from '../../../shared/errors-http.js';
import { translate } from '../../../shared/i18n.js';

export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** A pattern for names sent with an upload (file, mapping): no control characters (PostgreSQL refuses a NUL). */
export const NO_CONTROLS = '^[^\\u0000-\\u001f\\u007f-\\u009f]+$';
const FILE_TYPES = [
  'application/octet-stream',
  'text/csv',
  'application/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

function tooLarge(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  if (err.code !== 'FST_ERR_CTP_BODY_TOO_LARGE') return errorHandler(err, req, reply);
  return reply.status(413).send({
    code: 'import_file_too_large',
    message: translate(req.locale, 'errors.import_file_too_large', { mb: MAX_UPLOAD_BYTES / 1048576 }),
    details: null,
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

type Limiter = (req: FastifyRequest, reply: FastifyReply) => Promise<void>;
const limiters = new WeakMap<App, Limiter>();

/**
 * The preHandler hook of every upload route of `app`: at most `perMinute` uploads a minute per user,
 * all upload routes together (one counter, where a route's own rateLimit config would count apart).
 * It runs once the body is read (bounded by the upload limit): an answer sent while the browser is still
 * sending the file would end the connection under it, and the user would see a network error instead of
 * the sentence. By then the session is resolved: the key is the user.
 */
export function uploadLimiter(app: App, perMinute = 20): Limiter {
  let limiter = limiters.get(app);
  if (!limiter) {
    const options: RateLimitOptions = {
      max: perMinute,
      timeWindow: '1 minute',
      keyGenerator: (req) => (req.actor ? `user:${req.actor.userId}` : `ip:${req.ip}`),
      errorResponseBuilder: (_req, c) => new AppError('upload_rate_limited', 429, { max: c.max }),
    };
    limiter = app.rateLimit(options) as Limiter;
    limiters.set(app, limiter);
  }
  return limiter;
}

export const uploadedFile = (body: unknown) => (Buffer.isBuffer(body) ? body : Buffer.alloc(0));

// Maps every failure to { code, message, details } in the user's language. Bad input never gives a 500.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.js';
import { translate } from './i18n.js';
import { fieldErrors } from './validation.js';
import { pgConflict } from './pg-conflicts.js';

export function toAppError(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  const e = err as FastifyError & { constraint?: string; detail?: string };
  const conflict = pgConflict(e);
  if (conflict) return conflict;
  // 22021/22P05: text PostgreSQL cannot store (a NUL byte); never a 500.
  if (['22P02', '22007', '22008', '22003', '23514', '22021', '22P05'].includes(e.code ?? '')) return new AppError('validation', 400);
  if (e.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || e.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || e instanceof SyntaxError) {
    return new AppError('malformed_json', 400);
  }
  if (e.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return new AppError('unsupported_media_type', 415);
  if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return new AppError('payload_too_large', 413);
  if (e.statusCode === 429) return new AppError('too_many_requests', 429);
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return new AppError('validation', e.statusCode);
  return null;
}

export function errorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  const locale = req.locale ?? 'vi';
  if (err.validation) {
    const details = fieldErrors(err.validation, locale);
    return reply.status(400).send({
      code: 'validation',
      message: `${translate(locale, 'errors.validation')} ${details.map((d) => d.message).join(' ')}`.trim(),
      details,
    });
  }
  const app = toAppError(err);
  if (app) return reply.status(app.status).send({ code: app.code, message: app.messageIn(locale), details: app.details ?? null });
  req.log.error({ err }, 'unhandled error');
  return reply.status(500).send({ code: 'internal', message: translate(locale, 'errors.internal'), details: null });
}

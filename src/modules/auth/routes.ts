import { Type } from 'typebox';
import type { App, ModuleContext } from '../../shared/http.js';
import { PUBLIC, AUTHENTICATED } from '../../shared/policy.js';
import { requireActor } from '../../shared/http.js';
import * as service from './service.js';

export const SESSION_COOKIE = 'gr_session';

const LoginBody = Type.Object({
  username: Type.String({ minLength: 1, maxLength: 100 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
}, { additionalProperties: false });

export function authRoutes(app: App, ctx: ModuleContext, opts: { loginRateLimit: number; secureCookie: boolean }) {
  app.post('/api/auth/login', {
    schema: { body: LoginBody, tags: ['auth'] },
    config: { policy: PUBLIC, rateLimit: { max: opts.loginRateLimit, timeWindow: '1 minute' } },
  }, async (req, reply) => {
    const { token, csrf } = await service.login(ctx.db, req.body.username, req.body.password);
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true, sameSite: 'strict', secure: opts.secureCookie, path: '/', maxAge: service.SESSION_HOURS * 3600,
    });
    return { csrfToken: csrf };
  });

  app.post('/api/auth/logout', { config: { policy: AUTHENTICATED }, schema: { tags: ['auth'] } }, async (req, reply) => {
    req.authorize(null);
    const token = req.cookies[SESSION_COOKIE];
    if (token) await service.logout(ctx.db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/auth/me', { config: { policy: AUTHENTICATED }, schema: { tags: ['auth'] } }, async (req) => {
    req.authorize(null);
    const actor = requireActor(req);
    return {
      userId: actor.userId, username: actor.username, displayName: actor.displayName,
      memberId: actor.memberId, locale: actor.locale, grants: actor.grants, csrfToken: req.sessionCsrf,
    };
  });
}

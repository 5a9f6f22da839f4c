import { Type } from 'typebox';
import type { FastifyReply } from 'fastify';
import type { App, ModuleContext } from '../../../shared/http.js';
import { PUBLIC, AUTHENTICATED } from '../../../shared/policy.js';
import { requireActor } from '../../../shared/http.js';
import { AppError } from '../../../shared/errors.js';
import { mayUseSecondFactor } from '../../../domain/access/accounts.js';
import * as service from './service.js';
import { sessionFlags } from './service.js';
import * as account from './account-service.js';
import { ok, list } from '../../../shared/contract.js';
import { secondFactorState } from './queries.js';
import { sessionAbilities } from './abilities.js';

export const SESSION_COOKIE = 'gr_session';

/** What a session with a temporary password may still do: see itself, change the password, leave. */
export const OPEN_BEFORE_PASSWORD_CHANGE = new Set(['GET /api/auth/me', 'POST /api/auth/password', 'POST /api/auth/logout']);

const LoginBody = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 100 }),
    password: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
const CodeBody = Type.Object(
  {
    challenge: Type.String({ minLength: 20, maxLength: 100 }),
    code: Type.String({ minLength: 6, maxLength: 20 }),
  },
  { additionalProperties: false },
);
const PasswordBody = Type.Object(
  {
    currentPassword: Type.String({ minLength: 1, maxLength: 200 }),
    newPassword: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
const Done = Type.Object({ ok: Type.Boolean() });
const LoginAnswer = Type.Union([
  Type.Object({ secondFactor: Type.Literal('totp'), challenge: Type.String() }),
  Type.Object({ csrfToken: Type.String(), mustChangePassword: Type.Boolean() }),
]);
const TotpState = Type.Object({ enabled: Type.Boolean(), recoveryCodesLeft: Type.Integer({ minimum: 0 }) });
const TotpStart = Type.Object({ secret: Type.String(), otpauthUri: Type.String() });
// Bounded by nature: a confirmation hands out exactly RECOVERY_CODES codes.
const RecoveryCodes = Type.Object({ recoveryCodes: list(Type.String(), account.RECOVERY_CODES) });
const OwnCode = Type.Object({ code: Type.String({ minLength: 6, maxLength: 20 }) }, { additionalProperties: false });

export function authRoutes(app: App, ctx: ModuleContext, opts: { loginRateLimit: number; secureCookie: boolean }) {
  const tags = ['auth'];
  const rateLimit = { max: opts.loginRateLimit, timeWindow: '1 minute' };

  async function answer(reply: FastifyReply, result: service.LoginResult | Promise<service.LoginResult>) {
    let r: service.LoginResult;
    try {
      r = await result;
    } catch (e) {
      // The wait is said in the standard header too, so scripts can back off without reading the text.
      if (e instanceof AppError && e.code === 'login_throttled') reply.header('retry-after', String(e.params.seconds));
      throw e;
    }
    if (r.kind === 'second_factor') return { secondFactor: 'totp' as const, challenge: r.challenge };
    reply.setCookie(SESSION_COOKIE, r.token, {
      httpOnly: true,
      sameSite: 'strict',
      secure: opts.secureCookie,
      path: '/',
      maxAge: service.SESSION_HOURS * 3600,
    });
    return { csrfToken: r.csrf, mustChangePassword: r.mustChangePassword };
  }

  app.post(
    '/api/auth/login',
    { schema: { body: LoginBody, tags, response: ok(LoginAnswer) }, config: { policy: PUBLIC, rateLimit } },
    async (req, reply) => answer(reply, service.login(ctx.db, req.body.username, req.body.password, req.ip)),
  );

  app.post(
    '/api/auth/login/code',
    { schema: { body: CodeBody, tags, response: ok(LoginAnswer) }, config: { policy: PUBLIC, rateLimit } },
    async (req, reply) => answer(reply, service.loginWithCode(ctx.db, req.body.challenge, req.body.code, req.ip)),
  );

  app.post('/api/auth/logout', { config: { policy: AUTHENTICATED }, schema: { tags, response: ok(Done) } }, async (req, reply) => {
    req.authorize(null);
    const token = req.cookies[SESSION_COOKIE];
    if (token) await service.logout(ctx.db, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return { ok: true };
  });

  app.get('/api/auth/me', { config: { policy: AUTHENTICATED }, schema: { tags } }, async (req) => {
    req.authorize(null);
    const actor = requireActor(req);
    // No query of its own: the flags came with the session (this route is the benchmarks' empty baseline).
    const flags = sessionFlags.get(req);
    return {
      userId: actor.userId,
      username: actor.username,
      displayName: actor.displayName,
      memberId: actor.memberId,
      locale: actor.locale,
      grants: actor.grants,
      csrfToken: req.sessionCsrf,
      mustChangePassword: flags?.mustChangePassword ?? false,
      totpEnabled: flags?.totpEnabled ?? false,
      secondFactorAvailable: mayUseSecondFactor(actor),
      abilities: sessionAbilities(actor),
    };
  });

  app.get('/api/auth/totp', { config: { policy: AUTHENTICATED }, schema: { tags, response: ok(TotpState) } }, async (req) =>
    secondFactorState(ctx.db, req.authorize(null).userId),
  );

  app.post(
    '/api/auth/password',
    { config: { policy: AUTHENTICATED, rateLimit }, schema: { tags, body: PasswordBody, response: ok(Done) } },
    async (req) => {
      const actor = req.authorize(null);
      return account.changePassword(ctx.db, actor, req.body, {
        sessionToken: req.cookies[SESSION_COOKIE] ?? null,
        address: req.ip,
        locale: req.locale,
      });
    },
  );

  app.post('/api/auth/totp/enroll', { config: { policy: AUTHENTICATED }, schema: { tags, response: ok(TotpStart) } }, async (req) =>
    account.startTotp(ctx.db, req.authorize(null)),
  );

  app.post(
    '/api/auth/totp/confirm',
    { config: { policy: AUTHENTICATED, rateLimit }, schema: { tags, body: OwnCode, response: ok(RecoveryCodes) } },
    async (req) => account.confirmTotp(ctx.db, req.authorize(null), req.body.code, req.locale),
  );

  app.post(
    '/api/auth/totp/disable',
    { config: { policy: AUTHENTICATED, rateLimit }, schema: { tags, body: OwnCode, response: ok(Done) } },
    async (req) => account.disableTotp(ctx.db, req.authorize(null), req.body.code, req.ip, req.locale),
  );
}

// Builds the Fastify app from the modules. Every route must name a policy (shared/policy.ts).
import { responseSerializerCompiler } from './shared/contract.js';
import Fastify, { type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Db } from './db/connection.js';
import type { App, AuthorizeOptions, ModuleContext } from './shared/http.js';
import { requireActor, todayInVietnam } from './shared/http.js';
import { validatorCompiler } from './shared/validation.js';
import { queryControlProblem } from './shared/text-hygiene.js';
import { errorHandler } from './shared/errors-http.js';
import { AppError } from './shared/errors.js';
import { pickLocale, translate } from './shared/i18n.js';
import { can, isKnownPolicy, PUBLIC } from './shared/policy.js';
import { authRoutes, OPEN_BEFORE_PASSWORD_CHANGE, SESSION_COOKIE } from './modules/foundation/auth/routes.js';
import { resolveSession, sessionFlags } from './modules/foundation/auth/service.js';
import { moduleRoutes } from './modules/index.js';
import { settleCommitWork } from './shared/tx.js';

export interface ServerOptions {
  db: Db;
  pool?: import('pg').Pool;
  logger?: boolean | { level: string };
  loginRateLimit?: number;
  /** Uploads (imports, reconciliations) one user may send per minute. */
  uploadsPerMinute?: number;
  secureCookie?: boolean;
  /** Minutes without a request after which a session ends (SESSION_IDLE_MINUTES); 30 by default. */
  sessionIdleMinutes?: number;
  /**
   * Addresses of the reverse proxies in front (TRUST_PROXY): the client's address then comes from
   * X-Forwarded-For. Login throttling counts per (username, address); without this, behind a proxy every
   * client would share the proxy's address and strangers' failures would slow the real user down.
   */
  trustProxy?: string;
  /** Fixed "today" for tests; defaults to the date in Vietnam. */
  today?: () => string;
  serveWeb?: boolean;
}

/** A registered route; the body and query schemas let the access test find the ids a request carries. */
export interface RouteEntry {
  method: string;
  url: string;
  policy: string | undefined;
  body?: unknown;
  querystring?: unknown;
  response?: unknown;
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export async function buildServer(opts: ServerOptions): Promise<App> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 1_048_576,
    trustProxy: opts.trustProxy || false,
  }).withTypeProvider<TypeBoxTypeProvider>();
  const today = opts.today ?? (() => todayInVietnam());
  const ctx: ModuleContext = { db: opts.db, pool: opts.pool, config: { today, uploadsPerMinute: opts.uploadsPerMinute } };

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler(process.env.RESPONSE_CONTRACT === 'strict'));
  app.removeContentTypeParser('text/plain'); // the API speaks JSON only: anything else is a clear 415
  app.setErrorHandler(errorHandler);
  // Work started by committed writes (linking audit entries) finishes before the database is closed.
  app.addHook('onClose', () => settleCommitWork(opts.db));
  app.setNotFoundHandler((req, reply) =>
    reply.status(404).send({ code: 'route_not_found', message: translate(req.locale ?? 'vi', 'errors.route_not_found'), details: null }),
  );

  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      routeTable.push({
        method,
        url: route.url,
        policy: route.config?.policy,
        body: route.schema?.body,
        querystring: route.schema?.querystring,
        response: route.schema?.response,
      });
    if (!isKnownPolicy(route.config?.policy) && !route.url.startsWith('/docs')) {
      throw new Error(`route ${route.method} ${route.url} has no policy: add config.policy`);
    }
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'script-src': ["'self'"],
        // Behind HTTPS only: on a plain-HTTP intranet address it would break every asset request.
        'upgrade-insecure-requests': opts.secureCookie ? [] : null,
      },
    },
  });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, { openapi: { info: { title: 'Grassroots API', version: '0.1.0' } } });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.decorateRequest('actor', null);
  app.decorateRequest('sessionCsrf', null);
  app.decorateRequest('locale', 'vi');
  app.decorateRequest('policyChecked', false);
  app.decorateRequest('authorize', function (this: FastifyRequest, resource: unknown, o?: AuthorizeOptions & { policy?: string }) {
    this.policyChecked = true;
    const policy = o?.policy ?? this.routeOptions.config.policy ?? '';
    if (policy === PUBLIC) return requireActor(this); // asked on a public route, the caller must still be signed in
    if (!this.actor) throw new AppError('unauthenticated', 401);
    if (!can(this.actor, policy, resource)) {
      const hide = o?.hideAs404 ?? (o?.readableBy !== undefined ? !can(this.actor, o.readableBy, resource) : this.method === 'GET');
      throw hide ? new AppError('not_found', 404, { entity: o?.entity ?? 'unit' }) : new AppError('forbidden', 403);
    }
    return this.actor;
  });

  app.addHook('onRequest', async (req) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(opts.db, token, today(), opts.sessionIdleMinutes);
      if (session) {
        req.actor = session.actor;
        req.sessionCsrf = session.csrf;
        sessionFlags.set(req, session);
        req.locale = pickLocale(req.headers['accept-language'], req.actor.locale);
        // A temporary password (after a reset) opens nothing but the change of it.
        const policy = req.routeOptions.config?.policy;
        if (
          session.mustChangePassword &&
          policy &&
          policy !== PUBLIC &&
          !OPEN_BEFORE_PASSWORD_CHANGE.has(`${req.method} ${req.routeOptions.url}`)
        ) {
          throw new AppError('password_change_required', 403);
        }
      }
    }
    req.locale = pickLocale(req.headers['accept-language'], req.actor?.locale ?? 'vi');
  });

  // Authentication and CSRF run before body parsing, so an anonymous caller learns nothing about the body.
  app.addHook('onRequest', async (req) => {
    const policy = req.routeOptions.config?.policy;
    if (!policy || policy === PUBLIC) return;
    if (!req.actor) throw new AppError('unauthenticated', 401);
    if (WRITE_METHODS.has(req.method) && req.headers['x-csrf-token'] !== req.sessionCsrf) throw new AppError('csrf', 403);
  });

  // Query parameters carrying control characters are refused whether or not the route's schema names them.
  app.addHook('preValidation', async (req) => {
    const bad = queryControlProblem(req.url);
    if (bad.length === 0) return;
    throw Object.assign(new Error('validation'), {
      validation: bad.map((name) => ({
        keyword: 'hygiene',
        instancePath: `/${name}`,
        schemaPath: '',
        params: { reason: 'control_chars' },
      })),
    });
  });

  // API answers carry personal data: no browser or proxy keeps a copy (static assets keep their own caching).
  app.addHook('onSend', async (req, reply, payload) => {
    if (req.url.startsWith('/api/') || req.url === '/api') reply.header('cache-control', 'no-store');
    return payload;
  });

  // A route that answers 2xx without asking its policy is a bug: fail loudly rather than leak.
  app.addHook('onSend', async (req, reply, payload) => {
    const policy = req.routeOptions.config?.policy;
    if (policy && policy !== PUBLIC && reply.statusCode < 300 && !req.policyChecked) {
      req.log.error(`route ${req.method} ${req.routeOptions.url} did not call req.authorize`);
      reply.status(500);
      return JSON.stringify({ code: 'internal', message: translate(req.locale, 'errors.internal'), details: null });
    }
    return payload;
  });

  authRoutes(app, ctx, { loginRateLimit: opts.loginRateLimit ?? 20, secureCookie: opts.secureCookie ?? false });
  for (const register of moduleRoutes) register(app, ctx);

  if (opts.serveWeb) serveWeb(app);
  return app;
}

function serveWeb(app: App) {
  const root = fileURLToPath(new URL('../web/dist/', import.meta.url));
  if (!existsSync(root)) return;
  app.register(fastifyStatic, { root, serve: false });
  // Built assets by name; any other GET outside /api is a route of the single-page app: index.html.
  app.get('/*', { config: { policy: PUBLIC }, schema: { hide: true } }, (req, reply) => {
    const path = decodeURIComponent(req.url.split('?')[0] ?? '/');
    if (path.startsWith('/api/')) {
      return reply.status(404).send({ code: 'route_not_found', message: translate(req.locale, 'errors.route_not_found'), details: null });
    }
    const file = normalize(path).replace(/^\/+/, '');
    if (file && !file.startsWith('..') && existsSync(join(root, file)) && statSync(join(root, file)).isFile()) {
      return reply.header('cache-control', file.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache').sendFile(file);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}

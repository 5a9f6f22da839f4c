// Fastify plumbing shared by the modules: the typed app, the request's actor, and authorize().
import type {
  FastifyInstance,
  FastifyRequest,
  FastifyBaseLogger,
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
} from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Actor } from '../domain/access/scope.js';
import type { Locale } from './i18n.js';
import type { Db } from '../db/connection.js';
import type pg from 'pg';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

export interface ModuleContext {
  db: Db;
  /** The pool behind db, for COPY (bulk imports); absent when a caller gives only a Kysely instance. */
  pool?: pg.Pool;
  config: { today?: () => string; uploadsPerMinute?: number };
}

export interface AuthorizeOptions {
  /** The kind of record named in a 404 (default 'unit'). */
  entity?: string;
  /** Answer a refusal as 404 (default: for GET). */
  hideAs404?: boolean;
  /** Answer a refusal as 404 when this policy does not let the caller read the resource either. */
  readableBy?: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every registered route with its policy: walked by the access test. */
    routeTable: { method: string; url: string; policy: string | undefined; body?: unknown; querystring?: unknown; response?: unknown }[];
  }
  interface FastifyContextConfig {
    /** The policy rule this route asks (see shared/policy.ts). Required on every route. */
    policy?: string;
  }
  interface FastifyRequest {
    actor: Actor | null;
    sessionCsrf: string | null;
    locale: Locale;
    policyChecked: boolean;
    /**
     * Asks the route's policy (or `policy`) about `resource`; when denied throws 404 for a read, 403 for a write.
     * `readableBy`: a write refused to someone that policy does not let read the resource answers 404 (learns nothing).
     * Prefer the typed `authorize(req, POLICY, resource)` of shared/authorize.ts.
     */
    authorize(resource: unknown, opts?: AuthorizeOptions & { policy?: string }): Actor;
  }
}

/** The signed-in actor of a route behind a policy (server.ts answers 401 before the handler otherwise). */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new Error('route reached without an actor');
  return req.actor;
}

/** Short name of requireActor for handlers: the caller of a route that is not PUBLIC. */
export const actorOf = requireActor;

/** Today's date (YYYY-MM-DD) in Vietnam, where the registry's calendar dates live. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

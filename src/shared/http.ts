// Fastify plumbing shared by the modules: the typed app, the request's actor, and authorize().
import type { FastifyInstance, FastifyRequest, FastifyBaseLogger, RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Actor } from '../domain/access/scope.js';
import type { Locale } from './i18n.js';
import type { Db } from '../db/connection.js';
import type pg from 'pg';

export type App = FastifyInstance<RawServerDefault, RawRequestDefaultExpression, RawReplyDefaultExpression, FastifyBaseLogger, TypeBoxTypeProvider>;

export interface ModuleContext {
  db: Db;
  /** The pool behind db, for COPY (bulk imports); absent when a caller gives only a Kysely instance. */
  pool?: pg.Pool;
  config: { today?: () => string; uploadsPerMinute?: number };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every registered route with its policy: walked by the access test. */
    routeTable: { method: string; url: string; policy: string | undefined; body?: unknown; querystring?: unknown }[];
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
    /** Asks the route's policy about `resource`; throws 404 (read) or 403 (write) when denied. */
    authorize(resource: unknown, opts?: { hideAs404?: boolean; policy?: string; entity?: string }): Actor;
  }
}

export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new Error('route reached without an actor');
  return req.actor;
}

/** Today's date (YYYY-MM-DD) in Vietnam, where the registry's calendar dates live. */
export function todayInVietnam(now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}

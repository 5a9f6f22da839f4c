// The typed way for a handler to ask a policy: the compiler checks the resource against the rule's own type.
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../domain/access/scope.js';
import type { AuthorizeOptions } from './http.js';
import type { Policy } from './policy.js';

/**
 * Asks `policy` about `resource` for the caller of `req` and returns the caller; refused: 404 for a read (or when
 * `readableBy` does not let the caller read the resource), 403 for a write. The route's config names the same
 * policy, or this is a second question the route asks (another record named in its body).
 */
export function authorize<R>(
  req: FastifyRequest,
  policy: Policy<R>,
  resource: NoInfer<R>,
  opts: Omit<AuthorizeOptions, 'readableBy'> & { readableBy?: Policy<R> } = {},
): Actor {
  return req.authorize(resource, { ...opts, policy });
}

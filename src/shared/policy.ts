// Authorization in the style of Outline's server/policies: each module declares small named rules
// in its policy.ts with allow(); every route names the rule it asks (route config `policy`), and
// the handler calls req.authorize(resource) or, typed, authorize(req, POLICY, resource).
// server.ts refuses to register a route without one.
import type { Actor } from '../domain/access/scope.js';

export type Rule<R> = (actor: Actor, resource: R) => boolean;

declare const resourceOf: unique symbol;
/**
 * A named rule about resources of type R. At run time it is just the rule's name (route config, logs), so a
 * route's `config: { policy }` takes it as it is; the phantom member lets the compiler check every resource
 * handed to can() and authorize() against the rule it is asked about.
 */
export type Policy<R> = string & { readonly [resourceOf]?: (resource: R) => void };

const rules = new Map<string, Rule<unknown>>();

/** Special policies: 'public' needs no login (login page); 'authenticated' needs only a session. */
export const PUBLIC: Policy<null> = 'public';
export const AUTHENTICATED: Policy<null> = 'authenticated';

export function allow<R>(name: string, rule: Rule<R>): Policy<R> {
  if (rules.has(name)) throw new Error(`policy ${name} declared twice`);
  // Stored without its resource type; can() only ever hands a rule the resource its Policy<R> names.
  rules.set(name, rule as Rule<unknown>);
  return name;
}

/** Every declared policy's name (the policy tests require a row for each). */
export function policyNames(): string[] {
  return [...rules.keys()];
}

export function isKnownPolicy(name: unknown): name is string {
  return typeof name === 'string' && (name === PUBLIC || name === AUTHENTICATED || rules.has(name));
}

export function can<R>(actor: Actor, policy: Policy<R>, resource: NoInfer<R>): boolean {
  if (policy === AUTHENTICATED) return true;
  const rule = rules.get(policy);
  if (!rule) throw new Error(`unknown policy ${policy}`);
  return rule(actor, resource);
}

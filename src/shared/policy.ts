// Authorization in the style of Outline's server/policies: each module declares small named rules
// in its policy.ts with allow(); every route names the rule it asks (route config `policy`), and
// the handler calls req.authorize(resource). server.ts refuses to register a route without one.
import type { Actor } from '../domain/access/scope.js';

export type Rule<R> = (actor: Actor, resource: R) => boolean;

const rules = new Map<string, Rule<never>>();

/** Special policies: 'public' needs no login (login page); 'authenticated' needs only a session. */
export const PUBLIC = 'public';
export const AUTHENTICATED = 'authenticated';

export function allow<R>(name: string, rule: Rule<R>): string {
  if (rules.has(name)) throw new Error(`policy ${name} declared twice`);
  rules.set(name, rule as Rule<never>);
  return name;
}

export function isKnownPolicy(name: unknown): name is string {
  return typeof name === 'string' && (name === PUBLIC || name === AUTHENTICATED || rules.has(name));
}

export function can<R>(actor: Actor, name: string, resource: R): boolean {
  if (name === AUTHENTICATED) return true;
  const rule = rules.get(name) as Rule<R> | undefined;
  if (!rule) throw new Error(`unknown policy ${name}`);
  return rule(actor, resource);
}

// What a caller may do, answered by the same named policies the routes enforce (src/shared/policy.ts), so
// the web app can hide what would be refused instead of keeping its own copy of the scope rules. The
// server still decides every request; abilities only spare a user forms that fail on save.
import type { Actor } from '../domain/access/scope.js';
import { can } from './policy.js';

/**
 * True when the policy admits the actor somewhere in its scope. Scope rules only widen downwards, so asking
 * at the root of each of the actor's grants is enough: whatever is allowed below a root is allowed at it
 * (rules that need "strictly below" are never asked this way).
 */
export function somewhereInScope<R>(actor: Actor, policy: string, at: (path: string) => R): boolean {
  return actor.grants.some((g) => can(actor, policy, at(g.unitPath)));
}

/** Each named policy question answered for one record: `{ name: can(actor, policy, resource) }`. */
export function abilitiesOf<K extends string>(actor: Actor, questions: Record<K, [policy: string, resource: unknown]>): Record<K, boolean> {
  const out = {} as Record<K, boolean>;
  for (const k of Object.keys(questions) as K[]) {
    const [policy, resource] = questions[k];
    out[k] = can(actor, policy, resource);
  }
  return out;
}

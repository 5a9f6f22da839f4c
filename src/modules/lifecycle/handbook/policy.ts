// Who may use the member's handbook and the cell's messages.
import { allow } from '../../../shared/policy.js';
import type { Actor } from '../../../domain/access/scope.js';

/** The handbook is a member's own page: any account linked to a member (a secretary is a member too). */
export const HANDBOOK_READ = allow('handbook.read', (actor: Actor, _r: null) => actor.memberId !== null);

/**
 * Replying to the committee's message: a member on the rolls of that very cell (`memberPath`: the path of the
 * caller's own cell today, read from the registry, not from their grants), as themselves.
 */
export const MESSAGE_REPLY = allow(
  'message.reply',
  (actor: Actor, r: { path: string; memberPath: string | null }) => actor.memberId !== null && r.memberPath === r.path,
);

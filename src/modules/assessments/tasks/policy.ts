// Who may give, read and report on targets and tasks. "Whoever assigns the task evaluates" (DOMAIN.md §5).
import { allow } from '../../../shared/policy.js';
import { EDITORS, hasRoleOver, READERS, type Actor } from '../../../domain/access/scope.js';

export type TaskRef = { holderPath: string; holderMemberId: number | null; assignerPath: string };

/** Giving a task: an editor over the assigning body (which must contain the holder). */
export const TASK_ASSIGN = allow('task.assign', (actor: Actor, assigner: { path: string }) => hasRoleOver(actor, assigner.path, EDITORS));

/** Tasks of a subtree: reading roles over it. */
export const TASK_LIST = allow('task.list', (actor: Actor, unit: { path: string }) => hasRoleOver(actor, unit.path, READERS));

const isHolder = (actor: Actor, t: TaskRef) => t.holderMemberId !== null && actor.memberId === t.holderMemberId;

/** Reading a task: its holder, or a reading role over the holder. */
export const TASK_READ = allow('task.read', (actor: Actor, t: TaskRef) => isHolder(actor, t) || hasRoleOver(actor, t.holderPath, READERS));

/** Reporting progress: the holder, or (for a collective, or on a member's behalf) an editor over the holder. */
export const TASK_REPORT = allow(
  'task.report',
  (actor: Actor, t: TaskRef) => isHolder(actor, t) || hasRoleOver(actor, t.holderPath, EDITORS),
);

/**
 * Evaluating a reported result, withdrawing a task, marking it missed for force majeure: the assigning body,
 * that is whoever holds an editing role over the unit that gave the task (the person who gave it while they hold
 * that role, its secretary, its office, the levels above). Never the holder: nobody rates their own task.
 */
const isAssigner = (actor: Actor, t: TaskRef) => !isHolder(actor, t) && hasRoleOver(actor, t.assignerPath, EDITORS);
export const TASK_EVALUATE = allow('task.evaluate', isAssigner);
export const TASK_WITHDRAW = allow('task.withdraw', isAssigner);

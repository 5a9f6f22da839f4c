// Who may write, read and report on remediation plans.
import { allow } from '../../../shared/policy.js';
import { EDITORS, hasRoleOver, READERS, type Actor } from '../../../domain/access/scope.js';

export type PlanRef = { unitPath: string; memberId: number | null };

/** Writing a plan and changing its items: editors over the subject's unit (the cell, the office above). */
export const PLAN_WRITE = allow('remediation.write', (actor: Actor, p: PlanRef) => hasRoleOver(actor, p.unitPath, EDITORS));

/** Reading a plan: the member concerned, or reading roles over the unit. */
export const PLAN_READ = allow(
  'remediation.read',
  (actor: Actor, p: PlanRef) => (p.memberId !== null && actor.memberId === p.memberId) || hasRoleOver(actor, p.unitPath, READERS),
);

/** Reporting progress to the executive committee: the member concerned, or an editor over the unit. */
export const PLAN_REPORT = allow(
  'remediation.report',
  (actor: Actor, p: PlanRef) => (p.memberId !== null && actor.memberId === p.memberId) || hasRoleOver(actor, p.unitPath, EDITORS),
);

/** Plans of a subtree, and the overdue list: reading roles over it. */
export const PLAN_LIST = allow('remediation.list', (actor: Actor, unit: { path: string }) => hasRoleOver(actor, unit.path, READERS));

import { allow } from '../../../shared/policy.js';
import { hasRoleOver, READERS, type Actor } from '../../../domain/access/scope.js';

/** Exporting the member list of a subtree: whoever may list those members (reading roles over it). */
export const EXPORT_MEMBERS = allow('export.members', (actor: Actor, unit: { path: string }) => hasRoleOver(actor, unit.path, READERS));

/** Statistics of a subtree: whoever may read its members. */
export const REPORT_READ = allow('report.read', (actor: Actor, unit: { path: string }) => hasRoleOver(actor, unit.path, READERS));

/** An assessment form: the member assessed, or whoever may read records of the subject's unit. */
export const REPORT_SUBJECT = allow(
  'report.subject',
  (actor: Actor, s: { memberId: number | null; unitPath: string }) =>
    (s.memberId !== null && actor.memberId === s.memberId) || hasRoleOver(actor, s.unitPath, READERS),
);

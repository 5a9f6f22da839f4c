// Who may do what in a review cycle. Scope is a subtree of the org tree (src/domain/access/scope.ts).
import { allow } from '../../../shared/policy.js';
import { EDITORS, hasRoleOver, hasRoleStrictlyBelow, isWithin, MANAGERS, READERS, type Actor } from '../../../domain/access/scope.js';

/** A cycle as the policies see it: the root of its subtree. */
export type CycleRef = { rootPath: string };
/** A subject as the policies see it. */
export type SubjectRef = { unitPath: string; deciderPath: string; memberId: number | null; reopened: boolean };
/** A subject with the caller's working group assigned to its unit (or above it), if any. */
export type SubjectWithGroup = SubjectRef & { workingGroupId: number | null };

/** Opening a cycle: a province admin, or a committee office for its own subtree. */
export const CYCLE_CREATE = allow('assessment.cycle.create', (actor: Actor, unit: { path: string }) =>
  hasRoleOver(actor, unit.path, MANAGERS),
);

/**
 * Reading a cycle: anyone with a role inside its subtree (a cell secretary sees the province's cycle,
 * limited to the subjects in scope) or above it. A plain member sees it through their own subject.
 */
export const CYCLE_READ = allow('assessment.cycle.read', (actor: Actor, c: CycleRef) =>
  actor.grants.some((g) => isWithin(g.unitPath, c.rootPath) || isWithin(c.rootPath, g.unitPath)),
);

export const canReadSubject = (actor: Actor, s: SubjectRef) =>
  (s.memberId !== null && actor.memberId === s.memberId) || hasRoleOver(actor, s.unitPath, READERS);

/** Reading a subject: the member assessed, or a reading role over its unit. */
export const SUBJECT_READ = allow('assessment.subject.read', canReadSubject);

/** Self-assessment: the member themself, or an editor over the unit who enters it on their behalf. */
export const SUBJECT_SELF = allow(
  'assessment.subject.self',
  (actor: Actor, s: SubjectRef) => (s.memberId !== null && actor.memberId === s.memberId) || hasRoleOver(actor, s.unitPath, EDITORS),
);

/** The cell meeting / collective review: the cell's secretary or an office above it. */
export const SUBJECT_REVIEW = allow('assessment.subject.review', (actor: Actor, s: SubjectRef) => hasRoleOver(actor, s.unitPath, EDITORS));

/**
 * Verification and decision: the competent level (for a member the grassroots organization; for an
 * organization the level above). A grassroots cell's own secretary decides for its members. After a
 * complaint the level above the competent one re-verifies and decides.
 */
const competent = (actor: Actor, s: SubjectRef) =>
  s.reopened
    ? hasRoleStrictlyBelow(actor, s.deciderPath, MANAGERS)
    : hasRoleOver(actor, s.deciderPath, MANAGERS) || actor.grants.some((g) => g.role === 'cell_secretary' && g.unitPath === s.deciderPath);
export const SUBJECT_VERIFY = allow('assessment.subject.verify', competent);
export const SUBJECT_DECIDE = allow('assessment.subject.decide', competent);

/**
 * A complaint is the right of whoever was assessed: the member themself, or (for a collective) an editor over
 * its unit. An office is not a complainant about a member's result: it is on the deciding side.
 */
export const SUBJECT_COMPLAIN = allow('assessment.subject.complain', (actor: Actor, s: SubjectRef) =>
  s.memberId !== null ? actor.memberId === s.memberId : hasRoleOver(actor, s.unitPath, EDITORS),
);

/** The Standing Committee's additional assessment of a committee member: managers over the deciding level. */
export const SUBJECT_ADDITIONAL = allow('assessment.subject.additional', (actor: Actor, s: SubjectRef) =>
  hasRoleOver(actor, s.deciderPath, MANAGERS),
);

/** Opening a subject's page: whoever reads it, or a member of a working group assigned to its unit (read-only). */
export const SUBJECT_VIEW = allow(
  'assessment.subject.view',
  (actor: Actor, s: SubjectWithGroup) => s.workingGroupId !== null || canReadSubject(actor, s),
);

/** Reading a subject's remarks: whoever reads the subject, or a member of a working group assigned to its unit (read-only). */
export const REMARK_READ = allow(
  'assessment.remark.read',
  (actor: Actor, s: SubjectWithGroup) => s.workingGroupId !== null || canReadSubject(actor, s),
);

/**
 * The observer role is the account of a working group watching a subtree: besides reading, it comments on the
 * reviews of the units it watches and records its attendance at their meetings, and nothing else.
 */
const OBSERVERS = ['observer'] as const;

/** Commenting on a review: an editor over the subject's unit, a member of a working group assigned to it, or its observer. */
export const REMARK_WRITE = allow(
  'assessment.remark.write',
  (actor: Actor, s: SubjectWithGroup) =>
    s.workingGroupId !== null || hasRoleOver(actor, s.unitPath, EDITORS) || hasRoleOver(actor, s.unitPath, OBSERVERS),
);

/** Recording attendance at the review meeting: members of a working group assigned to the unit, or its observer. */
export const ATTENDANCE_WRITE = allow(
  'assessment.attendance.write',
  (actor: Actor, s: SubjectWithGroup) => s.workingGroupId !== null || hasRoleOver(actor, s.unitPath, OBSERVERS),
);

/** Quota meters and results of a subtree: reading roles over it. */
export const RESULTS_READ = allow('assessment.results.read', (actor: Actor, unit: { path: string }) =>
  hasRoleOver(actor, unit.path, READERS),
);

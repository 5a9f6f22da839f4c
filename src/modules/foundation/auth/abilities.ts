// The session's abilities: for each kind of record the web app offers to create, whether the signed-in user
// may create one somewhere in their scope, answered by the policy the create route enforces. The web app
// shows a create button only when its ability is true; per-record abilities come with the records.
import type { Actor } from '../../../domain/access/scope.js';
import { somewhereInScope } from '../../../shared/abilities.js';
import { UNIT_ASSIGNMENT_EDIT } from '../../grassroots-work/assignments/policy.js';
import { CYCLE_CREATE } from '../../assessments/reviews/policy.js';
import { CADRE_MANAGE } from '../../grassroots-work/cadres/policy.js';
import { CAMPAIGN_MANAGE } from '../../grassroots-work/campaigns/policy.js';
import { HOUSEHOLD_EDIT } from '../../grassroots-work/households/policy.js';
import { IMPORT_MANAGE } from '../../data-exchange/imports/policy.js';
import { DISCIPLINE_RECORD, DISCIPLINE_UNIT, EXEMPTION_RECORD, LC_DECIDE, LC_EDIT } from '../../lifecycle/shared/policy.js';
import { MEMBER_CREATE } from '../members/policy.js';
import { UNIT_CREATE } from '../orgs/policy.js';
import { PLAN_WRITE } from '../../assessments/remediation/policy.js';
import { TASK_ASSIGN } from '../../assessments/tasks/policy.js';
import { TRANSFER_RECEIVE, TRANSFER_SEND } from '../../lifecycle/transfers/policy.js';
import { USER_MANAGE } from '../users/policy.js';
import { VISIT_WRITE } from '../../grassroots-work/visits/policy.js';
import { WORKING_GROUP_MANAGE } from '../../grassroots-work/working-groups/policy.js';

const DISCIPLINE_FORMS = ['reprimand', 'warning', 'dismissal', 'expulsion'] as const;
const EXEMPTION_KINDS = ['exempted', 'temporarily_exempted', 'suspended'] as const;

/** Ability name → [policy, the resource that policy is asked about, at a unit path]. */
const SESSION: Record<string, [string, (path: string) => unknown]> = {
  'campaign.create': [CAMPAIGN_MANAGE, (path) => ({ path })],
  'assignment.create': [UNIT_ASSIGNMENT_EDIT, (path) => ({ path })],
  'workingGroup.create': [WORKING_GROUP_MANAGE, (path) => ({ path })],
  'cadre.create': [CADRE_MANAGE, (path) => ({ path })],
  'transfer.create': [TRANSFER_SEND, (path) => ({ fromPath: path })],
  'transfer.import': [TRANSFER_RECEIVE, (path) => ({ toPath: path })],
  'member.create': [MEMBER_CREATE, (path) => ({ path })],
  'member.import': [IMPORT_MANAGE, (path) => ({ path })],
  'unit.create': [UNIT_CREATE, (path) => ({ path })],
  'user.manage': [USER_MANAGE, (path) => ({ path })],
  'household.edit': [HOUSEHOLD_EDIT, (path) => ({ path })],
  'visit.create': [VISIT_WRITE, (path) => ({ path })],
  'task.create': [TASK_ASSIGN, (path) => ({ path })],
  'plan.create': [PLAN_WRITE, (path) => ({ unitPath: path, memberId: null })],
  'assessmentCycle.create': [CYCLE_CREATE, (path) => ({ path })],
  'lifecycle.edit': [LC_EDIT, (path) => ({ path })],
  'lifecycle.decide': [LC_DECIDE, (path) => ({ path })],
  'unitDiscipline.create': [DISCIPLINE_UNIT, (path) => ({ path, decidingPath: path })],
  ...Object.fromEntries(DISCIPLINE_FORMS.map((form) => [`discipline.${form}`, [DISCIPLINE_RECORD, (path: string) => ({ path, form })]])),
  ...Object.fromEntries(EXEMPTION_KINDS.map((kind) => [`exemption.${kind}`, [EXEMPTION_RECORD, (path: string) => ({ path, kind })]])),
};

export type SessionAbilities = Record<string, boolean>;

export function sessionAbilities(actor: Actor): SessionAbilities {
  return Object.fromEntries(Object.entries(SESSION).map(([name, [policy, at]]) => [name, somewhereInScope(actor, policy, at)]));
}

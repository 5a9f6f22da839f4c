// Every policy as a table, in the style of Outline's policy tests: for a record, which of the fixture's
// actors the rule admits. The actors mirror test/fixture.ts (tree: 1 province ─ 2 district A ─ 4 commune A1 ─
// 5 cell; 1 ─ 3 district B ─ 7 commune B1 ─ 8 cell). A policy declared without a row here fails the last test.
import { describe, expect, it } from 'vitest';
import type { Actor, Grant, Role } from '../src/domain/access/scope.js';
import { allow, can, policyNames, type Policy } from '../src/shared/policy.js';
import { PATH_READ } from '../src/shared/scope.js';
import * as assessments from '../src/modules/assessments/reviews/policy.js';
import * as assignments from '../src/modules/grassroots-work/assignments/policy.js';
import * as audit from '../src/modules/foundation/audit/policy.js';
import * as cadres from '../src/modules/grassroots-work/cadres/policy.js';
import * as campaigns from '../src/modules/grassroots-work/campaigns/policy.js';
import * as committees from '../src/modules/foundation/committees/policy.js';
import * as households from '../src/modules/grassroots-work/households/policy.js';
import * as imports from '../src/modules/data-exchange/imports/policy.js';
import * as lifecycle from '../src/modules/lifecycle/shared/policy.js';
import * as handbook from '../src/modules/lifecycle/handbook/policy.js';
import * as meetings from '../src/modules/lifecycle/meetings/policy.js';
import * as members from '../src/modules/foundation/members/policy.js';
import * as orgs from '../src/modules/foundation/orgs/policy.js';
import * as quality from '../src/modules/data-exchange/quality/policy.js';
import * as reconciliation from '../src/modules/data-exchange/reconciliation/policy.js';
import * as remediation from '../src/modules/assessments/remediation/policy.js';
import * as reports from '../src/modules/data-exchange/reports/policy.js';
import * as tasks from '../src/modules/assessments/tasks/policy.js';
import * as transfers from '../src/modules/lifecycle/transfers/policy.js';
import * as users from '../src/modules/foundation/users/policy.js';
import * as visits from '../src/modules/grassroots-work/visits/policy.js';
import * as wg from '../src/modules/grassroots-work/working-groups/policy.js';

const grant = (role: Role, unitPath: string): Grant => ({ role, unitId: Number(unitPath.split('.').at(-1)), unitPath });
const actor = (username: string, memberId: number | null, ...grants: Grant[]): Actor => ({
  userId: 0,
  username,
  displayName: username,
  memberId,
  locale: 'vi',
  grants,
});
const ACTORS = {
  admin: actor('admin', null, grant('province_admin', '1')),
  office: actor('office', null, grant('committee_office', '1.2.4')),
  secretary: actor('secretary', 1, grant('cell_secretary', '1.2.4.5'), grant('member', '1.2.4.5')),
  member: actor('member', 2, grant('member', '1.2.4.5')),
  observer: actor('observer', null, grant('observer', '1.3')),
  secretary8: actor('secretary8', 10, grant('cell_secretary', '1.3.7.8'), grant('member', '1.3.7.8')),
};
type Name = keyof typeof ACTORS;
const NAMES = Object.keys(ACTORS) as Name[];

const CELL5 = '1.2.4.5',
  COMMUNE4 = '1.2.4',
  DISTRICT3 = '1.3',
  CELL8 = '1.3.7.8';
const member2 = { unitPath: CELL5, deciderPath: COMMUNE4, memberId: 2, reopened: false };
const cell5 = { unitPath: CELL5, deciderPath: COMMUNE4, memberId: null, reopened: false };

/** [policy, resource, the actors it admits (space-separated; '' for none)] */
type Row<R> = [Policy<R>, R, string];
const row = <R>(policy: Policy<R>, resource: NoInfer<R>, admitted: string): Row<unknown> => [policy, resource, admitted] as Row<unknown>;

const TABLE: Row<unknown>[] = [
  row(PATH_READ, { path: CELL5 }, 'admin office secretary'),
  // meetings: reading (the cell's members and the readers above); checking in (a member of that very cell)
  row(meetings.MEETING_READ, { path: CELL5 }, 'admin office secretary member'),
  row(meetings.MEETING_CHECK_IN, { path: CELL5, memberPath: CELL5 }, 'secretary member secretary8'),
  row(meetings.MEETING_CHECK_IN, { path: CELL5, memberPath: CELL8 }, ''),
  row(meetings.MEETING_CHECK_IN, { path: CELL5, memberPath: null }, ''),
  // the member's handbook (their own page) and replies to the committee's messages (members of that very cell)
  row(handbook.HANDBOOK_READ, null, 'secretary member secretary8'),
  row(handbook.MESSAGE_REPLY, { path: CELL5, memberPath: CELL5 }, 'secretary member secretary8'),
  row(handbook.MESSAGE_REPLY, { path: CELL5, memberPath: CELL8 }, ''),
  // assessments
  row(assessments.CYCLE_CREATE, { path: CELL5 }, 'admin office'),
  row(assessments.CYCLE_READ, { rootPath: '1' }, 'admin office secretary member observer secretary8'),
  row(assessments.CYCLE_READ, { rootPath: COMMUNE4 }, 'admin office secretary member'),
  row(assessments.SUBJECT_READ, member2, 'admin office secretary member'),
  row(assessments.SUBJECT_SELF, member2, 'admin office secretary member'),
  row(assessments.SUBJECT_REVIEW, member2, 'admin office secretary'),
  row(assessments.SUBJECT_VERIFY, member2, 'admin office'),
  row(assessments.SUBJECT_VERIFY, { ...member2, reopened: true }, 'admin'),
  row(assessments.SUBJECT_VERIFY, { ...member2, deciderPath: CELL8, unitPath: CELL8 }, 'admin secretary8'),
  row(assessments.SUBJECT_DECIDE, member2, 'admin office'),
  row(assessments.SUBJECT_DECIDE, { ...member2, reopened: true }, 'admin'),
  row(assessments.SUBJECT_COMPLAIN, member2, 'member'),
  row(assessments.SUBJECT_COMPLAIN, cell5, 'admin office secretary'),
  row(assessments.SUBJECT_ADDITIONAL, member2, 'admin office'),
  row(assessments.SUBJECT_VIEW, { ...member2, workingGroupId: null }, 'admin office secretary member'),
  row(assessments.SUBJECT_VIEW, { ...member2, workingGroupId: 1 }, NAMES.join(' ')),
  row(assessments.REMARK_READ, { ...member2, workingGroupId: null }, 'admin office secretary member'),
  row(assessments.REMARK_WRITE, { ...member2, workingGroupId: null }, 'admin office secretary'),
  row(assessments.REMARK_WRITE, { ...member2, unitPath: CELL8, workingGroupId: null }, 'admin observer secretary8'),
  row(assessments.ATTENDANCE_WRITE, { ...member2, unitPath: CELL8, workingGroupId: null }, 'observer'),
  row(assessments.ATTENDANCE_WRITE, { ...member2, workingGroupId: 1 }, NAMES.join(' ')),
  row(assessments.RESULTS_READ, { path: CELL5 }, 'admin office secretary'),
  // assignments
  row(assignments.ASSIGNMENT_READ, { path: DISTRICT3 }, 'admin observer'),
  row(assignments.UNIT_ASSIGNMENT_EDIT, { path: CELL5 }, 'admin office'),
  row(assignments.HOUSEHOLD_ASSIGNMENT_EDIT, { path: CELL5 }, 'admin office secretary'),
  row(assignments.GRASSROOTS_SETTINGS, { path: '1' }, 'admin'),
  // audit
  row(audit.AUDIT_LIST, { path: DISTRICT3 }, 'admin observer'),
  row(audit.AUDIT_VERIFY, null, 'admin'),
  row(audit.READ_LOG_LIST, { path: CELL5 }, 'admin'),
  // cadres, campaigns, committees, households, imports
  row(cadres.CADRE_READ, { path: CELL8 }, 'admin observer secretary8'),
  row(cadres.CADRE_MANAGE, { path: CELL8 }, 'admin'),
  row(campaigns.CAMPAIGN_READ, { path: DISTRICT3 }, 'admin observer'),
  row(campaigns.CAMPAIGN_MANAGE, { path: COMMUNE4 }, 'admin office'),
  row(campaigns.CAMPAIGN_WORK, { path: CELL5 }, 'admin office secretary'),
  row(committees.COMMITTEE_MANAGE, { path: COMMUNE4 }, 'admin office'),
  row(households.HOUSEHOLD_READ, { path: COMMUNE4 }, 'admin office'),
  row(households.HOUSEHOLD_EDIT, { path: CELL5 }, 'admin office secretary'),
  row(imports.IMPORT_MANAGE, { path: CELL8 }, 'admin secretary8'),
  // lifecycle
  row(lifecycle.LC_READ, { path: CELL5, memberId: 2 }, 'admin office secretary member'),
  row(lifecycle.LC_READ, { path: CELL5 }, 'admin office secretary'),
  row(lifecycle.LC_EDIT, { path: CELL5 }, 'admin office secretary'),
  row(lifecycle.LC_DECIDE, { path: CELL5 }, 'admin office'),
  row(lifecycle.DISCIPLINE_RECORD, { path: CELL5, form: 'warning' }, 'admin office secretary'),
  row(lifecycle.DISCIPLINE_RECORD, { path: CELL5, form: 'expulsion' }, 'admin office'),
  row(lifecycle.EXEMPTION_RECORD, { path: CELL5, kind: 'exempted' }, 'admin office secretary'),
  row(lifecycle.EXEMPTION_RECORD, { path: CELL5, kind: 'suspended' }, 'admin office'),
  row(lifecycle.DISCIPLINE_UNIT, { path: CELL5, decidingPath: COMMUNE4 }, 'admin office'),
  row(lifecycle.DISCIPLINE_UNIT, { path: '1', decidingPath: null }, ''),
  // members
  row(members.MEMBER_LIST, { path: DISTRICT3 }, 'admin observer'),
  row(members.MEMBER_READ, { id: 2, unitPath: CELL5 }, 'admin office secretary member'),
  row(members.MEMBER_CREATE, { path: CELL8 }, 'admin secretary8'),
  row(members.MEMBER_UPDATE, { id: 2, unitPath: CELL5 }, 'admin office secretary'),
  row(members.MEMBER_CHANGE_CELL, { path: CELL5 }, 'admin office'),
  // orgs
  row(orgs.UNIT_READ, { path: '1.3.7' }, 'admin observer'),
  row(orgs.UNIT_CREATE, { path: COMMUNE4 }, 'admin office'),
  row(orgs.UNIT_RESTRUCTURE, { path: COMMUNE4 }, 'admin'),
  row(orgs.UNIT_RESTRUCTURE, { path: CELL5 }, 'admin office'),
  // quality, reconciliation, remediation, reports
  row(quality.QUALITY_READ, { path: CELL5 }, 'admin office secretary'),
  row(reconciliation.RECONCILE, { path: CELL5 }, 'admin office secretary'),
  row(remediation.PLAN_WRITE, { unitPath: CELL5, memberId: 2 }, 'admin office secretary'),
  row(remediation.PLAN_READ, { unitPath: CELL5, memberId: 2 }, 'admin office secretary member'),
  row(remediation.PLAN_REPORT, { unitPath: CELL5, memberId: 2 }, 'admin office secretary member'),
  row(remediation.PLAN_REPORT, { unitPath: CELL5, memberId: null }, 'admin office secretary'),
  row(remediation.PLAN_LIST, { path: DISTRICT3 }, 'admin observer'),
  row(reports.EXPORT_MEMBERS, { path: CELL5 }, 'admin office secretary'),
  row(reports.REPORT_READ, { path: DISTRICT3 }, 'admin observer'),
  row(reports.REPORT_SUBJECT, { memberId: 2, unitPath: CELL5 }, 'admin office secretary member'),
  // tasks
  row(tasks.TASK_ASSIGN, { path: COMMUNE4 }, 'admin office'),
  row(tasks.TASK_LIST, { path: CELL5 }, 'admin office secretary'),
  row(tasks.TASK_READ, { holderPath: CELL5, holderMemberId: 2, assignerPath: COMMUNE4 }, 'admin office secretary member'),
  row(tasks.TASK_REPORT, { holderPath: CELL5, holderMemberId: 2, assignerPath: COMMUNE4 }, 'admin office secretary member'),
  row(tasks.TASK_REPORT, { holderPath: CELL8, holderMemberId: null, assignerPath: '1.3.7' }, 'admin secretary8'),
  // Whoever assigns evaluates: editors over the assigning unit, never the holder.
  row(tasks.TASK_EVALUATE, { holderPath: CELL5, holderMemberId: 2, assignerPath: COMMUNE4 }, 'admin office'),
  row(tasks.TASK_EVALUATE, { holderPath: CELL5, holderMemberId: 2, assignerPath: CELL5 }, 'admin office secretary'),
  row(tasks.TASK_WITHDRAW, { holderPath: CELL5, holderMemberId: 2, assignerPath: COMMUNE4 }, 'admin office'),
  row(tasks.TASK_WITHDRAW, { holderPath: CELL5, holderMemberId: 1, assignerPath: CELL5 }, 'admin office'),
  // transfers
  row(transfers.TRANSFER_READ, { fromPath: CELL5, toPath: CELL8, memberId: 2 }, NAMES.join(' ')),
  row(transfers.TRANSFER_READ, { fromPath: CELL5, toPath: null, memberId: 3 }, 'admin office secretary'),
  row(transfers.TRANSFER_SEND, { fromPath: CELL5 }, 'admin office secretary'),
  row(transfers.TRANSFER_RECEIVE, { toPath: CELL8 }, 'admin secretary8'),
  row(transfers.TRANSFER_RECEIVE, { toPath: null }, ''),
  row(transfers.TRANSFER_DESTINATIONS, null, 'admin office secretary secretary8'),
  // users
  row(users.USER_MANAGE, { path: COMMUNE4 }, 'admin office'),
  row(users.GRANT_ROLE, { path: CELL5, role: 'cell_secretary' }, 'admin office'),
  row(users.GRANT_ROLE, { path: CELL5, role: 'committee_office' }, 'admin'),
  row(users.ACCOUNT_MANAGE, { grants: [{ role: 'member', path: CELL5 }], memberPath: CELL5 }, 'admin office'),
  row(users.ACCOUNT_MANAGE, { grants: [], memberPath: null }, ''),
  // visits, working groups
  row(visits.VISIT_READ, { path: DISTRICT3 }, 'admin observer'),
  row(visits.VISIT_WRITE, { path: CELL5 }, 'admin office secretary'),
  row(wg.WORKING_GROUP_READ, { path: CELL5 }, 'admin office secretary'),
  row(wg.WORKING_GROUP_MANAGE, { path: COMMUNE4 }, 'admin office'),
  row(wg.WORKING_GROUP_RECORD, { path: CELL5 }, 'admin office secretary'),
];

describe('policies: who each rule admits', () => {
  for (const [policy, resource, admitted] of TABLE) {
    it(`${policy} ${JSON.stringify(resource)} → ${admitted || 'nobody'}`, () => {
      const got = NAMES.filter((n) => can(ACTORS[n], policy, resource)).join(' ');
      expect(got).toBe(admitted);
    });
  }

  it('has a row for every declared policy', () => {
    const covered = new Set(TABLE.map(([p]) => p as string));
    expect(policyNames().filter((n) => !covered.has(n))).toEqual([]);
  });

  it('refuses to declare a name twice and to ask an unknown one', () => {
    expect(() => allow('member.read', () => true)).toThrow(/declared twice/);
    expect(() => can(ACTORS.admin, 'no.such.policy' as Policy<null>, null)).toThrow(/unknown policy/);
  });
});

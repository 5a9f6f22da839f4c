// Kysely table types of this module's migrations (0006_grassroots_work.sql). Keep in step with the SQL.
import type { Generated } from 'kysely';

type Id = Generated<number>;
type DateStr = string;

export type ProblemStatus = 'open' | 'in_progress' | 'solved';
export type CampaignStatus =
  | 'not_contacted'
  | 'visited'
  | 'persuading'
  | 'agreed'
  | 'compensation_received'
  | 'site_handed_over'
  | 'blocked';
export type RotationKind = 'department_to_commune' | 'commune_to_commune' | 'commune_to_department' | 'department_to_department' | 'other';

export interface GrassrootsWorkTables {
  grassroots_setting: { key: string; value: number };
  residential_group: {
    id: Id;
    unit_id: number;
    name: string;
    kind: 'residential_group' | 'village';
    cell_id: number | null;
    version: Generated<number>;
  };
  household: {
    id: Id;
    residential_group_id: number;
    address: string;
    head_name: string;
    people: number;
    phone: Generated<string>;
    version: Generated<number>;
    created_at: Generated<Date>;
  };
  unit_assignment: {
    id: Id;
    unit_id: number;
    member_id: number;
    valid_from: DateStr;
    valid_to: DateStr | null;
    note: Generated<string>;
    version: Generated<number>;
  };
  household_assignment: {
    id: Id;
    household_id: number;
    member_id: number;
    valid_from: DateStr;
    valid_to: DateStr | null;
    outside_area: Generated<boolean>;
    version: Generated<number>;
  };
  visit: {
    id: Id;
    unit_id: number;
    visited_on: DateStr;
    visitor_member_id: number;
    kind: 'visit' | 'meeting' | 'phone';
    summary: Generated<string>;
    escalation: Generated<string>;
    escalated_to_unit_id: number | null;
    created_by: number | null;
    created_at: Generated<Date>;
  };
  visit_household: { visit_id: number; household_id: number };
  visit_problem: {
    id: Id;
    visit_id: number;
    unit_id: number;
    household_id: number | null;
    category: string;
    description: string;
    status: ProblemStatus;
    follow_up: Generated<string>;
    opened_on: DateStr;
    solved_on: DateStr | null;
    solved_in_visit_id: number | null;
    version: Generated<number>;
  };
  visit_problem_update: {
    id: Id;
    problem_id: number;
    visit_id: number | null;
    status: ProblemStatus;
    follow_up: Generated<string>;
    on_date: DateStr;
    actor_user_id: number | null;
  };
  working_group: {
    id: Id;
    unit_id: number;
    name: string;
    purpose: Generated<string>;
    valid_from: DateStr;
    valid_to: DateStr | null;
    version: Generated<number>;
  };
  working_group_member: { working_group_id: number; member_id: number; role: 'leader' | 'deputy' | 'member' };
  working_group_unit: { working_group_id: number; unit_id: number };
  working_group_activity: { id: Id; working_group_id: number; held_on: DateStr; summary: string; created_by: number | null };
  campaign: {
    id: Id;
    unit_id: number;
    name: string;
    goal: string;
    place: string;
    starts_on: DateStr;
    deadline: DateStr;
    version: Generated<number>;
    created_at: Generated<Date>;
  };
  campaign_household: {
    id: Id;
    campaign_id: number;
    household_id: number;
    status: CampaignStatus;
    blocked_reason: Generated<string>;
    working_group_id: number | null;
    version: Generated<number>;
    updated_at: Generated<Date>;
  };
  campaign_household_member: { campaign_household_id: number; member_id: number };
  campaign_status_change: {
    id: Id;
    campaign_id: number;
    campaign_household_id: number;
    from_status: CampaignStatus | null;
    to_status: CampaignStatus;
    reason: Generated<string>;
    changed_on: DateStr;
    actor_user_id: number | null;
  };
  cadre: { id: Id; member_id: number; note: Generated<string>; version: Generated<number> };
  cadre_position: { id: Id; cadre_id: number; post: string; unit_id: number; from_date: DateStr; to_date: DateStr | null };
  cadre_rotation: {
    id: Id;
    cadre_id: number;
    decided_by_unit_id: number;
    kind: RotationKind;
    from_unit_id: number;
    from_post: string;
    to_unit_id: number;
    to_post: string;
    decision_no: string;
    effective_on: DateStr;
    next_review_on: DateStr | null;
    created_at: Generated<Date>;
  };
}

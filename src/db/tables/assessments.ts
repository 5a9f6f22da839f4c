// Kysely table types of this module's migrations (0003_assessments.sql). Keep in step with the SQL.
import type { ColumnType, Generated } from 'kysely';

type Id = Generated<number>;
type DateStr = string;
type Json = ColumnType<unknown, string | undefined, string>;
type JsonNull = ColumnType<unknown, string | null | undefined, string | null>;
type Numeric = ColumnType<string, number | string, number | string>;

export type Level = 'excellent' | 'good' | 'completed' | 'not_completed';

export interface ReviewCycleTable {
  id: Id;
  title: string;
  kind: string;
  period_from: DateStr;
  period_to: DateStr;
  rule_set: string;
  root_unit_id: number;
  root_path: string;
  subject_kinds: string[];
  deadlines: Json;
  quota_rounding: Generated<string>;
  quota_grouping: Generated<string>;
  settings: Json;
  version: Generated<number>;
  created_by: number | null;
  created_at: Generated<Date>;
}
export interface AssessmentSubjectTable {
  id: Id;
  cycle_id: number;
  subject_kind: string;
  member_id: number | null;
  unit_id: number;
  unit_version_id: number | null;
  unit_path: string;
  decider_path: string;
  quota_group: string;
  display_name: string;
  not_rated_reason: string | null;
  step: Generated<string>;
  self_assessment: JsonNull;
  review: JsonNull;
  verification: JsonNull;
  decision: JsonNull;
  level: Level | null;
  evaluation: JsonNull;
  additional: JsonNull;
  reopened: Generated<boolean>;
  version: Generated<number>;
  updated_at: Generated<Date>;
}
export interface AssessmentStepTable {
  id: Id;
  subject_id: number;
  from_step: string;
  action: string;
  to_step: string;
  data: Json;
  actor_user_id: number | null;
  actor_name: string;
  at: Generated<Date>;
}
export interface AssignedTaskTable {
  id: Id;
  title: string;
  indicator: string;
  target_value: Numeric;
  period_from: DateStr;
  period_to: DateStr;
  due_on: DateStr;
  key_target: Generated<boolean>;
  holder_member_id: number | null;
  holder_unit_id: number;
  holder_path: string;
  assigner_unit_id: number;
  assessor_unit_id: number;
  progress_value: ColumnType<string, number | string | undefined, number | string>;
  completion: 'on_time' | 'late' | 'exceeded' | null;
  completed_on: DateStr | null;
  version: Generated<number>;
  created_by: number | null;
  created_at: Generated<Date>;
  /** The assigning body's rating of the reported result, and a task taken out of the figures (migration 0016). */
  evaluation: 'exceeded' | 'completed' | 'not_completed' | null;
  evaluation_comment: string | null;
  evaluated_by: number | null;
  evaluated_at: Date | null;
  exclusion: 'withdrawn' | 'force_majeure' | null;
  exclusion_reason: string | null;
  excluded_by: number | null;
  excluded_at: Date | null;
}
export interface TaskProgressTable {
  id: Id;
  task_id: number;
  reported_on: DateStr;
  value: Numeric;
  evidence: string;
  actor_user_id: number | null;
  created_at: Generated<Date>;
}
export interface RemediationPlanTable {
  id: Id;
  subject_id: number;
  member_id: number | null;
  unit_id: number;
  unit_path: string;
  reason: 'not_completed' | 'shortcoming';
  status: Generated<'open' | 'closed'>;
  version: Generated<number>;
  created_by: number | null;
  created_at: Generated<Date>;
}
export interface RemediationItemTable {
  id: Id;
  plan_id: number;
  shortcoming: string;
  action: string;
  owner: string;
  deadline: DateStr;
  status: Generated<'open' | 'in_progress' | 'done'>;
  version: Generated<number>;
}
export interface RemediationReportTable {
  id: Id;
  plan_id: number;
  item_id: number | null;
  reported_on: DateStr;
  note: string;
  actor_user_id: number | null;
  created_at: Generated<Date>;
}

export interface AssessmentRemarkTable {
  id: Id;
  subject_id: number;
  kind: 'comment' | 'attendance';
  body: string;
  attended_on: DateStr | null;
  /** Attendance only (migration 0011): present at the meeting, and the reason when absent. */
  present: boolean | null;
  absence_reason: string | null;
  working_group_id: number | null;
  actor_user_id: number | null;
  actor_name: string;
  created_at: Generated<Date>;
}

export interface AssessmentTables {
  assessment_remark: AssessmentRemarkTable;
  review_cycle: ReviewCycleTable;
  assessment_subject: AssessmentSubjectTable;
  assessment_step: AssessmentStepTable;
  assigned_task: AssignedTaskTable;
  task_progress: TaskProgressTable;
  remediation_plan: RemediationPlanTable;
  remediation_item: RemediationItemTable;
  remediation_report: RemediationReportTable;
}

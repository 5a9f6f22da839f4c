-- Every foreign key column gets a full (non-partial) index whose leading column is that column.
-- Deleting or re-keying a referenced row makes PostgreSQL look up every referencing table by that column;
-- without an index it scans the whole table once per row. Undoing an import deletes members, so each
-- removed member was checked against all of meeting_attendance (only a partial index existed there):
-- a 300-member undo took 4.2 s and a 40,000-member one did not finish. The rule is kept for every
-- foreign key, not only those on member and org_unit, so a later delete elsewhere cannot regress;
-- test/schema-indexes.test.ts reads the catalog and fails for any foreign key left without one.
-- The partial index meeting_attendance_member (unexcused absences only) stays: it serves the absence
-- screening rule and is tiny.

-- referencing member
CREATE INDEX meeting_attendance_member_id ON meeting_attendance (member_id);
CREATE INDEX reconciliation_item_other_member_id ON reconciliation_item (other_member_id);
CREATE INDEX removal_case_member_id ON removal_case (member_id);
CREATE INDEX screening_flag_member_id ON screening_flag (member_id);

-- referencing org_unit
CREATE INDEX assessment_subject_unit_id ON assessment_subject (unit_id);
CREATE INDEX assigned_task_assessor_unit_id ON assigned_task (assessor_unit_id);
CREATE INDEX assigned_task_assigner_unit_id ON assigned_task (assigner_unit_id);
CREATE INDEX assigned_task_holder_unit_id ON assigned_task (holder_unit_id);
CREATE INDEX cadre_rotation_from_unit_id ON cadre_rotation (from_unit_id);
CREATE INDEX cadre_rotation_to_unit_id ON cadre_rotation (to_unit_id);
CREATE INDEX member_exit_unit_id ON member_exit (unit_id);
CREATE INDEX org_unit_version_parent_id ON org_unit_version (parent_id);
CREATE INDEX party_transfer_from_unit_id ON party_transfer (from_unit_id);
CREATE INDEX party_transfer_to_unit_id ON party_transfer (to_unit_id);
CREATE INDEX remediation_plan_unit_id ON remediation_plan (unit_id);
CREATE INDEX removal_case_unit_id ON removal_case (unit_id);
CREATE INDEX review_cycle_root_unit_id ON review_cycle (root_unit_id);
CREATE INDEX role_grant_unit_id ON role_grant (unit_id);
CREATE INDEX screening_run_unit_id ON screening_run (unit_id);
CREATE INDEX visit_escalated_to_unit_id ON visit (escalated_to_unit_id);
CREATE INDEX working_group_unit_unit_id ON working_group_unit (unit_id);

-- referencing restructuring
CREATE INDEX member_cell_period_restructuring_id ON member_cell_period (restructuring_id);
CREATE INDEX org_unit_version_restructuring_id ON org_unit_version (restructuring_id);

-- referencing org_unit_version
CREATE INDEX assessment_subject_unit_version_id ON assessment_subject (unit_version_id);

-- referencing app_user
CREATE INDEX assessment_remark_actor_user_id ON assessment_remark (actor_user_id);
CREATE INDEX assessment_step_actor_user_id ON assessment_step (actor_user_id);
CREATE INDEX assigned_task_created_by ON assigned_task (created_by);
CREATE INDEX import_job_created_by ON import_job (created_by);
CREATE INDEX import_mapping_created_by ON import_mapping (created_by);
CREATE INDEX reconciliation_created_by ON reconciliation (created_by);
CREATE INDEX remediation_plan_created_by ON remediation_plan (created_by);
CREATE INDEX remediation_report_actor_user_id ON remediation_report (actor_user_id);
CREATE INDEX review_cycle_created_by ON review_cycle (created_by);
CREATE INDEX task_progress_actor_user_id ON task_progress (actor_user_id);
CREATE INDEX visit_created_by ON visit (created_by);
CREATE INDEX working_group_activity_created_by ON working_group_activity (created_by);

-- referencing remediation_item
CREATE INDEX remediation_report_item_id ON remediation_report (item_id);

-- referencing screening_run
CREATE INDEX screening_flag_run_id ON screening_flag (run_id);

-- referencing screening_flag
CREATE INDEX removal_case_flag_id ON removal_case (flag_id);

-- referencing household
CREATE INDEX campaign_household_household_id ON campaign_household (household_id);
CREATE INDEX visit_household_household_id ON visit_household (household_id);
CREATE INDEX visit_problem_household_id ON visit_problem (household_id);

-- referencing visit
CREATE INDEX visit_problem_solved_in_visit_id ON visit_problem (solved_in_visit_id);
CREATE INDEX visit_problem_update_visit_id ON visit_problem_update (visit_id);
CREATE INDEX visit_problem_visit_id ON visit_problem (visit_id);

-- referencing working_group
CREATE INDEX campaign_household_working_group_id ON campaign_household (working_group_id);

-- referencing campaign_household
CREATE INDEX campaign_status_change_campaign_household_id ON campaign_status_change (campaign_household_id);

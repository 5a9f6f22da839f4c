-- Whoever assigns a task evaluates its result: the assigning body rates the reported result, and that
-- rating (not the holder's own report) is what the assessment's task figures count. The assigning body
-- may also take a task out of the figures: withdrawn, or missed for reasons of force majeure.
ALTER TABLE assigned_task
  ADD COLUMN evaluation text CHECK (evaluation IN ('exceeded', 'completed', 'not_completed')),
  ADD COLUMN evaluation_comment text,
  ADD COLUMN evaluated_by bigint REFERENCES app_user(id),
  ADD COLUMN evaluated_at timestamptz,
  ADD COLUMN exclusion text CHECK (exclusion IN ('withdrawn', 'force_majeure')),
  ADD COLUMN exclusion_reason text,
  ADD COLUMN excluded_by bigint REFERENCES app_user(id),
  ADD COLUMN excluded_at timestamptz,
  -- an evaluation rates a reported completion; an excluded task carries its reason
  ADD CONSTRAINT assigned_task_evaluation_reported CHECK (evaluation IS NULL OR completion IS NOT NULL),
  ADD CONSTRAINT assigned_task_exclusion_reason CHECK ((exclusion IS NULL) = (exclusion_reason IS NULL));

CREATE INDEX assigned_task_evaluated_by ON assigned_task (evaluated_by);
CREATE INDEX assigned_task_excluded_by ON assigned_task (excluded_by);

-- Attendance at a review meeting records whether the working-group member was present, and why not when absent
-- (issue 3 item 8). Attendance entries are present by default, so the ones recorded before stay "present";
-- comments have neither.
ALTER TABLE assessment_remark
  ADD COLUMN present boolean,
  ADD COLUMN absence_reason text;

UPDATE assessment_remark SET present = true WHERE kind = 'attendance';

ALTER TABLE assessment_remark
  ADD CONSTRAINT assessment_remark_presence CHECK ((kind = 'attendance') = (present IS NOT NULL)),
  ADD CONSTRAINT assessment_remark_absence_reason CHECK (
    CASE WHEN present IS FALSE THEN coalesce(btrim(absence_reason), '') <> '' ELSE absence_reason IS NULL END);

-- The kind of a cell (residential, agency, enterprise, school…), which decides the content its meetings cover
-- (Hướng dẫn 42-HD/BTCTW), and the content kinds recorded on each meeting (domain/lifecycle/content-kinds.ts).
ALTER TABLE org_unit
  ADD COLUMN cell_type text CHECK (cell_type IN ('residential', 'agency', 'public_service', 'enterprise', 'school', 'armed_forces', 'other'));
ALTER TABLE cell_meeting
  ADD COLUMN content_kinds text[] NOT NULL DEFAULT '{}';

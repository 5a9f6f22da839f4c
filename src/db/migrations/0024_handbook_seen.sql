-- When the member last opened their handbook: papers and messages posted since are "new" (the bell in the header).
ALTER TABLE app_user ADD COLUMN handbook_seen_at timestamptz;

-- Indexes on the columns that point at a member, so deleting or checking a member (undoing an import,
-- merging duplicates) does not scan whole tables.
CREATE INDEX IF NOT EXISTS app_user_member ON app_user (member_id);
CREATE INDEX IF NOT EXISTS candidate_member ON candidate (member_id);
CREATE INDEX IF NOT EXISTS candidate_helper_member ON candidate (helper_member_id);
CREATE INDEX IF NOT EXISTS candidate_introducer_member ON candidate_introducer (member_id);
CREATE INDEX IF NOT EXISTS campaign_household_member_member ON campaign_household_member (member_id);
CREATE INDEX IF NOT EXISTS visit_visitor_member ON visit (visitor_member_id);
CREATE INDEX IF NOT EXISTS working_group_member_member ON working_group_member (member_id);

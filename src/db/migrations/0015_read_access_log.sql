-- Who read which member's record, when, through which route (Decree 13/2023/ND-CP on personal data:
-- access to personal data is recorded). Append-only, written after the answer in small batches
-- (src/modules/audit/read-log.ts), so a read pays no round trip for it.
-- No foreign keys on purpose: the log must outlive the accounts and records it names, and a key
-- check per row would make every logged read touch two more tables.
CREATE TABLE read_access_log (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at         timestamptz NOT NULL DEFAULT now(),
  user_id    bigint NOT NULL,
  member_id  bigint NOT NULL,
  -- the member's unit when read: who may query the entry (the reader's subtree) does not move with later transfers
  unit_path  ltree NOT NULL,
  route      text NOT NULL,
  purpose    text NOT NULL
);
-- "who read this member" and "what did this user read" (by time); the listing without either filter
-- walks the primary key backwards (ids grow with time).
CREATE INDEX read_access_log_member ON read_access_log (member_id, at DESC);
CREATE INDEX read_access_log_user ON read_access_log (user_id, at DESC);

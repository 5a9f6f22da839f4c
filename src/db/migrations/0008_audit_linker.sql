-- Audited writes no longer queue for the chain. A write inserts its entry with only a sequence number
-- (seq); after commit a linker, one at a time across processes, gives each committed entry the next
-- chain position (id), the previous hash and its own hash. See src/modules/audit/linker.ts.
ALTER TABLE audit_entry ADD COLUMN seq bigint;
UPDATE audit_entry SET seq = id;
CREATE SEQUENCE audit_entry_seq_seq OWNED BY audit_entry.seq;
SELECT setval('audit_entry_seq_seq', COALESCE((SELECT max(seq) FROM audit_entry), 0) + 1, false);
ALTER TABLE audit_entry
  ALTER COLUMN seq SET DEFAULT nextval('audit_entry_seq_seq'),
  ALTER COLUMN seq SET NOT NULL,
  DROP CONSTRAINT audit_entry_pkey,
  ADD PRIMARY KEY (seq),
  ALTER COLUMN id DROP NOT NULL,
  ALTER COLUMN prev_hash DROP NOT NULL,
  ALTER COLUMN hash DROP NOT NULL,
  ADD CONSTRAINT audit_entry_linked_whole CHECK ((id IS NULL) = (hash IS NULL) AND (id IS NULL) = (prev_hash IS NULL));
CREATE UNIQUE INDEX audit_entry_chain ON audit_entry (id);
CREATE INDEX audit_entry_unlinked ON audit_entry (seq) WHERE id IS NULL;

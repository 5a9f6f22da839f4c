-- Undoing an import runs in the background with a progress bar, as its commit does: a status for it.
ALTER TABLE import_job DROP CONSTRAINT import_job_status_check;
ALTER TABLE import_job ADD CONSTRAINT import_job_status_check
  CHECK (status IN ('previewed', 'committing', 'committed', 'failed', 'undoing', 'undone', 'discarded'));

-- Attendance by check-in: while the secretary shows the meeting's QR code, the meeting holds a secret from which
-- the rotating codes are derived (domain/lifecycle/checkin.ts); closing the check-in clears it. A member's own
-- check-in is recorded with its time, so the minutes can tell it from a mark made by the secretary.
ALTER TABLE cell_meeting
  ADD COLUMN checkin_secret    bytea CHECK (checkin_secret IS NULL OR length(checkin_secret) = 32),
  ADD COLUMN checkin_opened_at timestamptz;
ALTER TABLE meeting_attendance
  ADD COLUMN checked_in_at timestamptz;

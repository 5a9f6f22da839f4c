// Kysely table types of this module's migrations (0004_lifecycle.sql, 0009_member_fee_basis.sql, 0019_meeting_record.sql). Keep in step with the SQL.
import type { Generated } from 'kysely';

type Id = Generated<number>;
type DateStr = string;

export type TransferState = 'recorded' | 'issued' | 'in_transit' | 'received' | 'cancelled';
export type CandidateStage = 'outstanding' | 'course' | 'candidate' | 'application' | 'verification' | 'decision' | 'ceremony';
export type EducationLevel = 'primary' | 'lower_secondary' | 'upper_secondary' | 'vocational' | 'college' | 'university' | 'postgraduate';
import type { FeeBasisKind } from '../../domain/lifecycle/fees.js';
export type MeetingKind = 'regular' | 'thematic' | 'combined' | 'extraordinary';
export type Presence = 'present' | 'absent_excused' | 'absent_unexcused';

export interface LifecycleTables {
  lifecycle_setting: { key: string; value: string | number; updated_at: Generated<Date> };
  public_holiday: { day: DateStr; name: string };
  party_transfer: {
    id: Id;
    member_id: number;
    kind: 'official' | 'temporary';
    from_unit_id: number;
    to_unit_id: number | null;
    out_of_province: Generated<boolean>;
    destination: Generated<string>;
    moved_on: DateStr | null;
    letter_no: string | null;
    letter_date: DateStr | null;
    state: TransferState;
    handed_on: DateStr | null;
    received_on: DateStr | null;
    note: Generated<string>;
    version: Generated<number>;
    created_at: Generated<Date>;
  };
  probation_file: {
    member_id: number;
    forms: Generated<string[]>;
    outcome: 'official' | 'ended' | null;
    decision_no: string | null;
    decided_on: DateStr | null;
    authority: string | null;
    version: Generated<number>;
  };
  candidate: {
    id: Id;
    unit_id: number;
    full_name: string;
    gender: 'male' | 'female';
    birth_date: DateStr;
    citizen_id: string;
    ethnicity: Generated<string>;
    hometown: Generated<string>;
    residence: Generated<string>;
    occupation: Generated<string>;
    education: EducationLevel;
    remote_area: Generated<boolean>;
    source: 'students' | 'cooperatives' | 'private_enterprises' | 'youth_union' | 'residential_area' | 'other';
    stage: Generated<CandidateStage>;
    course_certificate_on: DateStr | null;
    helper_member_id: number | null;
    forms: Generated<string[]>;
    attachments: Generated<string>;
    verified_on: DateStr | null;
    verification_note: Generated<string>;
    considered_on: DateStr | null;
    decision_no: string | null;
    decision_on: DateStr | null;
    decision_authority: string | null;
    ceremony_on: DateStr | null;
    member_id: number | null;
    withdrawn: Generated<boolean>;
    version: Generated<number>;
    created_at: Generated<Date>;
  };
  candidate_introducer: { candidate_id: number; member_id: number; worked_since: DateStr };
  recruitment_target: { unit_id: number; year: number; target: number };
  cell_meeting: {
    id: Id;
    unit_id: number;
    held_on: DateStr;
    kind: MeetingKind;
    topic: Generated<string>;
    version: Generated<number>;
    /** 'HH:MM:SS' times of the meeting day (migration 0019). */
    start_time: string | null;
    planned_minutes: number | null;
    agenda: Generated<string[]>;
    started_at: string | null;
    ended_at: string | null;
    minutes: Generated<string>;
    resolution: Generated<string>;
    /** Set while the QR check-in is open (migration 0021). */
    checkin_secret: Buffer | null;
    checkin_opened_at: Date | null;
    /** Content kinds covered (domain/lifecycle/content-kinds.ts, migration 0023). */
    content_kinds: Generated<string[]>;
  };
  meeting_document: {
    id: Id;
    meeting_id: number;
    file_name: string;
    media_type: string;
    size_bytes: number;
    sha256: string;
    content: Buffer;
    posted_at: Generated<Date>;
    posted_by: number | null;
  };
  meeting_attendance: { meeting_id: number; member_id: number; presence: Presence; reason: Generated<string>; checked_in_at: Date | null };
  cell_message: {
    id: Id;
    unit_id: number;
    thread_id: number | null;
    author_user_id: number;
    author_member_id: number | null;
    to_member_id: number | null;
    body: string;
    created_at: Generated<Date>;
  };
  party_fee: { member_id: number; month: DateStr; unit_id: number; amount: number; paid_on: DateStr };
  screening_run: {
    id: Id;
    unit_id: number;
    run_on: DateStr;
    window_from: DateStr;
    notes: Generated<string[]>;
    flagged: Generated<number>;
    actor_user_id: number | null;
    created_at: Generated<Date>;
  };
  screening_flag: {
    id: Id;
    run_id: number;
    member_id: number;
    unit_id: number;
    rule: string;
    evidence: unknown;
    state: Generated<'open' | 'dismissed' | 'proposed'>;
    review_note: Generated<string>;
    version: Generated<number>;
  };
  removal_case: {
    id: Id;
    member_id: number;
    unit_id: number;
    flag_id: number | null;
    reason: string;
    state: Generated<'proposed' | 'removed' | 'rejected'>;
    resolution_no: string;
    proposed_on: DateStr;
    decision_no: string | null;
    decided_on: DateStr | null;
    authority: string | null;
    complaint_until: DateStr | null;
    version: Generated<number>;
  };
  member_fee_basis: {
    id: Id;
    member_id: number;
    kind: FeeBasisKind;
    monthly_amount: number | null;
    valid_from: DateStr;
    note: Generated<string>;
    version: Generated<number>;
  };
  member_exit: {
    id: Id;
    member_id: number;
    unit_id: number;
    kind: 'deceased' | 'departed';
    on_date: DateStr;
    note: Generated<string>;
  };
}

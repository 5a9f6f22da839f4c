// PostgreSQL conflicts (unique and exclusion violations, serialization failures, deadlocks) as 409 answers with
// a sentence. Services check most of these before writing; the constraint is what decides when two requests
// race past the check together, so each one has its own sentence here. The list is every UNIQUE constraint,
// unique index, natural primary key and exclusion constraint of the migrations (a test compares it with the
// catalog); any other one still gets a generic 409.
import { AppError } from './errors.js';

/** The value in a violation's detail, "Key (citizen_id)=(001089001234) already exists.", when the key has one column. */
function valueIn(detail: string): string {
  return /^Key \([^,()]+\)=\((.*)\) /.exec(detail)?.[1] ?? '';
}

type Make = (detail: string) => AppError;
const plain =
  (code: string): Make =>
  () =>
    new AppError(code, 409);

/** Unique constraints and unique indexes (SQLSTATE 23505), by name. */
export const UNIQUE_CONFLICTS: Record<string, Make> = {
  app_user_username_key: (d) => new AppError('duplicate_username', 409, { username: valueIn(d) }),
  // Member keys name no value and no holder: the holder may be outside the caller's scope. The member
  // service, which knows the caller, says more when the holder is one the caller may read.
  member_citizen_id_key: plain('citizen_id_unavailable'),
  member_party_card_no_key: plain('party_card_unavailable'),
  org_unit_code_key: (d) => new AppError('duplicate_unit_code', 409, { code: valueIn(d) }),
  // Like member keys: the racing file may be another unit's (the service names it to those who may read it).
  candidate_citizen: plain('citizen_id_unavailable'),
  cadre_member_id_key: plain('cadre_exists'),
  party_transfer_open: plain('transfer_open_exists_member'),
  screening_flag_open: plain('flag_open_exists'),
  removal_case_open: plain('removal_open_exists_member'),
  member_exit_member_id_key: plain('member_exit_exists'),
  import_mapping_unit_id_name_key: plain('duplicate_mapping_name'),
  residential_group_unit_id_name_key: plain('duplicate_group_name_here'),
  campaign_household_campaign_id_household_id_key: plain('campaign_household_exists'),
  member_fee_basis_member_id_valid_from_key: plain('fee_basis_exists'),
  // Two audit entries racing for the same place in the hash chain: the loser can simply try again.
  audit_entry_chain: plain('conflict_retry'),
  // Natural primary keys: a second row for the same thing.
  probation_file_pkey: plain('probation_file_exists'),
  recruitment_target_pkey: plain('recruitment_target_exists'),
  party_fee_pkey: plain('party_fee_exists'),
  public_holiday_pkey: plain('holiday_exists'),
  meeting_attendance_pkey: plain('attendance_duplicate'),
  // Kept by triggers with upserts (migration 0020): no write of a user can collide on it; generic if it ever did.
  unit_member_rollup_pkey: plain('conflict_retry'),
  reorg_operation_pkey: plain('reorg_operation_duplicate'),
  candidate_introducer_pkey: plain('duplicate_in_list'),
  working_group_member_pkey: plain('duplicate_in_list'),
  working_group_unit_pkey: plain('duplicate_in_list'),
  campaign_household_member_pkey: plain('duplicate_in_list'),
  visit_household_pkey: plain('duplicate_in_list'),
};

/** Exclusion constraints (SQLSTATE 23P01): two periods of the same thing that overlap. */
export const EXCLUSION_CONFLICTS: Record<string, Make> = {
  org_unit_version_unit_id_daterange_excl: plain('unit_version_overlap'),
  member_cell_period_member_id_daterange_excl: plain('cell_period_overlap'),
  member_exemption_member_id_daterange_excl: plain('exemption_overlap_member'),
  unit_assignment_unit_id_daterange_excl: plain('unit_assignment_overlap'),
  household_assignment_household_id_daterange_excl: plain('household_assignment_overlap'),
  cadre_position_cadre_id_daterange_excl: plain('cadre_position_overlap'),
};

/** The 409 for a PostgreSQL conflict, or null when the error is not one. */
export function pgConflict(e: { code?: string; constraint?: string; detail?: string }): AppError | null {
  if (e.code === '23505')
    return (e.constraint && UNIQUE_CONFLICTS[e.constraint]?.(e.detail ?? '')) || new AppError('conflict_duplicate', 409);
  if (e.code === '23P01')
    return (e.constraint && EXCLUSION_CONFLICTS[e.constraint]?.(e.detail ?? '')) || new AppError('conflict_overlap', 409);
  // foreign_key_violation: a write named a record that does not exist (or was removed meanwhile) gets the answer of
  // any unknown id; removing a record that others still point at is a conflict.
  if (e.code === '23503')
    return /still referenced/.test(e.detail ?? '')
      ? new AppError('conflict_in_use', 409)
      : new AppError('not_found', 404, { entity: 'record' });
  // serialization_failure, deadlock_detected: another transaction touched the same rows at the same moment.
  if (e.code === '40001' || e.code === '40P01') return new AppError('conflict_retry', 409);
  return null;
}

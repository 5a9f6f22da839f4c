// Kysely table types for the migrations in ./migrations. Keep in step with the SQL.
import type { ColumnType, Generated } from 'kysely';
import type { MemberCategory } from '../domain/members/category.js';

type Id = Generated<number>;
type DateStr = string; // 'YYYY-MM-DD'
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | undefined, string>;

// The vocabularies are defined once, with the pure rules that use them.
import type { UnitKind } from '../domain/orgs/tree.js';
import type { MemberStatus } from '../domain/members/record.js';
import type { Role } from '../domain/access/scope.js';
export type { MemberStatus, Role, UnitKind };

export interface OrgUnitTable {
  id: Id;
  code: string;
  name: string;
  kind: UnitKind;
  parent_id: number | null;
  path: string;
  founded_on: DateStr;
  dissolved_on: DateStr | null;
  version: Generated<number>;
  updated_at: Generated<Date>;
  /** A cell's kind (residential, agency…), for the content its meetings cover (migration 0023). */
  cell_type: string | null;
}
export interface OrgUnitVersionTable {
  id: Id;
  unit_id: number;
  name: string;
  kind: UnitKind;
  parent_id: number | null;
  path: string;
  valid_from: DateStr;
  valid_to: DateStr | null;
  restructuring_id: number | null;
}
export interface RestructuringTable {
  id: Id;
  kind: string;
  effective_on: DateStr;
  decision_no: string | null;
  note: string | null;
  details: Json;
  actor_user_id: number | null;
  created_at: Generated<Date>;
}
export interface MemberTable {
  id: Id;
  full_name: string;
  search_name: string;
  sort_key: string;
  gender: 'male' | 'female';
  birth_date: DateStr;
  ethnicity: string;
  hometown: string;
  residence: string;
  citizen_id: string;
  party_card_no: string | null;
  admitted_on: DateStr;
  official_on: DateStr | null;
  education: string;
  theory_level: string;
  occupation: Generated<string>;
  position: Generated<string>;
  phone: Generated<string>;
  status: MemberStatus;
  unit_id: number;
  version: Generated<number>;
  member_category: Generated<MemberCategory | null>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}
/** Members per unit (direct, not subtree), status and gender; kept by triggers on member (migration 0020). */
export interface UnitMemberRollupTable {
  unit_id: number;
  status: MemberStatus;
  gender: 'male' | 'female';
  n: number;
}
export interface MemberCellPeriodTable {
  id: Id;
  member_id: number;
  unit_id: number;
  valid_from: DateStr;
  valid_to: DateStr | null;
  restructuring_id: number | null;
}
export interface MemberEventTable {
  id: Id;
  member_id: number;
  occurred_on: DateStr;
  kind: string;
  details: Json;
  actor_user_id: number | null;
  created_at: Generated<Date>;
}
export interface CommitteeTermTable {
  id: Id;
  unit_id: number;
  label: string;
  starts_on: DateStr;
  ends_on: DateStr | null;
}
export interface CommitteeSeatTable {
  id: Id;
  term_id: number;
  member_id: number;
  position: 'secretary' | 'deputy_secretary' | 'standing_member' | 'member';
  from_date: DateStr;
  to_date: DateStr | null;
}
export interface AppUserTable {
  id: Id;
  username: string;
  password_hash: string;
  display_name: string;
  member_id: number | null;
  locale: Generated<'vi' | 'en'>;
  created_at: Generated<Date>;
  must_change_password: Generated<boolean>;
  password_changed_at: Date | null;
  totp_pending_secret: string | null;
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  totp_last_step: number | null;
  /** When the member last opened their handbook (migration 0024). */
  handbook_seen_at: Date | null;
}
export interface RoleGrantTable {
  id: Id;
  user_id: number;
  role: Role;
  unit_id: number;
  valid_from: DateStr;
  valid_to: DateStr | null;
}
export interface UserSessionTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  last_seen_at: Generated<Date>;
}
export interface AuditEntryTable {
  /** Insertion order; id, prev_hash and hash stay null until the linker puts the entry on the chain. */
  seq: Generated<number>;
  id: number | null;
  at: Timestamp;
  actor_user_id: number | null;
  actor_name: string;
  action: string;
  entity_type: string;
  entity_id: string;
  scope_path: string | null;
  before: Json | null;
  after: Json | null;
  prev_hash: string | null;
  hash: string | null;
}

// Each wing's tables are declared in ./tables/<wing>.ts; Database joins them all.
import type { AssessmentTables } from './tables/assessments.js';
import type { AuthTables } from './tables/auth.js';
import type { LifecycleTables } from './tables/lifecycle.js';
import type { DataExchangeTables } from './tables/data-exchange.js';
import type { GrassrootsWorkTables } from './tables/grassroots-work.js';
import type { AuditTables } from './tables/audit.js';
import type { ReorgTables } from './tables/reorg.js';

export interface Database
  extends FoundationTables,
    AuthTables,
    AssessmentTables,
    LifecycleTables,
    DataExchangeTables,
    GrassrootsWorkTables,
    AuditTables,
    ReorgTables {}

export type DisciplineForm = 'reprimand' | 'warning' | 'dismissal' | 'expulsion' | 'dissolution';
export interface DisciplineRecordTable {
  id: Id;
  member_id: number | null;
  unit_id: number;
  form: DisciplineForm;
  decided_on: DateStr;
  decision_no: string;
  authority: string;
  reason: Generated<string>;
  self_detected_remedied: Generated<boolean>;
  version: Generated<number>;
  created_at: Generated<Date>;
}
export interface MemberExemptionTable {
  id: Id;
  member_id: number;
  kind: 'exempted' | 'temporarily_exempted' | 'suspended';
  from_date: DateStr;
  to_date: DateStr | null;
  decision_no: Generated<string>;
  reason: Generated<string>;
  version: Generated<number>;
}

export interface FoundationTables {
  discipline_record: DisciplineRecordTable;
  member_exemption: MemberExemptionTable;
  org_unit: OrgUnitTable;
  org_unit_version: OrgUnitVersionTable;
  restructuring: RestructuringTable;
  member: MemberTable;
  member_cell_period: MemberCellPeriodTable;
  unit_member_rollup: UnitMemberRollupTable;
  member_event: MemberEventTable;
  committee_term: CommitteeTermTable;
  committee_seat: CommitteeSeatTable;
  app_user: AppUserTable;
  role_grant: RoleGrantTable;
  user_session: UserSessionTable;
  audit_entry: AuditEntryTable;
}

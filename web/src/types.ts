// Shapes of the API responses (see src/modules/*/service.ts and dto.ts on the server).
// The vocabularies (roles, unit kinds, member statuses) are the server's own, from src/domain.
import { ROLES as ALL_ROLES, type Role } from '../../src/domain/access/scope';
import type { UnitKind } from '../../src/domain/orgs/tree';
import { MEMBER_STATUSES as STATUSES, AGE_BANDS, type MemberStatus } from '../../src/domain/members/record';
export type { MemberStatus, Role, UnitKind };
export { AGE_BANDS };
import type { MemberCategory } from '../../src/domain/members/category';
export type Gender = 'male' | 'female';

export const MEMBER_STATUSES: readonly MemberStatus[] = STATUSES;
export const ROLES: readonly Role[] = ALL_ROLES;

export interface Grant {
  role: Role;
  unitId: number;
  unitPath: string;
}

export interface Me {
  userId: number;
  username: string;
  displayName: string;
  memberId: number | null;
  locale: 'vi' | 'en';
  grants: Grant[];
  csrfToken: string;
  /** A reset left a temporary password: the app shows only the change-password screen. */
  mustChangePassword: boolean;
  totpEnabled: boolean;
  secondFactorAvailable: boolean;
  /** What the user may create somewhere in their scope, answered by the server's policies (see auth/permissions.ts). */
  abilities: Record<string, boolean>;
}

export interface UnitNode {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  path: string;
  memberCount: number;
  childCount: number;
  version?: number;
}

export interface UnitPageData {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  path: string;
  foundedOn: string;
  dissolvedOn: string | null;
  version: number;
  breadcrumb: { id: number; name: string; kind: UnitKind; code: string }[];
  memberCount: number;
  childCount: number;
  /** The day the unit is shown as of (null: today). */
  asOf: string | null;
  /** The unit's state on that day. */
  state: 'active' | 'dissolved' | 'not_founded';
  /** What the caller may do with this unit, from the server's policies. */
  abilities?: { createChild: boolean; restructure: boolean; manageCommittee: boolean; addMember: boolean };
}

export interface UnitSearchHit {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  path: string;
}

export interface UnitVersion {
  id: number;
  name: string;
  kind: UnitKind;
  parent_id: number | null;
  parent_name: string | null;
  path: string;
  valid_from: string;
  valid_to: string | null;
  change: string | null;
  decision_no: string | null;
  note: string | null;
}

export type SeatPosition = 'secretary' | 'deputy_secretary' | 'standing_member' | 'member';
export interface CommitteeTerm {
  id: number;
  unit_id: number;
  label: string;
  starts_on: string;
  ends_on: string | null;
  seats: { id: number; member_id: number; full_name: string; position: SeatPosition; from_date: string; to_date: string | null }[];
}

export interface RestructureOutcome {
  restructuringId: number;
  kind: string;
  effectiveOn: string;
  units: { id: number; name: string; change: string }[];
  membersMoved: number;
  sampleMembers: { id: number; fullName: string; toUnitId: number }[];
}

export interface MemberListItem {
  id: number;
  fullName: string;
  gender: Gender;
  birthDate: string;
  citizenId: string;
  partyCardNo: string | null;
  admittedOn: string;
  officialOn: string | null;
  status: MemberStatus;
  unitId: number;
  unitName: string;
  phone: string;
}

export interface Page<T> {
  total: number;
  page: number;
  pageSize: number;
  items: T[];
}

export interface Member extends MemberListItem {
  /** Form 2A / 2B / 2C of the self-assessment (Hướng dẫn 43-HD/BTCTW); null: not set. */
  memberCategory: MemberCategory | null;
  ethnicity: string;
  hometown: string;
  residence: string;
  education: string;
  theoryLevel: string;
  occupation: string;
  position: string;
  version: number;
}

/** What the caller may do with one member's record (server policies; the server still decides). */
export interface MemberAbilities {
  edit: boolean;
  changeCell: boolean;
  transfer: boolean;
  reprimand: boolean;
  warning: boolean;
  dismiss: boolean;
  expel: boolean;
  exempt: boolean;
  suspend: boolean;
}

export interface MemberProfile extends Member {
  abilities: MemberAbilities;
  periods: { id: number; unit_id: number; unit_name: string; valid_from: string; valid_to: string | null }[];
  seats: {
    id: number;
    position: SeatPosition;
    from_date: string;
    to_date: string | null;
    term: string;
    unit_id: number;
    unit_name: string;
  }[];
}

export interface TimelineEvent {
  id: number;
  occurred_on: string;
  kind: string;
  details: Record<string, unknown>;
  actor: string | null;
  created_at: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface UserGrant {
  id: number;
  role: Role;
  unitId: number;
  unitName: string;
  validFrom: string;
  validTo: string | null;
}
export interface UserRow {
  id: number;
  username: string;
  displayName: string;
  memberId: number | null;
  mustChangePassword: boolean;
  secondFactor: boolean;
  grants: UserGrant[];
}

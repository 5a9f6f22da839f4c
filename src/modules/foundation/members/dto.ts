// The member record as the API shows it (camelCase), built from a database row.
import type { MemberRow } from './queries.js';
import type { MemberStatus } from '../../../domain/members/record.js';

export function toDto(m: MemberRow) {
  return {
    id: m.id,
    fullName: m.full_name,
    gender: m.gender,
    birthDate: m.birth_date,
    ethnicity: m.ethnicity,
    hometown: m.hometown,
    residence: m.residence,
    citizenId: m.citizen_id,
    partyCardNo: m.party_card_no,
    admittedOn: m.admitted_on,
    officialOn: m.official_on,
    education: m.education,
    theoryLevel: m.theory_level,
    occupation: m.occupation,
    position: m.position,
    phone: m.phone,
    status: m.status as MemberStatus,
    unitId: m.unit_id,
    unitName: m.unit_name,
    memberCategory: m.member_category,
    version: m.version,
  };
}
export type MemberDto = ReturnType<typeof toDto>;

export function toListItem(r: {
  id: number;
  full_name: string;
  gender: string;
  birth_date: string;
  citizen_id: string;
  party_card_no: string | null;
  admitted_on: string;
  official_on: string | null;
  status: string;
  unit_id: number;
  unit_name: string;
  phone: string;
}) {
  return {
    id: r.id,
    fullName: r.full_name,
    gender: r.gender,
    birthDate: r.birth_date,
    citizenId: r.citizen_id,
    partyCardNo: r.party_card_no,
    admittedOn: r.admitted_on,
    officialOn: r.official_on,
    status: r.status,
    unitId: r.unit_id,
    unitName: r.unit_name,
    phone: r.phone,
  };
}

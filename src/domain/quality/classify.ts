// Classifications of member data for the basic statistical tables (docs/reports.md): age bands,
// education levels as the tables split them, ethnic minority. Pure functions of plain values.
import { searchName } from '../names/index.js';
import { ageOn, AGE_BANDS, type AgeBand } from '../members/record.js';

export function ageBand(birthDate: string, today: string): AgeBand | 'under18' {
  const age = ageOn(birthDate, today);
  if (age < 18) return 'under18';
  if (age >= 71) return '71+';
  return AGE_BANDS.find((b) => {
    const [lo, hi] = b.split('-').map(Number);
    return age >= lo! && age <= hi!;
  })!;
}

/** General education (x/10, x/12 systems) and professional levels, highest first when several are written. */
export const EDUCATION_GROUPS = [
  'primary',
  'lower_secondary',
  'upper_secondary',
  'vocational',
  'college',
  'university',
  'master',
  'doctor',
  'other',
] as const;
export type EducationGroup = (typeof EDUCATION_GROUPS)[number];

export function educationGroup(text: string): EducationGroup {
  const t = searchName(text);
  if (/tien si|\bts\b|phd/.test(t)) return 'doctor';
  if (/thac si|\bths\b|master/.test(t)) return 'master';
  if (/dai hoc|cu nhan|ky su|bac si|university/.test(t)) return 'university';
  if (/cao dang|college/.test(t)) return 'college';
  if (/trung cap|so cap nghe|vocational/.test(t)) return 'vocational';
  const m = /^(\d{1,2})\s*\/\s*(10|12)$/.exec(t);
  if (m) {
    const [grade, system] = [Number(m[1]), Number(m[2])];
    // 10-year system (before 1981 in the North): 1–4 primary, 5–7 lower secondary, 8–10 upper secondary.
    const [primary, lower] = system === 10 ? [4, 7] : [5, 9];
    return grade <= primary ? 'primary' : grade <= lower ? 'lower_secondary' : 'upper_secondary';
  }
  return 'other';
}

export const isEthnicMinority = (ethnicity: string) => searchName(ethnicity) !== 'kinh';

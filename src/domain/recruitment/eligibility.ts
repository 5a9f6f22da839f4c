// Eligibility of an applicant for admission (Party Charter art. 1 and 4; Quy định 294/2025), checked on the
// date the cell considers the application. Each failed check is a reason with a code and parameters.
import { addMonths, wholeMonthsBetween } from '../calendar/dates.js';
import type { Settings } from '../lifecycle/settings.js';

export const EDUCATION_LEVELS = [
  'primary',
  'lower_secondary',
  'upper_secondary',
  'vocational',
  'college',
  'university',
  'postgraduate',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

export interface Applicant {
  birthDate: string;
  education: EducationLevel;
  /** Remote or ethnic-minority area: the lower-secondary requirement may be waived. */
  remoteArea: boolean;
  courseCertificateOn: string | null;
}

export interface Introducer {
  memberId: number;
  fullName: string;
  status: string;
  workedSince: string;
}

export interface Reason {
  code: string;
  params: Record<string, string | number>;
}

type Rules = Pick<Settings, 'minAdmissionMonths' | 'maxAdmissionMonths' | 'introducerMonths' | 'courseValidityYears'>;

export function checkAge(a: Pick<Applicant, 'birthDate'>, on: string, r: Rules): Reason[] {
  const months = wholeMonthsBetween(a.birthDate, on);
  const age = { years: Math.floor(months / 12), months: months % 12 };
  if (months < r.minAdmissionMonths) return [{ code: 'age_too_young', params: age }];
  if (months > r.maxAdmissionMonths) return [{ code: 'age_too_old', params: age }];
  return [];
}

export function checkEducation(a: Pick<Applicant, 'education' | 'remoteArea'>): Reason[] {
  if (a.education !== 'primary') return [];
  return a.remoteArea ? [] : [{ code: 'education_too_low', params: {} }];
}

export function checkCourse(a: Pick<Applicant, 'courseCertificateOn'>, on: string, r: Rules): Reason[] {
  if (!a.courseCertificateOn) return [{ code: 'course_missing', params: {} }];
  const until = addMonths(a.courseCertificateOn, r.courseValidityYears * 12);
  return until < on ? [{ code: 'course_expired', params: { date: a.courseCertificateOn, until } }] : [];
}

export function checkIntroducers(list: Introducer[], on: string, r: Rules): Reason[] {
  if (list.length < 1 || list.length > 2) return [{ code: 'introducer_count', params: { count: list.length } }];
  const out: Reason[] = [];
  for (const i of list) {
    if (i.status !== 'official') out.push({ code: 'introducer_not_official', params: { name: i.fullName } });
    else if (wholeMonthsBetween(i.workedSince, on) < r.introducerMonths) {
      out.push({ code: 'introducer_too_short', params: { name: i.fullName, months: r.introducerMonths } });
    }
  }
  return out;
}

/** All reasons the applicant may not be admitted on `on`; empty when eligible. */
export function checkEligibility(a: Applicant, introducers: Introducer[], on: string, r: Rules): Reason[] {
  return [...checkAge(a, on, r), ...checkEducation(a), ...checkCourse(a, on, r), ...checkIntroducers(introducers, on, r)];
}

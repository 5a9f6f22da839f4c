import { describe, expect, it } from 'vitest';
import { SETTING_DEFAULTS } from '../lifecycle/settings.js';
import { checkAge, checkCourse, checkEducation, checkEligibility, checkIntroducers } from './eligibility.js';
import { introducersRefusal, missingFor, missingPart, withdrawRefusal, APPLICATION_FORMS, type CandidateFile } from './stages.js';

const R = SETTING_DEFAULTS;
const official = { memberId: 1, fullName: 'Nguyễn Văn Ngoan', status: 'official', workedSince: '2024-01-01' };

describe('age in whole months', () => {
  it('refuses 17 years and 11 months, accepts 18 years exactly', () => {
    expect(checkAge({ birthDate: '2008-12-27' }, '2026-11-26', R)).toEqual([{ code: 'age_too_young', params: { years: 17, months: 10 } }]);
    expect(checkAge({ birthDate: '2008-12-26' }, '2026-11-26', R)).toEqual([{ code: 'age_too_young', params: { years: 17, months: 11 } }]);
    expect(checkAge({ birthDate: '2008-11-26' }, '2026-11-26', R)).toEqual([]);
  });
  it('accepts 60 years exactly, refuses 60 years and 1 month', () => {
    expect(checkAge({ birthDate: '1966-11-26' }, '2026-11-26', R)).toEqual([]);
    expect(checkAge({ birthDate: '1966-10-26' }, '2026-11-26', R)).toEqual([{ code: 'age_too_old', params: { years: 60, months: 1 } }]);
  });
});

describe('eligibility checks', () => {
  it('needs lower-secondary education unless the remote-area exception applies', () => {
    expect(checkEducation({ education: 'lower_secondary', remoteArea: false })).toEqual([]);
    expect(checkEducation({ education: 'primary', remoteArea: false })).toEqual([{ code: 'education_too_low', params: {} }]);
    expect(checkEducation({ education: 'primary', remoteArea: true })).toEqual([]);
  });

  it('needs a course certificate still valid (5 years)', () => {
    expect(checkCourse({ courseCertificateOn: null }, '2026-11-26', R)[0]?.code).toBe('course_missing');
    expect(checkCourse({ courseCertificateOn: '2021-11-26' }, '2026-11-26', R)).toEqual([]);
    expect(checkCourse({ courseCertificateOn: '2021-11-25' }, '2026-11-26', R)[0]).toEqual({
      code: 'course_expired',
      params: { date: '2021-11-25', until: '2026-11-25' },
    });
  });

  it('needs one or two official introducers who worked with the applicant for a year', () => {
    expect(checkIntroducers([official], '2026-11-26', R)).toEqual([]);
    expect(checkIntroducers([], '2026-11-26', R)[0]?.code).toBe('introducer_count');
    expect(checkIntroducers([{ ...official, status: 'probationary' }], '2026-11-26', R)).toEqual([
      { code: 'introducer_not_official', params: { name: 'Nguyễn Văn Ngoan' } },
    ]);
    expect(checkIntroducers([{ ...official, workedSince: '2025-11-27' }], '2026-11-26', R)[0]?.code).toBe('introducer_too_short');
    expect(checkIntroducers([{ ...official, workedSince: '2025-11-26' }], '2026-11-26', R)).toEqual([]);
  });

  it('gathers every reason at once', () => {
    const codes = checkEligibility(
      { birthDate: '2010-01-01', education: 'primary', remoteArea: false, courseCertificateOn: null },
      [{ ...official, status: 'probationary' }],
      '2026-11-26',
      R,
    ).map((r) => r.code);
    expect(codes).toEqual(['age_too_young', 'education_too_low', 'course_missing', 'introducer_not_official']);
  });
});

describe('recruitment state machine', () => {
  const file: CandidateFile = {
    stage: 'outstanding',
    withdrawn: false,
    courseCertificateOn: null,
    helperMemberId: null,
    forms: [],
    verifiedOn: null,
    decisionNo: null,
    ceremonyOn: null,
  };
  it('steps one stage at a time, each needing its part of the file', () => {
    expect(missingFor(file, 'course')).toEqual([]);
    expect(missingFor(file, 'candidate')).toEqual(['not_next_stage']);
    expect(missingFor({ ...file, stage: 'course' }, 'candidate')).toEqual(['course_certificate']);
    expect(missingFor({ ...file, stage: 'candidate' }, 'application')).toEqual(['helper']);
    expect(missingFor({ ...file, stage: 'application', forms: APPLICATION_FORMS.slice(0, 8) }, 'verification')).toEqual(['forms:9-KNĐ']);
    expect(missingFor({ ...file, stage: 'application', forms: APPLICATION_FORMS }, 'verification')).toEqual([]);
    expect(missingFor({ ...file, stage: 'verification' }, 'decision')).toEqual(['verification']);
    expect(missingFor({ ...file, stage: 'decision', decisionNo: '12-QĐ/ĐU' }, 'ceremony')).toEqual([]);
    expect(missingFor({ ...file, withdrawn: true }, 'course')).toEqual(['withdrawn']);
  });
  it('ends a file by withdrawal, once, and never after the ceremony', () => {
    expect(withdrawRefusal({ ...file, stage: 'application' })).toBeNull();
    expect(withdrawRefusal({ ...file, stage: 'decision' })).toBeNull();
    expect(withdrawRefusal({ ...file, stage: 'ceremony' })).toBe('candidate_admitted');
    const withdrawn = { ...file, stage: 'candidate' as const, withdrawn: true };
    expect(withdrawRefusal(withdrawn)).toBe('candidate_withdrawn');
    expect(missingFor(withdrawn, 'application')).toEqual(['withdrawn']);
  });
  it('lets introducers be corrected until the admission decision', () => {
    for (const stage of ['outstanding', 'course', 'candidate', 'application', 'verification'] as const)
      expect(introducersRefusal({ ...file, stage })).toBeNull();
    expect(introducersRefusal({ ...file, stage: 'decision' })).toBe('candidate_admitted');
    expect(introducersRefusal({ ...file, stage: 'ceremony' })).toBe('candidate_admitted');
    expect(introducersRefusal({ ...file, stage: 'application', withdrawn: true })).toBe('candidate_withdrawn');
  });
  it('names each missing part as a catalog key, with the missing forms listed', () => {
    expect(missingPart('course_certificate')).toEqual({ key: 'course_certificate' });
    expect(missingPart('forms:8-KNĐ,9-KNĐ')).toEqual({ key: 'forms', forms: '8-KNĐ, 9-KNĐ' });
  });
});

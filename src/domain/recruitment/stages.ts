// The recruitment pipeline as a state machine: each stage may be entered only when the file holds what it needs.
export const STAGES = ['outstanding', 'course', 'candidate', 'application', 'verification', 'decision', 'ceremony'] as const;
export type Stage = (typeof STAGES)[number];

/** Forms of the application file (1–9-KNĐ) and of probation (10–15-KNĐ). */
export const APPLICATION_FORMS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => `${n}-KNĐ`);
export const PROBATION_FORMS = ['10', '11', '12', '13', '14', '15'].map((n) => `${n}-KNĐ`);

export interface CandidateFile {
  stage: Stage;
  withdrawn: boolean;
  courseCertificateOn: string | null;
  helperMemberId: number | null;
  forms: string[];
  verifiedOn: string | null;
  decisionNo: string | null;
  ceremonyOn: string | null;
}

export const nextStage = (s: Stage): Stage | null => STAGES[STAGES.indexOf(s) + 1] ?? null;

/** What is missing to enter `to` from the file's current stage; empty when the step is allowed. */
export function missingFor(file: CandidateFile, to: Stage): string[] {
  if (file.withdrawn) return ['withdrawn'];
  if (nextStage(file.stage) !== to) return ['not_next_stage'];
  switch (to) {
    case 'course':
      return [];
    case 'candidate':
      return file.courseCertificateOn ? [] : ['course_certificate'];
    case 'application':
      return file.helperMemberId ? [] : ['helper'];
    case 'verification': {
      const missing = APPLICATION_FORMS.filter((f) => !file.forms.includes(f));
      return missing.length ? [`forms:${missing.join(',')}`] : [];
    }
    case 'decision':
      return file.verifiedOn ? [] : ['verification'];
    case 'ceremony':
      return file.decisionNo ? [] : ['decision'];
    default:
      return ['not_next_stage'];
  }
}

/**
 * Withdrawal ends a file for good (the applicant gives up or the cell stops proposing them). A file already
 * withdrawn, or whose applicant has been admitted at the ceremony, cannot be withdrawn.
 */
export function withdrawRefusal(file: CandidateFile): 'candidate_withdrawn' | 'candidate_admitted' | null {
  if (file.withdrawn) return 'candidate_withdrawn';
  if (file.stage === 'ceremony') return 'candidate_admitted';
  return null;
}

/**
 * Introducers may be corrected until the committee decides admission: the decision is taken on the file as it
 * stands, so from the `decision` stage on, the names are part of the decided record.
 */
export function introducersRefusal(file: CandidateFile): 'candidate_withdrawn' | 'candidate_admitted' | null {
  if (file.withdrawn) return 'candidate_withdrawn';
  if (file.stage === 'decision' || file.stage === 'ceremony') return 'candidate_admitted';
  return null;
}

/** A missing part named by `missingFor` as a catalog key and its parameters (`forms:1-KNĐ,2-KNĐ` lists the forms). */
export function missingPart(code: string): { key: string; forms?: string } {
  const [key, forms] = code.split(':');
  return forms === undefined ? { key: key! } : { key: key!, forms: forms.split(',').join(', ') };
}

// What the caller may do with one assessment subject, from the policies its step routes enforce; sent with
// the subject so the page shows only the forms the caller can submit (the routes still decide).
import type { Actor } from '../../../domain/access/scope.js';
import { abilitiesOf } from '../../../shared/abilities.js';
import {
  ATTENDANCE_WRITE,
  REMARK_WRITE,
  SUBJECT_ADDITIONAL,
  SUBJECT_COMPLAIN,
  SUBJECT_DECIDE,
  SUBJECT_REVIEW,
  SUBJECT_SELF,
  SUBJECT_VERIFY,
  type SubjectWithGroup,
} from './policy.js';

export function subjectAbilities(actor: Actor, s: SubjectWithGroup) {
  return abilitiesOf(actor, {
    self: [SUBJECT_SELF, s],
    review: [SUBJECT_REVIEW, s],
    verify: [SUBJECT_VERIFY, s],
    decide: [SUBJECT_DECIDE, s],
    complain: [SUBJECT_COMPLAIN, s],
    additional: [SUBJECT_ADDITIONAL, s],
    remark: [REMARK_WRITE, s],
    attendance: [ATTENDANCE_WRITE, s],
  });
}

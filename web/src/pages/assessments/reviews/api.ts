// Shapes and calls of the assessment API (src/modules/assessments on the server).
import { api } from '../../../api';

export type Level = 'excellent' | 'good' | 'completed' | 'not_completed';
export const LEVELS: Level[] = ['excellent', 'good', 'completed', 'not_completed'];
export type Step = 'self_assessment' | 'collective_review' | 'verification' | 'decision' | 'decided' | 'published';
export const STEPS: Step[] = ['self_assessment', 'collective_review', 'verification', 'decision', 'decided', 'published'];
export const SUBJECT_KINDS = ['member', 'party_cell', 'grassroots_org', 'party_committee', 'leader'] as const;
export type RuleSetId = 'reg124-2023' | 'reg366-2025';

export interface Cycle {
  id: number;
  title: string;
  kind: string;
  periodFrom: string;
  periodTo: string;
  ruleSet: RuleSetId;
  rootUnitId: number;
  rootPath: string;
  subjectKinds: string[];
  deadlines: Record<string, string>;
  quotaRounding: string;
  quotaGrouping: string;
  settings: Record<string, unknown>;
  version: number;
}
export interface CycleOverview extends Cycle {
  scopePath: string | null;
  steps: Record<string, number>;
  notRated: number;
}
export interface BoardItem {
  id: number;
  kind: string;
  memberId: number | null;
  unitId: number;
  unitName: string;
  unitPath: string;
  name: string;
  notRatedReason: string | null;
  step: Step;
  level: Level | null;
  proposedLevel: Level | null;
  reopened: boolean;
  version: number;
}
export interface Reason {
  ruleId: string;
  vi: string;
  en: string;
  source: string;
  cap: Level | null;
  proposalOnly: boolean;
  setting: boolean;
  warning: boolean;
}
export interface QuotaRow {
  group: string;
  good: number;
  excellent: number;
  allowed: number;
  mustMove: number;
}
/** A reason recorded for going over the excellent quota, with the step that recorded it. */
export interface QuotaOverride {
  stepId: number;
  action: string;
  level: Level | null;
  reason: string;
  actorName: string;
  at: string;
}
export interface CycleQuotaOverride extends QuotaOverride {
  subjectId: number;
  name: string;
  group: string;
}
export interface SubjectDetail {
  id: number;
  cycle: { id: number; title: string; ruleSet: RuleSetId; periodFrom: string; periodTo: string; deadlines: Record<string, string> };
  kind: string;
  memberId: number | null;
  unitId: number;
  unitName: string | null;
  unitPath: string;
  deciderPath: string;
  name: string;
  notRatedReason: string | null;
  step: Step;
  level: Level | null;
  version: number;
  reopened: boolean;
  selfAssessment: Record<string, unknown> | null;
  review: Record<string, unknown> | null;
  verification: Record<string, unknown> | null;
  decision: Record<string, unknown> | null;
  additional: Record<string, unknown> | null;
  evaluation: { allowed: Level; proposed: Level; reasons: Reason[]; facts: Record<string, unknown> } | null;
  quota: QuotaRow | null;
  openPlans: { id: number; reason: string; cycleId: number }[];
  removalReviewYears: number[];
  steps: { id: number; from: string; action: string; to: string; data: Record<string, unknown>; actorName: string; at: string }[];
  quotaOverrides: QuotaOverride[];
  /** The review's remarks (only on GET; steps answer without them). */
  remarks?: import('./Remarks').Remark[];
  /** The tasks recorded in the app whose evaluated results make the task figures (they replace typed-in ones). */
  recordedTasks?: RecordedTask[];
  /** The caller's working group assigned to the unit (only on GET; steps answer without it). */
  viewerWorkingGroupId?: number | null;
  /** What the caller may do with this subject, from the server's policies (only on GET; kept across steps). */
  abilities?: SubjectAbilities;
}
export interface SubjectAbilities {
  self: boolean;
  review: boolean;
  verify: boolean;
  decide: boolean;
  complain: boolean;
  additional: boolean;
  remark: boolean;
  attendance: boolean;
}
export interface RecordedTask {
  id: number;
  title: string;
  keyTarget: boolean;
  dueOn: string;
  completion: string | null;
  evaluation: string | null;
  exclusion: 'withdrawn' | 'force_majeure' | null;
  outcome: 'on_time' | 'late' | 'exceeded' | 'not_done' | null;
}
export type Counts = Record<Level | 'pending' | 'not_rated', number>;
export interface R21 {
  decided: number;
  share: number;
  target: number;
  met: boolean;
}
export interface Results {
  cycle: { id: number; title: string; periodFrom: string; periodTo: string; ruleSet: string };
  scopePath: string;
  byKind: Record<string, Counts>;
  children: { unitId: number; name: string; counts: Counts }[];
  previous: { cycle: { id: number; title: string }; byKind: Record<string, Counts> | null } | null;
  resolution21: { members: R21 | null; grassrootsOrgs: R21 | null; previousMembers: R21 | null; previousGrassrootsOrgs: R21 | null };
}
export interface MySubject {
  id: number;
  kind: string;
  step: Step;
  level: Level | null;
  notRatedReason: string | null;
  cycleId: number;
  cycleTitle: string;
  periodFrom: string;
  periodTo: string;
}

export const cyclesApi = {
  list: () => api.get<Cycle[]>('/api/assessment-cycles'),
  create: (body: unknown) => api.post<Cycle & { subjects: number; notRated: number }>('/api/assessment-cycles', body),
  overview: (id: number, unitId?: number) => api.get<CycleOverview>(`/api/assessment-cycles/${id}`, { unitId }),
  board: (id: number, q: Record<string, string | number | boolean | undefined>) =>
    api.get<{ total: number; items: BoardItem[] }>(`/api/assessment-cycles/${id}/subjects`, q),
  quota: (id: number, unitId?: number) =>
    api.get<{ rounding: string; groups: QuotaRow[]; overrides: CycleQuotaOverride[] }>(`/api/assessment-cycles/${id}/quota`, { unitId }),
  results: (id: number, unitId?: number) => api.get<Results>(`/api/assessment-cycles/${id}/results`, { unitId }),
  subject: (id: number) => api.get<SubjectDetail>(`/api/assessment-subjects/${id}`),
  mine: () => api.get<MySubject[]>('/api/assessment-subjects/mine'),
  step: (id: number, step: string, body: unknown) => api.post<SubjectDetail>(`/api/assessment-subjects/${id}/${step}`, body),
};

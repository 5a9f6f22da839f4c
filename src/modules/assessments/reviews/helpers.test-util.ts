// Shared steps of the assessment integration tests (not a test file itself).
import type { Session, TestApp } from '../../../../test/http.js';

export const CYCLE = {
  title: 'Kiểm điểm năm 2026',
  kind: 'annual',
  periodFrom: '2026-01-01',
  periodTo: '2026-12-31',
  ruleSet: 'reg366-2025',
  rootUnitId: 1,
  subjectKinds: ['member', 'party_cell', 'grassroots_org', 'leader'],
  deadlines: { self_assessment: '2026-12-05', collective_review: '2026-12-12', verification: '2026-12-19', decision: '2026-12-26' },
};

export const TASKS_ALL_ON_TIME = { total: 4, onTime: 4, late: 0, exceeded: 0, notDone: 0, keyMissed: 0 };
export const SELF_GOOD = { summary: 'Hoàn thành nhiệm vụ được giao.', generalPoints: 25, taskPoints: 60, tasks: TASKS_ALL_ON_TIME };
export const SELF_EXCELLENT = {
  summary: 'Hoàn thành xuất sắc.',
  generalPoints: 29,
  taskPoints: 66.5,
  concreteProducts: true,
  shortcomingsRemedied: true,
  tasks: { total: 4, onTime: 2, late: 0, exceeded: 2, notDone: 0, keyMissed: 0 },
};
export const VOTES = { present: 4, for: 4, against: 0, abstain: 0 };

export interface Board {
  items: {
    id: number;
    kind: string;
    memberId: number | null;
    unitId: number;
    step: string;
    version: number;
    notRatedReason: string | null;
  }[];
}

export async function openCycle(t: TestApp, admin: Session, body: object = CYCLE) {
  const res = await t.call(admin, 'POST', '/api/assessment-cycles', body);
  if (res.statusCode !== 201) throw new Error(`cycle: ${res.statusCode} ${res.body}`);
  return res.json() as { id: number; subjects: number; notRated: number };
}

export async function subjectsOf(t: TestApp, s: Session, cycleId: number, query = '') {
  const res = await t.call(s, 'GET', `/api/assessment-cycles/${cycleId}/subjects?pageSize=500${query}`);
  if (res.statusCode !== 200) throw new Error(`board: ${res.statusCode} ${res.body}`);
  return (res.json() as Board).items;
}

export async function subject(t: TestApp, s: Session, id: number) {
  return (await t.call(s, 'GET', `/api/assessment-subjects/${id}`)).json() as {
    id: number;
    version: number;
    step: string;
    [k: string]: unknown;
  };
}

/** Takes a member subject from self-assessment to the decision step, with the given proposed level. */
export async function toDecision(
  t: TestApp,
  who: { self: Session; review: Session; verify: Session },
  id: number,
  level = 'good',
  extra: Record<string, unknown> = {},
) {
  let r = await t.call(who.self, 'POST', `/api/assessment-subjects/${id}/self-assessment`, {
    version: (await subject(t, who.self, id)).version,
    ...(level === 'excellent' ? SELF_EXCELLENT : SELF_GOOD),
  });
  if (r.statusCode !== 200) throw new Error(`self ${id}: ${r.body}`);
  r = await t.call(who.review, 'POST', `/api/assessment-subjects/${id}/review`, {
    version: r.json().version,
    comments: 'Đồng ý.',
    proposedLevel: level,
    votes: VOTES,
    ...extra,
  });
  if (r.statusCode !== 200) throw new Error(`review ${id}: ${r.body}`);
  r = await t.call(who.verify, 'POST', `/api/assessment-subjects/${id}/verification`, {
    version: r.json().version,
    proposedLevel: level,
    note: '',
    ...extra,
  });
  if (r.statusCode !== 200) throw new Error(`verify ${id}: ${r.body}`);
  return r.json() as { version: number; step: string };
}

// Access probes of the assessment routes (see test/probes.ts): a cycle, subject, task and plan in cell 8,
// created through the admin API, probed by the secretary of cell 5.
import type { Probe, ProbeBuilder } from '../../../../test/probes.js';

const build: ProbeBuilder = async (t) => {
  const admin = await t.login('admin');
  const cycle = await t.call(admin, 'POST', '/api/assessment-cycles', {
    title: 'Đợt riêng xóm 1',
    kind: 'ad_hoc',
    periodFrom: '2026-01-01',
    periodTo: '2026-06-30',
    ruleSet: 'reg366-2025',
    rootUnitId: 7,
    subjectKinds: ['member', 'party_cell'],
    deadlines: {},
  });
  if (cycle.statusCode !== 201) throw new Error(`probe cycle: ${cycle.body}`);
  const c = cycle.json().id as number;
  const board = (await t.call(admin, 'GET', `/api/assessment-cycles/${c}/subjects`)).json();
  const s = board.items.find((x: { memberId: number | null }) => x.memberId === 10).id as number;
  const v = { version: 1 };
  const task = await t.call(admin, 'POST', '/api/tasks', {
    title: 'Nhiệm vụ riêng xóm 1',
    indicator: 'x',
    targetValue: 1,
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    dueOn: '2026-06-30',
    keyTarget: false,
    holderUnitId: 8,
    holderMemberId: 10,
  });
  if (task.statusCode !== 201) throw new Error(`probe task: ${task.body}`);
  const taskId = task.json().id as number;
  await t.db.updateTable('assessment_subject').set({ level: 'not_completed', step: 'decided' }).where('id', '=', s).execute();
  const plan = await t.call(admin, 'POST', '/api/remediation-plans', {
    subjectId: s,
    reason: 'not_completed',
    items: [{ shortcoming: 'Khuyết điểm riêng xóm 1', action: 'x', owner: 'x', deadline: '2026-12-31' }],
  });
  if (plan.statusCode !== 201) throw new Error(`probe plan: ${plan.body}`);
  const planId = plan.json().id as number;
  const itemId = plan.json().items[0].id as number;
  const newTask = {
    title: 'x',
    indicator: 'x',
    targetValue: 1,
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    dueOn: '2026-06-30',
    keyTarget: false,
  };
  const probes: Record<string, Probe | Probe[]> = {
    'POST /api/assessment-cycles': {
      url: '/api/assessment-cycles',
      body: {
        title: 'X',
        kind: 'annual',
        periodFrom: '2026-01-01',
        periodTo: '2026-12-31',
        ruleSet: 'reg366-2025',
        rootUnitId: 8,
        subjectKinds: ['member'],
        deadlines: {},
      },
      foreignIn: ['rootUnitId'],
    },
    'GET /api/assessment-cycles/:cycleId': { url: `/api/assessment-cycles/${c}` },
    'GET /api/assessment-cycles/:cycleId/subjects': { url: `/api/assessment-cycles/${c}/subjects` },
    'GET /api/assessment-cycles/:cycleId/quota': { url: `/api/assessment-cycles/${c}/quota` },
    'GET /api/assessment-cycles/:cycleId/proposals': { url: `/api/assessment-cycles/${c}/proposals` },
    'GET /api/assessment-cycles/:cycleId/results': { url: `/api/assessment-cycles/${c}/results` },
    'GET /api/assessment-cycles/:cycleId/results.xlsx': { url: `/api/assessment-cycles/${c}/results.xlsx` },
    'GET /api/assessment-subjects/:subjectId': { url: `/api/assessment-subjects/${s}` },
    'GET /api/assessment-subjects/:subjectId/quarters': { url: `/api/assessment-subjects/${s}/quarters` },
    'POST /api/assessment-subjects/:subjectId/self-assessment': {
      url: `/api/assessment-subjects/${s}/self-assessment`,
      body: {
        ...v,
        summary: 'x',
        generalPoints: 20,
        taskPoints: 50,
        tasks: { total: 1, onTime: 1, late: 0, exceeded: 0, notDone: 0, keyMissed: 0 },
      },
    },
    'POST /api/assessment-subjects/:subjectId/review': {
      url: `/api/assessment-subjects/${s}/review`,
      body: { ...v, comments: '', proposedLevel: 'good', votes: { present: 1, for: 1, against: 0, abstain: 0 } },
    },
    'POST /api/assessment-subjects/:subjectId/verification': {
      url: `/api/assessment-subjects/${s}/verification`,
      body: { ...v, proposedLevel: 'good', note: '' },
    },
    'POST /api/assessment-subjects/:subjectId/decision': {
      url: `/api/assessment-subjects/${s}/decision`,
      body: { ...v, level: 'good', decisionNo: '1', note: '' },
    },
    'POST /api/assessment-subjects/:subjectId/publish': { url: `/api/assessment-subjects/${s}/publish`, body: v },
    'POST /api/assessment-subjects/:subjectId/complaint': { url: `/api/assessment-subjects/${s}/complaint`, body: { ...v, reason: 'x' } },
    'POST /api/assessment-subjects/:subjectId/additional': {
      url: `/api/assessment-subjects/${s}/additional`,
      body: { ...v, level: 'good', note: 'x' },
    },
    'GET /api/assessment-subjects/:subjectId/remarks': { url: `/api/assessment-subjects/${s}/remarks` },
    'POST /api/assessment-subjects/:subjectId/remarks': { url: `/api/assessment-subjects/${s}/remarks`, body: { body: 'x' } },
    'POST /api/assessment-subjects/:subjectId/attendance': {
      url: `/api/assessment-subjects/${s}/attendance`,
      body: { attendedOn: '2026-06-01' },
    },
    'POST /api/tasks': [
      { url: '/api/tasks', body: { ...newTask, holderUnitId: 8 }, foreignIn: ['holderUnitId'] },
      { url: '/api/tasks', body: { ...newTask, holderUnitId: 5, holderMemberId: 10 }, foreignIn: ['holderMemberId'] },
      { url: '/api/tasks', body: { ...newTask, holderUnitId: 5, assignerUnitId: 7 }, foreignIn: ['assignerUnitId'] },
    ],
    'GET /api/tasks': { url: '/api/tasks?unitId=8' },
    'GET /api/tasks/:taskId': { url: `/api/tasks/${taskId}` },
    'POST /api/tasks/:taskId/progress': { url: `/api/tasks/${taskId}/progress`, body: { version: 1, value: 1, evidence: 'x', done: true } },
    'POST /api/remediation-plans': {
      url: '/api/remediation-plans',
      body: { subjectId: s, reason: 'shortcoming', items: [{ shortcoming: 'x', action: 'x', owner: 'x', deadline: '2026-12-31' }] },
      foreignIn: ['subjectId'],
    },
    'GET /api/remediation-plans': { url: '/api/remediation-plans?unitId=8' },
    'GET /api/remediation-plans/:planId': { url: `/api/remediation-plans/${planId}` },
    'POST /api/remediation-plans/:planId/items/:itemId': {
      url: `/api/remediation-plans/${planId}/items/${itemId}`,
      body: { version: 1, status: 'done' },
    },
    'POST /api/remediation-plans/:planId/reports': { url: `/api/remediation-plans/${planId}/reports`, body: { note: 'x' } },
    'POST /api/remediation-plans/:planId/close': { url: `/api/remediation-plans/${planId}/close`, body: { version: 1 } },
  };
  return {
    probes,
    bodyIdsExempt: {
      'POST /api/remediation-plans/:planId/reports': {
        itemId:
          'looked up only among the items of the plan in the path (itemOfPlan), which the caller was authorized for: another plan’s item is a missing item',
      },
    },
    noScope: {
      'GET /api/assessment-cycles': 'lists only cycles meeting the caller’s own grants',
      'GET /api/assessment-subjects/mine': 'returns the caller’s own assessments only',
      'GET /api/tasks/mine': 'returns the caller’s own tasks only',
    },
    foreign: ['Đợt riêng xóm 1', 'Nhiệm vụ riêng xóm 1', 'Khuyết điểm riêng xóm 1'],
  };
};

export default build;

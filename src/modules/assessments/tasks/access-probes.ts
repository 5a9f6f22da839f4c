// Access probes of the assigning body's actions on a task (see test/probes.ts): tasks of a member of cell 8,
// created through the admin API, probed by the secretary of cell 5, who can neither read nor evaluate them.
import type { Probe, ProbeBuilder } from '../../../../test/probes.js';

const build: ProbeBuilder = async (t) => {
  const admin = await t.login('admin');
  const give = async (title: string) => {
    const res = await t.call(admin, 'POST', '/api/tasks', {
      title,
      indicator: 'x',
      targetValue: 1,
      periodFrom: '2026-01-01',
      periodTo: '2026-12-31',
      dueOn: '2026-06-30',
      keyTarget: false,
      holderUnitId: 8,
      holderMemberId: 11,
    });
    if (res.statusCode !== 201) throw new Error(`probe task: ${res.body}`);
    return res.json().id as number;
  };
  const reported = await give('Nhiệm vụ đánh giá riêng xóm 1');
  const done = await t.call(admin, 'POST', `/api/tasks/${reported}/progress`, {
    version: 1,
    value: 1,
    evidence: 'Minh chứng riêng xóm 1',
    done: true,
    reportedOn: '2026-06-01',
  });
  if (done.statusCode !== 200) throw new Error(`probe report: ${done.body}`);
  const withdrawn = await give('Nhiệm vụ thu hồi riêng xóm 1');
  const missed = await give('Nhiệm vụ bất khả kháng riêng xóm 1');
  const probes: Record<string, Probe | Probe[]> = {
    'POST /api/tasks/:taskId/evaluation': { url: `/api/tasks/${reported}/evaluation`, body: { version: 2, rating: 'completed' } },
    'POST /api/tasks/:taskId/withdraw': { url: `/api/tasks/${withdrawn}/withdraw`, body: { version: 1, reason: 'x' } },
    'POST /api/tasks/:taskId/force-majeure': { url: `/api/tasks/${missed}/force-majeure`, body: { version: 1, reason: 'x' } },
  };
  return { probes, foreign: ['đánh giá riêng xóm 1', 'Minh chứng riêng xóm 1', 'thu hồi riêng xóm 1', 'bất khả kháng riêng xóm 1'] };
};

export default build;

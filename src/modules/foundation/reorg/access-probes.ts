// Access probes of the reorganization plans: a plan of district B (unit 3), drafted by the province admin,
// outside the scope of cell 5's secretary and of commune 4's office.
import type { ProbeBuilder } from '../../../../test/probes.js';
import { createPlan } from './test-helpers.js';

const build: ProbeBuilder = async (t) => {
  const admin = await t.login('admin');
  const res = await createPlan(t, admin, 3, [{ kind: 'rename', unit: 'T.B.1.1', name: 'Chi bộ xóm Một Mới' }], {
    title: 'Kế hoạch riêng Huyện B',
    effectiveOn: '2026-09-15',
  });
  if (res.statusCode !== 201) throw new Error(`probe reorganization plan: ${res.statusCode} ${res.body}`);
  const plan = res.json().id as number;
  const office = await t.login('office');
  const own = await createPlan(t, office, 4, [{ kind: 'rename', unit: 'T.A.1.2', name: 'Chi bộ thôn Tây Mới' }], {
    title: 'Kế hoạch xã A1',
    effectiveOn: '2026-09-20',
  });
  if (own.statusCode !== 201) throw new Error(`probe office plan: ${own.statusCode} ${own.body}`);
  const draft = { title: 'Dò', effectiveOn: '2026-09-16', operations: [{ kind: 'rename', unit: 'T.A.1.1', name: 'Dò' }] };
  return {
    probes: {
      'GET /api/reorg-plans': { url: '/api/reorg-plans?unitId=3' },
      'POST /api/reorg-plans': [
        { url: '/api/reorg-plans', body: { unitId: 8, ...draft } },
        { as: 'office', url: '/api/reorg-plans', body: { unitId: 8, ...draft }, foreignIn: ['unitId'] },
        // Member 10 sits in cell 8: named in a split of a cell of commune 4, it reads as a member not there.
        {
          as: 'office',
          url: '/api/reorg-plans',
          foreignIn: ['operations[].parts[].memberIds'],
          body: {
            unitId: 4,
            ...draft,
            operations: [
              {
                kind: 'split',
                unit: 'T.A.1.1',
                parts: [
                  { code: 'P1', name: 'Phần 1', memberIds: [10] },
                  { code: 'P2', name: 'Phần 2' },
                ],
              },
            ],
          },
        },
      ],
      'POST /api/reorg-plans/upload': {
        url: '/api/reorg-plans/upload?unitId=3&filename=x.xlsx&title=X&effectiveOn=2026-09-16',
        body: { not: 'a file' },
      },
      'GET /api/reorg-plans/:planId': { url: `/api/reorg-plans/${plan}` },
      'PUT /api/reorg-plans/:planId': [
        { url: `/api/reorg-plans/${plan}`, body: { version: 1, ...draft } },
        {
          as: 'office',
          url: `/api/reorg-plans/${own.json().id}`,
          foreignIn: ['operations[].parts[].memberIds'],
          body: {
            version: 1,
            ...draft,
            operations: [
              {
                kind: 'split',
                unit: 'T.A.1.1',
                parts: [
                  { code: 'P1', name: 'Phần 1', memberIds: [10] },
                  { code: 'P2', name: 'Phần 2' },
                ],
              },
            ],
          },
        },
      ],
      'POST /api/reorg-plans/:planId/discard': { url: `/api/reorg-plans/${plan}/discard` },
      'GET /api/reorg-plans/:planId/preview': { url: `/api/reorg-plans/${plan}/preview` },
      'POST /api/reorg-plans/:planId/apply': { url: `/api/reorg-plans/${plan}/apply` },
      'POST /api/reorg-plans/:planId/undo': { url: `/api/reorg-plans/${plan}/undo` },
      'GET /api/reorg-plans/:planId/papers': { url: `/api/reorg-plans/${plan}/papers` },
      'GET /api/reorg-plans/:planId/papers/:seq/:doc': { url: `/api/reorg-plans/${plan}/papers/1/minutes.pdf` },
      'GET /api/reorg-plans/:planId/papers.zip': { url: `/api/reorg-plans/${plan}/papers.zip` },
    },
    noScope: {
      'GET /api/reorg-plans/template.xlsx': 'the empty plan template: no record of any unit',
    },
    foreign: ['Kế hoạch riêng Huyện B', 'Chi bộ xóm Một Mới'],
  };
};
export default build;

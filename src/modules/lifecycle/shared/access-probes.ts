// Access probes of the lifecycle routes: records of cell 8 (another district) created through the admin API,
// then the requests a curious secretary of cell 5 might send with their ids.
import type { ProbeBuilder } from '../../../../test/probes.js';

const build: ProbeBuilder = async (t) => {
  const admin = await t.login('admin');
  const post = async (url: string, body: unknown) => {
    const res = await t.call(admin, 'POST', url, body);
    if (res.statusCode >= 300) throw new Error(`probe setup ${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const discipline = await post('/api/discipline', {
    memberId: 11,
    form: 'reprimand',
    decidedOn: '2026-10-01',
    decisionNo: 'QĐ-PROBE-8',
    authority: 'Chi bộ xóm 1',
  });
  const unitDiscipline = await post('/api/unit-discipline', {
    unitId: 8,
    form: 'warning',
    decidedOn: '2026-09-01',
    decisionNo: 'QĐ-PROBE-U8',
    authority: 'Đảng ủy xã B1',
  });
  const exemption = await post('/api/exemptions', {
    memberId: 11,
    kind: 'temporarily_exempted',
    fromDate: '2026-10-01',
    decisionNo: 'NQ-PROBE-8',
  });
  const transfer = await post('/api/transfers', {
    memberId: 12,
    kind: 'official',
    toUnitId: 6,
    letterNo: 'GT-PROBE-8',
    letterDate: '2026-11-02',
  });
  const outTransfer = await post('/api/transfers/out-of-province', {
    memberId: 11,
    kind: 'temporary',
    destination: 'Tỉnh khác',
    letterNo: 'GT-PROBE-9',
    letterDate: '2026-11-02',
  });
  const candidate = await post('/api/candidates', {
    unitId: 8,
    fullName: 'Ứng Viên Tám',
    gender: 'male',
    birthDate: '2000-01-01',
    citizenId: '036300000888',
    education: 'university',
    source: 'students',
  });
  const meeting = await post('/api/meetings', {
    unitId: 8,
    heldOn: '2026-11-05',
    kind: 'regular',
    attendance: [{ memberId: 12, presence: 'absent_unexcused' }],
  });
  await post('/api/screening/runs', { unitId: 8 });
  const basis = await t.call(admin, 'PUT', '/api/lifecycle/members/11/fee-basis/2026-01', { kind: 'pension', monthlyAmount: 6_100_000 });
  if (basis.statusCode >= 300) throw new Error(`probe setup fee basis: ${basis.statusCode} ${basis.body}`);
  const flagList = await t.call(admin, 'GET', '/api/screening/flags?unitId=8');
  const flag = flagList.json().items[0];
  if (!flag) throw new Error('probe setup: no flag in cell 8');
  // Records of cell 5 (in scope) whose bodies then name members of cell 8.
  const ownCandidate = await post('/api/candidates', {
    unitId: 5,
    fullName: 'Ứng Viên Năm',
    gender: 'female',
    birthDate: '2001-01-01',
    citizenId: '036300000555',
    education: 'university',
    source: 'students',
  });
  const ownMeeting = await post('/api/meetings', { unitId: 5, heldOn: '2026-11-04', kind: 'regular', attendance: [] });
  const removal = await post('/api/removals', {
    memberId: 12,
    reason: 'card_returned',
    resolutionNo: 'NQ-PROBE-8',
    proposedOn: '2026-11-20',
  });
  const step = { version: 1 };
  const decision = { decisionNo: 'X', decidedOn: '2026-11-20', authority: 'Y' };
  return {
    probes: {
      'GET /api/discipline': { url: '/api/discipline?unitId=8' },
      'GET /api/discipline/:disciplineId': { url: `/api/discipline/${discipline.id}` },
      'POST /api/discipline': {
        url: '/api/discipline',
        body: { memberId: 11, form: 'reprimand', decidedOn: '2026-10-01', decisionNo: 'X', authority: 'Y' },
        foreignIn: ['memberId'],
      },
      'PATCH /api/discipline/:disciplineId': { url: `/api/discipline/${discipline.id}`, body: { version: 1, reason: 'x' } },
      'GET /api/unit-discipline': { url: '/api/unit-discipline?unitId=8' },
      'GET /api/unit-discipline/:disciplineId': { url: `/api/unit-discipline/${unitDiscipline.id}` },
      'POST /api/unit-discipline': {
        url: '/api/unit-discipline',
        body: { unitId: 8, form: 'dissolution', decidedOn: '2026-10-01', decisionNo: 'X', authority: 'Y' },
        foreignIn: ['unitId'],
      },
      'PATCH /api/unit-discipline/:disciplineId': { url: `/api/unit-discipline/${unitDiscipline.id}`, body: { version: 1, reason: 'x' } },
      'GET /api/exemptions': { url: '/api/exemptions?unitId=8' },
      'GET /api/exemptions/:exemptionId': { url: `/api/exemptions/${exemption.id}` },
      'POST /api/exemptions': {
        url: '/api/exemptions',
        body: { memberId: 10, kind: 'exempted', fromDate: '2026-10-01', decisionNo: 'X' },
        foreignIn: ['memberId'],
      },
      'POST /api/exemptions/:exemptionId/restore': { url: `/api/exemptions/${exemption.id}/restore`, body: step },
      'GET /api/transfers': { url: '/api/transfers?unitId=8' },
      'GET /api/transfers/overdue': { url: '/api/transfers/overdue?unitId=8' },
      'GET /api/transfers/:transferId': { url: `/api/transfers/${transfer.id}` },
      'POST /api/transfers': {
        url: '/api/transfers',
        body: { memberId: 10, kind: 'official', toUnitId: 5, movedOn: '2026-11-01' },
        foreignIn: ['memberId'],
      },
      'POST /api/transfers/out-of-province': [
        {
          url: '/api/transfers/out-of-province',
          body: { memberId: 10, kind: 'official', destination: 'X', movedOn: '2026-11-01' },
          foreignIn: ['memberId'],
        },
        {
          url: '/api/transfers/out-of-province',
          body: { memberId: 3, kind: 'official', destination: 'X', toUnitId: 8, movedOn: '2026-11-01' },
          foreignIn: ['toUnitId'],
        },
      ],
      'POST /api/transfers/:transferId/issue': {
        url: `/api/transfers/${transfer.id}/issue`,
        body: { version: 1, letterNo: 'X', letterDate: '2026-11-02' },
      },
      'POST /api/transfers/:transferId/hand-over': { url: `/api/transfers/${transfer.id}/hand-over`, body: step },
      'POST /api/transfers/:transferId/receive': { url: `/api/transfers/${outTransfer.id}/receive`, body: step },
      'POST /api/transfers/:transferId/cancel': { url: `/api/transfers/${transfer.id}/cancel`, body: step },
      'GET /api/transfers/:transferId/letter.pdf': { url: `/api/transfers/${transfer.id}/letter.pdf` },
      'GET /api/transfers/:transferId/package': { url: `/api/transfers/${outTransfer.id}/package` },
      'POST /api/transfers/import': {
        url: '/api/transfers/import',
        body: { toUnitId: 8, receivedOn: '2026-11-20', package: { format: 'grassroots.member-file/1', member: {}, letter: {} } },
        foreignIn: ['toUnitId'],
      },
      'GET /api/probation': { url: '/api/probation?unitId=8' },
      'PUT /api/probation/:memberId/forms': { url: '/api/probation/11/forms', body: { version: 0, forms: ['10-KNĐ'] } },
      'POST /api/probation/:memberId/decision': { url: '/api/probation/11/decision', body: { outcome: 'official', ...decision } },
      'GET /api/candidates': { url: '/api/candidates?unitId=8' },
      'GET /api/candidates/:candidateId': { url: `/api/candidates/${candidate.id}` },
      'POST /api/candidates': {
        url: '/api/candidates',
        body: {
          unitId: 8,
          fullName: 'X Y',
          gender: 'male',
          birthDate: '2000-01-01',
          citizenId: '036300000889',
          education: 'university',
          source: 'other',
        },
        foreignIn: ['unitId'],
      },
      'PATCH /api/candidates/:candidateId': [
        { url: `/api/candidates/${candidate.id}`, body: { version: 1, attachments: 'x' } },
        { url: `/api/candidates/${ownCandidate.id}`, body: { version: 1, helperMemberId: 11 }, foreignIn: ['helperMemberId'] },
        {
          url: `/api/candidates/${ownCandidate.id}`,
          body: { version: 1, introducers: [{ memberId: 11, workedSince: '2025-01-01' }] },
          foreignIn: ['introducers[].memberId'],
        },
      ],
      'POST /api/candidates/:candidateId/advance': { url: `/api/candidates/${candidate.id}/advance`, body: { version: 1, to: 'course' } },
      'POST /api/candidates/:candidateId/admit': {
        url: `/api/candidates/${candidate.id}/admit`,
        body: { version: 1, consideredOn: '2026-11-20', decisionNo: 'X', decisionOn: '2026-11-20', authority: 'Y' },
      },
      'POST /api/candidates/:candidateId/ceremony': {
        url: `/api/candidates/${candidate.id}/ceremony`,
        body: { version: 1, ceremonyOn: '2026-11-20' },
      },
      'POST /api/candidates/:candidateId/withdraw': { url: `/api/candidates/${candidate.id}/withdraw`, body: { ...step, reason: 'x' } },
      'PUT /api/candidates/:candidateId/introducers': [
        { url: `/api/candidates/${candidate.id}/introducers`, body: { ...step, introducers: [] } },
        {
          url: `/api/candidates/${ownCandidate.id}/introducers`,
          body: { ...step, introducers: [{ memberId: 11, workedSince: '2025-01-01' }] },
          foreignIn: ['introducers[].memberId'],
        },
      ],
      'GET /api/recruitment/funnel': { url: '/api/recruitment/funnel?unitId=8' },
      'GET /api/recruitment/targets': { url: '/api/recruitment/targets?unitId=8' },
      'PUT /api/recruitment/targets/:unitId/:year': { url: '/api/recruitment/targets/8/2026', body: { target: 5 } },
      'GET /api/meetings': { url: '/api/meetings?unitId=8' },
      'GET /api/meetings/roster': { url: '/api/meetings/roster?unitId=8' },
      'GET /api/meetings/:meetingId': { url: `/api/meetings/${meeting.id}` },
      'POST /api/meetings': [
        { url: '/api/meetings', body: { unitId: 8, heldOn: '2026-11-06', kind: 'regular', attendance: [] }, foreignIn: ['unitId'] },
        {
          url: '/api/meetings',
          body: { unitId: 5, heldOn: '2026-11-06', kind: 'regular', attendance: [{ memberId: 11, presence: 'present' }] },
          foreignIn: ['attendance[].memberId'],
        },
      ],
      'PUT /api/meetings/:meetingId': [
        { url: `/api/meetings/${meeting.id}`, body: { version: 1, topic: 'x' } },
        {
          url: `/api/meetings/${ownMeeting.id}`,
          body: { version: 1, attendance: [{ memberId: 11, presence: 'present' }] },
          foreignIn: ['attendance[].memberId'],
        },
      ],
      'GET /api/units/:unitId/fees/:month': { url: '/api/units/8/fees/2026-10' },
      'PUT /api/units/:unitId/fees/:month': [
        { url: '/api/units/8/fees/2026-10', body: { rows: [] } },
        {
          url: '/api/units/5/fees/2026-10',
          body: { rows: [{ memberId: 11, amount: 5000, paidOn: '2026-10-05' }] },
          foreignIn: ['rows[].memberId'],
        },
      ],
      'GET /api/lifecycle/members/:memberId/fee-basis': { url: '/api/lifecycle/members/11/fee-basis' },
      'PUT /api/lifecycle/members/:memberId/fee-basis/:month': {
        url: '/api/lifecycle/members/11/fee-basis/2026-02',
        body: { kind: 'student', monthlyAmount: null },
      },
      'DELETE /api/lifecycle/members/:memberId/fee-basis/:month': { url: '/api/lifecycle/members/11/fee-basis/2026-01?version=1' },
      'POST /api/screening/runs': { url: '/api/screening/runs', body: { unitId: 8 }, foreignIn: ['unitId'] },
      'GET /api/screening/runs': { url: '/api/screening/runs?unitId=8' },
      'GET /api/screening/flags': { url: '/api/screening/flags?unitId=8' },
      'POST /api/screening/flags/:flagId/dismiss': { url: `/api/screening/flags/${flag.id}/dismiss`, body: { version: 1, note: 'x' } },
      'POST /api/screening/flags/:flagId/propose': {
        url: `/api/screening/flags/${flag.id}/propose`,
        body: { version: 1, resolutionNo: 'x', proposedOn: '2026-11-20' },
      },
      'POST /api/removals': {
        url: '/api/removals',
        body: { memberId: 10, reason: 'other', resolutionNo: 'x', proposedOn: '2026-11-20' },
        foreignIn: ['memberId'],
      },
      'GET /api/removals': { url: '/api/removals?unitId=8' },
      'POST /api/removals/:removalId/decide': {
        url: `/api/removals/${removal.removalId}/decide`,
        body: { version: 1, outcome: 'removed', ...decision },
      },
      'GET /api/removals/stats': { url: '/api/removals/stats?unitId=8' },
      'POST /api/lifecycle/members/:memberId/education': {
        url: '/api/lifecycle/members/12/education',
        body: { kind: 'educated', on: '2026-11-01' },
      },
      'POST /api/lifecycle/members/:memberId/exit': { url: '/api/lifecycle/members/12/exit', body: { kind: 'deceased', on: '2026-11-01' } },
      'PUT /api/lifecycle/settings': { url: '/api/lifecycle/settings', body: { monthlyFee: 1 } },
      'PUT /api/holidays/:day': { url: '/api/holidays/2026-12-02', body: { name: 'X' } },
      'DELETE /api/holidays/:day': { url: '/api/holidays/2026-09-02' },
    },
    bodyIdsExempt: {
      'POST /api/transfers': {
        toUnitId:
          'any cell of the province may receive a transfer; their names are listed to every editor by GET /api/transfers/destinations',
      },
    },
    noScope: {
      'GET /api/lifecycle/settings': 'province-wide settings, the same for every user',
      'GET /api/holidays': 'the public-holiday calendar, the same for every user',
      'GET /api/transfers/destinations': "names and ids of the province's cells, for choosing where a transfer goes (by design)",
    },
    foreign: [
      'Ứng Viên Tám',
      '036300000888',
      'Dương Văn Nam',
      'QĐ-PROBE-8',
      'NQ-PROBE-8',
      'GT-PROBE-8',
      'GT-PROBE-9',
      'Nguyễn Văn Ngoạn',
      '6100000',
      'QĐ-PROBE-U8',
    ],
  };
};

export default build;

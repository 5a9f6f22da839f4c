// Access probes of the grassroots-work routes: every id points into commune 7 / cell 8 (outside cell 5),
// created through the admin API.
import type { Probe, ProbeBuilder } from '../../../../test/probes.js';
import { expectOk, makeHouseholds, seatCommitteeMembers } from './test-data.js';

const build: ProbeBuilder = async (t) => {
  const admin = await t.login('admin');
  await seatCommitteeMembers(t, admin);
  const d = await makeHouseholds(t, admin);
  const ua = await expectOk(t, admin, 'POST', '/api/unit-assignments', { unitId: 8, memberId: 11, validFrom: '2026-01-01' });
  const ha = await expectOk(t, admin, 'POST', '/api/household-assignments', {
    householdId: d.homeB[0],
    memberId: 10,
    validFrom: '2026-01-01',
  });
  const hb = d.homeB[1]!;
  const visit = await expectOk(t, admin, 'POST', '/api/visits', {
    unitId: 8,
    visitedOn: '2026-11-01',
    visitorMemberId: 11,
    kind: 'visit',
    householdIds: [hb],
    problems: [{ category: 'land', description: 'Tranh chấp ranh giới' }],
  });
  const problem = visit.problems[0].id;
  const camp = await expectOk(t, admin, 'POST', '/api/campaigns', {
    unitId: 7,
    name: 'Vận động xóm Bãi Sông',
    goal: 'x',
    place: 'y',
    startsOn: '2026-11-01',
    deadline: '2026-12-31',
  });
  await expectOk(t, admin, 'POST', `/api/campaigns/${camp.id}/households`, { householdIds: d.homeB });
  const card = (await expectOk(t, admin, 'GET', `/api/campaigns/${camp.id}/board`)).columns[0].cards[0].id;
  const c = `/api/campaigns/${camp.id}`;
  const wg = await expectOk(t, admin, 'POST', '/api/working-groups', {
    unitId: 7,
    name: 'Tổ công tác xóm Bãi Sông',
    validFrom: '2026-10-01',
    members: [{ memberId: 11, role: 'leader' }],
    unitIds: [8],
  });
  const cadre = await expectOk(t, admin, 'POST', '/api/cadres', {
    memberId: 10,
    position: { post: 'Phó Bí thư', unitId: 7, fromDate: '2024-01-01' },
  });
  // Records of commune 4 (in scope of its office) whose bodies then name records of commune 7 / cell 8.
  const ownCamp = await expectOk(t, admin, 'POST', '/api/campaigns', {
    unitId: 4,
    name: 'Vận động thôn Đông',
    goal: 'x',
    place: 'y',
    startsOn: '2026-11-01',
    deadline: '2026-12-31',
  });
  await expectOk(t, admin, 'POST', `/api/campaigns/${ownCamp.id}/households`, { householdIds: [d.homeA[0]] });
  const ownCard = (await expectOk(t, admin, 'GET', `/api/campaigns/${ownCamp.id}/board`)).columns[0].cards[0].id;
  const ownWg = await expectOk(t, admin, 'POST', '/api/working-groups', {
    unitId: 4,
    name: 'Tổ công tác thôn Đông',
    validFrom: '2026-10-01',
    members: [{ memberId: 5, role: 'leader' }],
    unitIds: [5],
  });
  const ownCadre = await expectOk(t, admin, 'POST', '/api/cadres', {
    memberId: 6,
    position: { post: 'Ủy viên', unitId: 4, fromDate: '2024-01-01' },
  });
  const office = 'office';
  const visit5 = { unitId: 5, visitedOn: '2026-11-02', visitorMemberId: 2, kind: 'visit' };
  const rotation = { kind: 'commune_to_commune', toPost: 'x', decisionNo: '1', effectiveOn: '2026-10-01' };
  const probes: Record<string, Probe | Probe[]> = {
    'GET /api/residential-groups': { url: '/api/residential-groups?unitId=7' },
    'POST /api/residential-groups': [
      { url: '/api/residential-groups', body: { unitId: 7, name: 'Xóm Lạ', kind: 'village' }, foreignIn: ['unitId'] },
      {
        as: office,
        url: '/api/residential-groups',
        body: { unitId: 4, name: 'Xóm Lạ', kind: 'village', cellId: 8 },
        foreignIn: ['cellId'],
      },
    ],
    'PATCH /api/residential-groups/:groupId': [
      { url: `/api/residential-groups/${d.groupB}`, body: { version: 1, name: 'Đổi tên' } },
      { as: office, url: `/api/residential-groups/${d.groupWest}`, body: { version: 1, cellId: 8 }, foreignIn: ['cellId'] },
    ],
    'GET /api/households': { url: '/api/households?unitId=7' },
    'GET /api/households/:householdId': { url: `/api/households/${hb}` },
    'POST /api/households': {
      url: '/api/households',
      body: { residentialGroupId: d.groupB, address: 'x', headName: 'Lạ', people: 1 },
      foreignIn: ['residentialGroupId'],
    },
    'PATCH /api/households/:householdId': { url: `/api/households/${hb}`, body: { version: 1, people: 9 } },
    'GET /api/unit-assignments': { url: '/api/unit-assignments?unitId=8' },
    'POST /api/unit-assignments': [
      { url: '/api/unit-assignments', body: { unitId: 8, memberId: 11, validFrom: '2027-01-01' }, foreignIn: ['unitId'] },
      { as: office, url: '/api/unit-assignments', body: { unitId: 5, memberId: 11, validFrom: '2027-01-01' }, foreignIn: ['memberId'] },
    ],
    'POST /api/unit-assignments/:assignmentId/end': {
      url: `/api/unit-assignments/${ua.id}/end`,
      body: { version: 1, validTo: '2026-06-01' },
    },
    'GET /api/household-assignments': { url: '/api/household-assignments?memberId=10' },
    'POST /api/household-assignments': [
      { url: '/api/household-assignments', body: { householdId: hb, memberId: 11, validFrom: '2026-01-01' }, foreignIn: ['householdId'] },
      {
        as: office,
        url: '/api/household-assignments',
        body: { householdId: d.homeA[1], memberId: 11, validFrom: '2026-01-01' },
        foreignIn: ['memberId'],
      },
    ],
    'POST /api/household-assignments/:assignmentId/end': {
      url: `/api/household-assignments/${ha.id}/end`,
      body: { version: 1, validTo: '2026-06-01' },
    },
    'GET /api/coverage': { url: '/api/coverage?unitId=7' },
    'GET /api/visits': { url: '/api/visits?unitId=8' },
    'GET /api/visits/households': { url: '/api/visits/households?unitId=8' },
    'GET /api/visits/:visitId': { url: `/api/visits/${visit.id}` },
    'POST /api/visits': [
      { url: '/api/visits', body: { unitId: 8, visitedOn: '2026-11-02', visitorMemberId: 11, kind: 'visit' }, foreignIn: ['unitId'] },
      { url: '/api/visits', body: { ...visit5, visitorMemberId: 11 }, foreignIn: ['visitorMemberId'] },
      { url: '/api/visits', body: { ...visit5, householdIds: [hb] }, foreignIn: ['householdIds'] },
      {
        url: '/api/visits',
        body: { ...visit5, problems: [{ category: 'land', description: 'x', householdId: hb }] },
        foreignIn: ['problems[].householdId'],
      },
      { url: '/api/visits', body: { ...visit5, escalation: 'x', escalatedToUnitId: 8 }, foreignIn: ['escalatedToUnitId'] },
      {
        url: '/api/visits',
        body: { ...visit5, problemUpdates: [{ problemId: problem, version: 1, status: 'solved', followUp: 'x' }] },
        foreignIn: ['problemUpdates[].problemId'],
      },
    ],
    'GET /api/problems': { url: '/api/problems?unitId=7' },
    'PATCH /api/problems/:problemId': { url: `/api/problems/${problem}`, body: { version: 1, status: 'solved', followUp: 'x' } },
    'GET /api/working-groups': { url: '/api/working-groups?unitId=7' },
    'GET /api/working-groups/:workingGroupId': { url: `/api/working-groups/${wg.id}` },
    'POST /api/working-groups': [
      {
        url: '/api/working-groups',
        body: { unitId: 7, name: 'x', validFrom: '2026-10-01', members: [{ memberId: 11, role: 'leader' }], unitIds: [] },
        foreignIn: ['unitId'],
      },
      {
        as: office,
        url: '/api/working-groups',
        body: { unitId: 4, name: 'x', validFrom: '2026-10-01', members: [{ memberId: 11, role: 'leader' }], unitIds: [] },
        foreignIn: ['members[].memberId'],
      },
      {
        as: office,
        url: '/api/working-groups',
        body: { unitId: 4, name: 'x', validFrom: '2026-10-01', members: [{ memberId: 5, role: 'leader' }], unitIds: [8] },
        foreignIn: ['unitIds'],
      },
    ],
    'PATCH /api/working-groups/:workingGroupId': [
      { url: `/api/working-groups/${wg.id}`, body: { version: 1, name: 'Đổi' } },
      {
        as: office,
        url: `/api/working-groups/${ownWg.id}`,
        body: { version: 1, members: [{ memberId: 10, role: 'leader' }] },
        foreignIn: ['members[].memberId'],
      },
      { as: office, url: `/api/working-groups/${ownWg.id}`, body: { version: 1, unitIds: [8] }, foreignIn: ['unitIds'] },
    ],
    'POST /api/working-groups/:workingGroupId/activities': {
      url: `/api/working-groups/${wg.id}/activities`,
      body: { heldOn: '2026-11-02', summary: 'x' },
    },
    'GET /api/cadres': { url: '/api/cadres?unitId=8' },
    'GET /api/cadres/:cadreId': { url: `/api/cadres/${cadre.id}` },
    'POST /api/cadres': [
      { url: '/api/cadres', body: { memberId: 11, position: { post: 'x', unitId: 7, fromDate: '2024-01-01' } }, foreignIn: ['memberId'] },
      {
        as: office,
        url: '/api/cadres',
        body: { memberId: 5, position: { post: 'x', unitId: 7, fromDate: '2024-01-01' } },
        foreignIn: ['position.unitId'],
      },
    ],
    'POST /api/rotations': [
      {
        url: '/api/rotations',
        body: {
          cadreId: cadre.id,
          decidedByUnitId: 3,
          kind: 'commune_to_commune',
          toUnitId: 8,
          toPost: 'x',
          decisionNo: '1',
          effectiveOn: '2026-10-01',
        },
        foreignIn: ['decidedByUnitId'],
      },
      {
        as: office,
        url: '/api/rotations',
        body: { ...rotation, cadreId: cadre.id, decidedByUnitId: 4, toUnitId: 5 },
        foreignIn: ['cadreId'],
      },
      {
        as: office,
        url: '/api/rotations',
        body: { ...rotation, cadreId: ownCadre.id, decidedByUnitId: 4, toUnitId: 8 },
        foreignIn: ['toUnitId'],
      },
    ],
    'GET /api/rotations': { url: '/api/rotations?unitId=3' },
    'GET /api/rotations/stats': { url: '/api/rotations/stats?unitId=3' },
    'GET /api/rotations/watch': { url: '/api/rotations/watch?unitId=3' },
    'GET /api/campaigns': { url: '/api/campaigns?unitId=7' },
    'POST /api/campaigns': {
      url: '/api/campaigns',
      body: { unitId: 7, name: 'x', goal: 'x', place: 'x', startsOn: '2026-11-01', deadline: '2026-12-01' },
      foreignIn: ['unitId'],
    },
    'GET /api/campaigns/:campaignId': { url: c },
    'PATCH /api/campaigns/:campaignId': { url: c, body: { version: 1, name: 'Đổi' } },
    'POST /api/campaigns/:campaignId/households': [
      { url: `${c}/households`, body: { householdIds: [d.homeA[0]] } },
      { as: office, url: `/api/campaigns/${ownCamp.id}/households`, body: { householdIds: [hb] }, foreignIn: ['householdIds'] },
      {
        as: office,
        url: `/api/campaigns/${ownCamp.id}/households`,
        body: { householdIds: [d.homeA[2]], memberIds: [11] },
        foreignIn: ['memberIds'],
      },
      {
        as: office,
        url: `/api/campaigns/${ownCamp.id}/households`,
        body: { householdIds: [d.homeA[2]], workingGroupId: wg.id },
        foreignIn: ['workingGroupId'],
      },
    ],
    'GET /api/campaigns/:campaignId/board': { url: `${c}/board` },
    'GET /api/campaigns/:campaignId/chart': { url: `${c}/chart` },
    'GET /api/campaigns/:campaignId/report.xlsx': { url: `${c}/report.xlsx` },
    'GET /api/campaigns/:campaignId/report.pdf': { url: `${c}/report.pdf` },
    'GET /api/campaign-households/:campaignHouseholdId/history': { url: `/api/campaign-households/${card}/history` },
    'POST /api/campaign-households/:campaignHouseholdId/move': {
      url: `/api/campaign-households/${card}/move`,
      body: { version: 1, status: 'visited' },
    },
    'PUT /api/campaign-households/:campaignHouseholdId/in-charge': [
      { url: `/api/campaign-households/${card}/in-charge`, body: { version: 1, memberIds: [], workingGroupId: null } },
      {
        as: office,
        url: `/api/campaign-households/${ownCard}/in-charge`,
        body: { version: 1, memberIds: [11], workingGroupId: null },
        foreignIn: ['memberIds'],
      },
      {
        as: office,
        url: `/api/campaign-households/${ownCard}/in-charge`,
        body: { version: 1, memberIds: [], workingGroupId: wg.id },
        foreignIn: ['workingGroupId'],
      },
    ],
  };
  return {
    probes,
    noScope: {
      'GET /api/grassroots-settings': 'the province-wide household limit, no unit data',
      'PUT /api/grassroots-settings': 'province admin of the root only; takes no unit id',
    },
    foreign: ['Xóm Bãi Sông', 'Trần Thị Bãi', 'Tranh chấp ranh giới', 'Vận động xóm Bãi Sông', 'Tổ công tác xóm Bãi Sông'],
  };
};

export default build;

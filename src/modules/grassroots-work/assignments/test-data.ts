// Test data for the grassroots-work tests and access probes, created through the admin API on the fixture
// (test/fixture.ts): commune 4 (cells 5, 6) and commune 7 (cell 8, outside cell 5's scope).
import type { Session, TestApp } from '../../../../test/http.js';

export interface GrassrootsData {
  groupEast: number;
  groupWest: number;
  groupB: number;
  homeA: number[];
  homeB: number[];
}

async function ok(t: TestApp, s: Session, method: string, url: string, body?: unknown) {
  const res = await t.call(s, method, url, body);
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Seats members 5 and 6 on commune 4's committee and member 11 on commune 7's, so they may take charge of cells. */
export async function seatCommitteeMembers(t: TestApp, admin: Session) {
  const a = await ok(t, admin, 'POST', '/api/units/4/committee/terms', { label: 'Nhiệm kỳ 2025–2030', startsOn: '2025-06-01' });
  await ok(t, admin, 'POST', `/api/committee-terms/${a.id}/seats`, { memberId: 5, position: 'secretary', fromDate: '2025-06-01' });
  await ok(t, admin, 'POST', `/api/committee-terms/${a.id}/seats`, { memberId: 6, position: 'member', fromDate: '2025-06-01' });
  const b = await ok(t, admin, 'POST', '/api/units/7/committee/terms', { label: 'Nhiệm kỳ 2025–2030', startsOn: '2025-06-01' });
  await ok(t, admin, 'POST', `/api/committee-terms/${b.id}/seats`, { memberId: 11, position: 'secretary', fromDate: '2025-06-01' });
}

/** Two groups in commune 4 (one with cell 5), one in commune 7; three households in each commune. */
export async function makeHouseholds(t: TestApp, admin: Session): Promise<GrassrootsData> {
  const groupEast = (await ok(t, admin, 'POST', '/api/residential-groups', { unitId: 4, name: 'Thôn Đông', kind: 'village', cellId: 5 }))
    .id;
  const groupWest = (await ok(t, admin, 'POST', '/api/residential-groups', { unitId: 4, name: 'Thôn Tây', kind: 'village' })).id;
  const groupB = (await ok(t, admin, 'POST', '/api/residential-groups', { unitId: 7, name: 'Xóm Bãi Sông', kind: 'village', cellId: 8 }))
    .id;
  const homeA: number[] = [];
  const homeB: number[] = [];
  for (const [i, g] of [groupEast, groupEast, groupWest].entries()) {
    homeA.push(
      (
        await ok(t, admin, 'POST', '/api/households', {
          residentialGroupId: g,
          address: `Số ${i + 1}, thôn Đông`,
          headName: `Nguyễn Văn Hộ${i + 1}`,
          people: 4,
        })
      ).id,
    );
  }
  for (let i = 0; i < 3; i++) {
    homeB.push(
      (
        await ok(t, admin, 'POST', '/api/households', {
          residentialGroupId: groupB,
          address: `Số ${i + 1}, xóm Bãi Sông`,
          headName: `Trần Thị Bãi${i + 1}`,
          people: 3,
        })
      ).id,
    );
  }
  return { groupEast, groupWest, groupB, homeA, homeB };
}

export { ok as expectOk };

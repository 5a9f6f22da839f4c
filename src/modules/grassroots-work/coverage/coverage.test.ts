import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { expectOk, makeHouseholds, seatCommitteeMembers, type GrassrootsData } from '../assignments/test-data.js';

let t: TestApp;
let admin: Session;
let office: Session;
let d: GrassrootsData;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  office = await t.login('office');
  await seatCommitteeMembers(t, admin);
  d = await makeHouseholds(t, admin);
  // Planted: cell 5 has someone in charge, cell 6 nobody; member 3 has two households, member 2 one;
  // Thôn Tây has neither a member in charge nor a cell.
  await expectOk(t, office, 'POST', '/api/unit-assignments', { unitId: 5, memberId: 5, validFrom: '2026-01-01' });
  await expectOk(t, office, 'POST', '/api/household-assignments', { householdId: d.homeA[0], memberId: 3, validFrom: '2026-01-01' });
  await expectOk(t, office, 'POST', '/api/household-assignments', { householdId: d.homeA[1], memberId: 3, validFrom: '2026-01-01' });
  // An assignment that ended is no longer coverage.
  const old = await expectOk(t, office, 'POST', '/api/household-assignments', {
    householdId: d.homeA[2],
    memberId: 2,
    validFrom: '2025-01-01',
  });
  await expectOk(t, office, 'POST', `/api/household-assignments/${old.id}/end`, { version: 1, validTo: '2026-01-01' });
});
afterAll(() => t.close());

describe('coverage report', () => {
  it('finds the planted gaps in a commune', async () => {
    const res = await t.call(office, 'GET', '/api/coverage?unitId=4&limit=1');
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.unitsWithoutCharge.items.map((u: { id: number }) => u.id)).toEqual([6]);
    expect(r.households).toEqual({ total: 3, unassigned: 1, assigned: 2 });
    expect(r.householdsPerMember).toMatchObject({ members: 6, withoutHouseholds: 5, overLimit: 1 });
    expect(r.householdsPerMember.overLimitItems).toEqual([{ id: 3, name: 'Lê Văn An', unit: 'Chi bộ thôn Đông', n: 2 }]);
    expect(r.residentialGroups).toMatchObject({ total: 2, withMember: 1, withCell: 1, withMemberPct: 50, withCellPct: 50 });
    expect(r.residentialGroups.noMember.map((g: { name: string }) => g.name)).toEqual(['Thôn Tây']);
    expect(r.residentialGroups.noCell.map((g: { name: string }) => g.name)).toEqual(['Thôn Tây']);
  });

  it('uses the limit from the settings, which only an administrator changes', async () => {
    expect((await t.call(office, 'GET', '/api/coverage?unitId=4')).json()).toMatchObject({
      householdLimit: 30,
      householdsPerMember: { overLimit: 0 },
    });
    expect((await t.call(office, 'PUT', '/api/grassroots-settings', { householdLimit: 1 })).statusCode).toBe(403);
    expect((await t.call(admin, 'PUT', '/api/grassroots-settings', { householdLimit: 0 })).statusCode).toBe(400);
    expect((await t.call(admin, 'PUT', '/api/grassroots-settings', { householdLimit: 1 })).json()).toEqual({ householdLimit: 1 });
    expect((await t.call(office, 'GET', '/api/coverage?unitId=4')).json().householdsPerMember.overLimit).toBe(1);
    await t.call(admin, 'PUT', '/api/grassroots-settings', { householdLimit: 30 });
  });

  it('covers the whole province for an administrator and hides other districts from an office', async () => {
    const all = (await t.call(admin, 'GET', '/api/coverage')).json();
    expect(all.unit.id).toBe(1);
    expect(all.households.total).toBe(6);
    expect(all.unitsWithoutCharge.items.map((u: { id: number }) => u.id)).toEqual([2, 4, 6, 9, 3, 7, 8]);
    expect((await t.call(office, 'GET', '/api/coverage?unitId=7')).statusCode).toBe(404);
    expect((await t.call(office, 'GET', '/api/coverage?unitId=4&top=0')).statusCode).toBe(400);
  });
});

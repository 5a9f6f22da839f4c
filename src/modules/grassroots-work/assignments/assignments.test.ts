import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { makeHouseholds, seatCommitteeMembers, type GrassrootsData } from './test-data.js';

let t: TestApp;
let admin: Session;
let office: Session;
let secretary: Session;
let d: GrassrootsData;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  office = await t.login('office');
  secretary = await t.login('secretary');
  await seatCommitteeMembers(t, admin);
  d = await makeHouseholds(t, admin);
});
afterAll(() => t.close());

describe('household register', () => {
  it('lists groups and households of a commune with who is in charge', async () => {
    const groups = await t.call(office, 'GET', '/api/residential-groups?unitId=4');
    expect(groups.statusCode).toBe(200);
    expect(groups.json().map((g: { name: string; households: number }) => [g.name, g.households])).toEqual([
      ['Thôn Đông', 2],
      ['Thôn Tây', 1],
    ]);
    const list = await t.call(office, 'GET', '/api/households?unitId=4');
    expect(list.json().total).toBe(3);
    expect(list.json().items[0]).toMatchObject({ groupName: 'Thôn Đông', inCharge: null });
  });

  it('refuses a group outside a commune, a duplicate name, and bad fields one by one', async () => {
    expect((await t.call(admin, 'POST', '/api/residential-groups', { unitId: 5, name: 'X', kind: 'village' })).json().code).toBe(
      'group_unit_not_commune',
    );
    const dup = await t.call(admin, 'POST', '/api/residential-groups', { unitId: 4, name: 'thôn đông', kind: 'village' });
    expect([dup.statusCode, dup.json().code]).toEqual([409, 'duplicate_group_name']);
    const cell = await t.call(admin, 'POST', '/api/residential-groups', { unitId: 4, name: 'Thôn Mới', kind: 'village', cellId: 8 });
    expect(cell.json().code).toBe('group_cell_outside');
    const bad = await t.call(admin, 'POST', '/api/households', {
      residentialGroupId: d.groupEast,
      address: '',
      headName: '123',
      people: 0,
      extra: 1,
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .details.map((x: { field: string }) => x.field)
        .sort(),
    ).toEqual(['address', 'extra', 'headName', 'people']);
  });

  it('answers a stale household edit with 409', async () => {
    const id = d.homeA[2]!;
    expect((await t.call(office, 'PATCH', `/api/households/${id}`, { version: 1, people: 5 })).statusCode).toBe(200);
    const stale = await t.call(office, 'PATCH', `/api/households/${id}`, { version: 1, people: 6 });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'stale_version']);
  });

  it('hides another commune from a cell secretary and an office', async () => {
    expect((await t.call(secretary, 'GET', '/api/households?unitId=7')).statusCode).toBe(404);
    expect((await t.call(office, 'GET', `/api/households/${d.homeB[0]}`)).statusCode).toBe(404);
    const res = await t.call(office, 'PATCH', `/api/households/${d.homeB[0]}`, { version: 1, people: 2 });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Bãi');
  });
});

describe('a committee member in charge of a unit', () => {
  it('assigns, refuses an overlapping period, and accepts the next period after the first ends', async () => {
    const first = await t.call(office, 'POST', '/api/unit-assignments', { unitId: 5, memberId: 5, validFrom: '2026-01-01' });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ unitName: 'Chi bộ thôn Đông', memberName: 'Hoàng Văn Cường', validTo: null });
    const overlap = await t.call(office, 'POST', '/api/unit-assignments', {
      unitId: 5,
      memberId: 6,
      validFrom: '2025-06-01',
      validTo: '2026-02-01',
    });
    expect([overlap.statusCode, overlap.json().code]).toEqual([409, 'assignment_overlap']);
    expect(overlap.json().message).toContain('Hoàng Văn Cường');
    const end = await t.call(office, 'POST', `/api/unit-assignments/${first.json().id}/end`, { version: 1, validTo: '2026-09-01' });
    expect(end.json().validTo).toBe('2026-09-01');
    const again = await t.call(office, 'POST', `/api/unit-assignments/${first.json().id}/end`, { version: 2, validTo: '2026-10-01' });
    expect(again.json().code).toBe('assignment_already_ended');
    const next = await t.call(office, 'POST', '/api/unit-assignments', { unitId: 5, memberId: 6, validFrom: '2026-09-01' });
    expect(next.statusCode).toBe(201);
    const current = await t.call(office, 'GET', '/api/unit-assignments?unitId=4');
    expect(current.json().items.map((a: { memberName: string }) => a.memberName)).toEqual(['Vũ Thị Hoa']);
    const all = await t.call(office, 'GET', '/api/unit-assignments?unitId=4&current=false');
    expect([all.json().total, all.json().items.length]).toEqual([2, 2]);
    const second = await t.call(office, 'GET', '/api/unit-assignments?unitId=4&current=false&pageSize=1&page=2');
    expect([second.json().total, second.json().items.length]).toEqual([2, 1]);
  });

  it('only a member of a committee above the unit may be put in charge of it', async () => {
    const res = await t.call(office, 'POST', '/api/unit-assignments', { unitId: 6, memberId: 2, validFrom: '2026-01-01' });
    expect([res.statusCode, res.json().code]).toEqual([400, 'assignee_not_committee_member']);
  });

  it('refuses bad periods and bad fields', async () => {
    const back = await t.call(office, 'POST', '/api/unit-assignments', {
      unitId: 6,
      memberId: 5,
      validFrom: '2026-05-01',
      validTo: '2026-04-01',
    });
    expect(back.json().code).toBe('period_end_before_start');
    const bad = await t.call(office, 'POST', '/api/unit-assignments', { unitId: '6', memberId: 5, validFrom: '1/5/2026' });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .details.map((x: { field: string }) => x.field)
        .sort(),
    ).toEqual(['unitId', 'validFrom']);
  });

  it('a cell secretary may not assign, nor see another district', async () => {
    expect((await t.call(secretary, 'POST', '/api/unit-assignments', { unitId: 5, memberId: 5, validFrom: '2027-01-01' })).statusCode).toBe(
      403,
    );
    expect((await t.call(office, 'POST', '/api/unit-assignments', { unitId: 8, memberId: 11, validFrom: '2026-01-01' })).statusCode).toBe(
      404,
    );
  });
});

describe('a member in charge of households', () => {
  it('assigns a household in the member’s area without a warning and refuses an overlap', async () => {
    const res = await t.call(office, 'POST', '/api/household-assignments', {
      householdId: d.homeA[0],
      memberId: 3,
      validFrom: '2026-02-01',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ outsideArea: false, warnings: [] });
    const clash = await t.call(office, 'POST', '/api/household-assignments', {
      householdId: d.homeA[0],
      memberId: 2,
      validFrom: '2026-10-01',
    });
    expect([clash.statusCode, clash.json().code]).toEqual([409, 'assignment_overlap']);
    const mine = await t.call(office, 'GET', '/api/household-assignments?memberId=3');
    expect(mine.json().items.map((i: { householdId: number }) => i.householdId)).toEqual([d.homeA[0]]);
  });

  it('warns for a household outside the member’s area and saves it once confirmed', async () => {
    const warn = await t.call(admin, 'POST', '/api/household-assignments', {
      householdId: d.homeB[0],
      memberId: 3,
      validFrom: '2026-02-01',
    });
    expect([warn.statusCode, warn.json().code]).toEqual([409, 'outside_area_unconfirmed']);
    expect(warn.json().details.warnings[0].code).toBe('outside_area');
    // Member 3 lives in cell 5 of commune A1; the household is in commune B1: the warning names the member's commune.
    expect(warn.json().details.warnings[0].message).toBe('Hộ này ở ngoài địa bàn sinh hoạt của Lê Văn An (Đảng ủy xã A1).');
    expect(warn.json().message).toContain('(Đảng ủy xã A1)');
    expect((await t.call(admin, 'GET', `/api/households/${d.homeB[0]}`)).json().assignments).toEqual([]);
    const ok = await t.call(admin, 'POST', '/api/household-assignments', {
      householdId: d.homeB[0],
      memberId: 3,
      validFrom: '2026-02-01',
      acknowledgeOutsideArea: true,
    });
    expect(ok.statusCode).toBe(201);
    expect(ok.json().outsideArea).toBe(true);
    expect(ok.json().warnings[0].message).toContain('Lê Văn An');
  });

  it('refuses a member who is not active, and a member the caller may not read', async () => {
    const exempted = await t.call(office, 'POST', '/api/household-assignments', {
      householdId: d.homeA[1],
      memberId: 4,
      validFrom: '2026-02-01',
    });
    expect(exempted.json().code).toBe('assignee_not_active');
    const foreign = await t.call(office, 'POST', '/api/household-assignments', {
      householdId: d.homeA[1],
      memberId: 10,
      validFrom: '2026-02-01',
    });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toContain('Ngô Thị Mai');
  });
});

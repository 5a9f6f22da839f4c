// Discipline of Party organizations: recorded by managers of the level above, read in scope, fed to the
// assessment facts of collectives; a dissolution leaves the tree as it is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { gatherFacts } from '../../assessments/reviews/facts.js';
import type { CycleRow, SubjectRow } from '../../assessments/reviews/queries.js';

let t: TestApp;
let admin: Session;
let office: Session;
let secretary: Session;
let observer: Session;

const decision = { decidedOn: '2026-05-04', decisionNo: '21-QĐ/ĐU', authority: 'Ban Thường vụ Đảng ủy xã A1' };

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  office = await t.login('office');
  secretary = await t.login('secretary');
  observer = await t.login('observer');
});
afterAll(() => t.close());

describe('discipline of a Party organization', () => {
  let warningId = 0;

  it('is recorded by the committee of the level above: a warning, and a dissolution that leaves the tree unchanged', async () => {
    const warning = await t.call(office, 'POST', '/api/unit-discipline', {
      unitId: 5,
      form: 'warning',
      ...decision,
      reason: 'Buông lỏng sinh hoạt chi bộ',
    });
    expect(warning.statusCode).toBe(201);
    expect(warning.json()).toMatchObject({
      unitId: 5,
      unitName: 'Chi bộ thôn Đông',
      form: 'warning',
      version: 1,
      needsRestructuring: false,
    });
    warningId = warning.json().id;
    const dissolution = await t.call(office, 'POST', '/api/unit-discipline', {
      unitId: 6,
      form: 'dissolution',
      ...decision,
      decisionNo: '22-QĐ/ĐU',
    });
    expect(dissolution.json()).toMatchObject({ form: 'dissolution', unitDissolvedOn: null, needsRestructuring: true });
    expect((await t.call(admin, 'GET', '/api/units/6')).json().dissolvedOn).toBeNull();
    const audit = (await t.call(admin, 'GET', `/api/audit?entityType=discipline&entityId=${warningId}`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'discipline.unit.record' });
  });

  it("lists organizations' discipline in scope, apart from members' discipline", async () => {
    const all = (await t.call(office, 'GET', '/api/unit-discipline?unitId=4')).json().items;
    expect(all.map((r: { unitId: number; form: string }) => [r.unitId, r.form])).toEqual([
      [6, 'dissolution'],
      [5, 'warning'],
    ]);
    const second = (await t.call(office, 'GET', '/api/unit-discipline?unitId=4&pageSize=1&page=2')).json();
    expect(second).toMatchObject({ total: 2, page: 2, pageSize: 1, items: [{ unitId: 5, form: 'warning' }] });
    expect((await t.call(secretary, 'GET', '/api/unit-discipline')).json().items.map((r: { unitId: number }) => r.unitId)).toEqual([5]);
    expect((await t.call(secretary, 'GET', '/api/unit-discipline?unitId=6')).statusCode).toBe(404);
    expect((await t.call(secretary, 'GET', `/api/unit-discipline/${warningId}`)).json().form).toBe('warning');
    expect((await t.call(office, 'GET', '/api/discipline?unitId=4')).json()).toMatchObject({ items: [], total: 0 });
    expect((await t.call(office, 'GET', `/api/discipline/${warningId}`)).statusCode).toBe(404);
  });

  it('is refused to the unit itself, to a cell, to readers and out of scope', async () => {
    const body = { form: 'reprimand', ...decision };
    expect((await t.call(office, 'POST', '/api/unit-discipline', { unitId: 4, ...body })).statusCode).toBe(403);
    expect((await t.call(secretary, 'POST', '/api/unit-discipline', { unitId: 5, ...body })).statusCode).toBe(403);
    expect((await t.call(secretary, 'POST', '/api/unit-discipline', { unitId: 8, ...body })).statusCode).toBe(404);
    expect((await t.call(observer, 'POST', '/api/unit-discipline', { unitId: 8, ...body })).statusCode).toBe(403);
    expect((await t.call(office, 'POST', '/api/unit-discipline', { unitId: 8, ...body })).statusCode).toBe(404);
    expect((await t.call(admin, 'POST', '/api/unit-discipline', { unitId: 4, ...body })).statusCode).toBe(201);
  });

  it('refuses bad input with its reason', async () => {
    const post = (body: object) => t.call(admin, 'POST', '/api/unit-discipline', { unitId: 5, form: 'reprimand', ...decision, ...body });
    expect((await post({ form: 'expulsion' })).statusCode).toBe(400);
    expect((await post({ decisionNo: '' })).statusCode).toBe(400);
    expect((await post({ decidedOn: '2026-11-27' })).json().code).toBe('decided_in_future');
    expect((await post({ decidedOn: '2019-12-31' })).json().code).toBe('unit_discipline_unit_not_active');
    expect((await post({ unitId: 1 })).json().code).toBe('unit_discipline_top');
    expect((await post({ unitId: 999 })).statusCode).toBe(404);
  });

  it('is corrected with its version', async () => {
    const ok = await t.call(office, 'PATCH', `/api/unit-discipline/${warningId}`, { version: 1, selfDetectedRemedied: true });
    expect(ok.json()).toMatchObject({ selfDetectedRemedied: true, version: 2 });
    expect((await t.call(office, 'PATCH', `/api/unit-discipline/${warningId}`, { version: 1, reason: 'x' })).statusCode).toBe(409);
    expect((await t.call(secretary, 'PATCH', `/api/unit-discipline/${warningId}`, { version: 2, reason: 'x' })).statusCode).toBe(403);
    expect((await t.call(office, 'PATCH', `/api/unit-discipline/${warningId}`, { version: 2, decidedOn: '2030-01-01' })).json().code).toBe(
      'decided_in_future',
    );
    await t.call(office, 'PATCH', `/api/unit-discipline/${warningId}`, { version: 2, selfDetectedRemedied: false });
  });
});

describe('assessment facts of collectives', () => {
  const cycle = { period_from: '2026-01-01', period_to: '2026-12-31' } as CycleRow;
  const subject = (unitId: number, kind: string) => ({ subject_kind: kind, member_id: null, unit_id: unitId }) as SubjectRow;

  it("count the subordinate units disciplined and list the unit's own discipline", async () => {
    const committee = await gatherFacts(t.db, cycle, subject(4, 'grassroots_org'), null, null);
    expect(committee).toMatchObject({ subordinateUnits: 2, subordinateUnitsDisciplined: 2 });
    const cell = await gatherFacts(t.db, cycle, subject(5, 'party_cell'), null, null);
    expect(cell.discipline).toEqual([{ form: 'warning', decidedOn: '2026-05-04', selfDetectedRemedied: false }]);
    const earlier = await gatherFacts(
      t.db,
      { period_from: '2025-01-01', period_to: '2025-12-31' } as CycleRow,
      subject(4, 'grassroots_org'),
      null,
      null,
    );
    expect(earlier.subordinateUnitsDisciplined).toBe(0);
  });
});

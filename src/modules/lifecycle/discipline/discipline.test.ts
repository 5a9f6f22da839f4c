import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';

let t: TestApp;
let admin: Session;
let secretary: Session;
let office: Session;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  secretary = await t.login('secretary');
  office = await t.login('office');
});
afterAll(() => t.close());

const warning = {
  memberId: 3,
  form: 'warning',
  decidedOn: '2026-10-02',
  decisionNo: '05-QĐ/CB',
  authority: 'Chi bộ thôn Đông',
  reason: 'Vi phạm quy chế',
  selfDetectedRemedied: true,
};

describe('discipline', () => {
  it('records a warning by the cell, with a timeline event and an audit entry', async () => {
    const res = await t.call(secretary, 'POST', '/api/discipline', warning);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      memberId: 3,
      form: 'warning',
      selfDetectedRemedied: true,
      version: 1,
      unitName: 'Chi bộ thôn Đông',
    });
    const timeline = (await t.call(secretary, 'GET', '/api/members/3/timeline')).json();
    expect(timeline[0]).toMatchObject({ kind: 'disciplined', details: { form: 'warning', decisionNo: '05-QĐ/CB' } });
    const audit = (await t.call(admin, 'GET', `/api/audit?entityType=discipline&entityId=${res.json().id}`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'discipline.record' });
    const list = (await t.call(secretary, 'GET', '/api/discipline?unitId=5')).json();
    expect(list).toMatchObject({ total: 1, page: 1, pageSize: 50 });
    expect(list.items.map((d: { memberId: number }) => d.memberId)).toEqual([3]);
  });

  it('leaves expulsion to a committee; it sets the status expelled and closes the cell period', async () => {
    const body = { ...warning, memberId: 2, form: 'expulsion', decisionNo: '12-QĐ/ĐU', authority: 'Đảng ủy xã A1' };
    expect((await t.call(secretary, 'POST', '/api/discipline', body)).statusCode).toBe(403);
    const res = await t.call(office, 'POST', '/api/discipline', body);
    expect(res.statusCode).toBe(201);
    const m = (await t.call(admin, 'GET', '/api/members/2')).json();
    expect(m.status).toBe('expelled');
    expect(m.periods[0].valid_to).toBe('2026-10-02');
    const again = await t.call(office, 'POST', '/api/discipline', { ...body, form: 'warning' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('member_not_active');
  });

  it('corrects a record with optimistic concurrency', async () => {
    const id = (await t.call(secretary, 'GET', '/api/discipline?memberId=3')).json().items[0].id;
    const ok = await t.call(secretary, 'PATCH', `/api/discipline/${id}`, { version: 1, decisionNo: '05b-QĐ/CB' });
    expect(ok.json()).toMatchObject({ decisionNo: '05b-QĐ/CB', version: 2 });
    const stale = await t.call(secretary, 'PATCH', `/api/discipline/${id}`, { version: 1, reason: 'x' });
    expect(stale.statusCode).toBe(409);
  });

  it('refuses bad input field by field, and a decision in the future', async () => {
    const res = await t.call(secretary, 'POST', '/api/discipline', {
      memberId: 3,
      form: 'caution',
      decidedOn: '2026-13-01',
      decisionNo: '',
      authority: 'x',
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .details.map((d: { field: string }) => d.field)
        .sort(),
    ).toEqual(['decidedOn', 'decisionNo', 'form']);
    const future = await t.call(secretary, 'POST', '/api/discipline', { ...warning, decidedOn: '2026-12-01' });
    expect(future.json()).toMatchObject({ code: 'decided_in_future' });
  });

  it('hides records outside the cell', async () => {
    const res = await t.call(secretary, 'POST', '/api/discipline', { ...warning, memberId: 10 });
    expect(res.statusCode).toBe(404);
    expect((await t.call(secretary, 'GET', '/api/discipline?memberId=10')).statusCode).toBe(404);
  });
});

describe('exemption and suspension', () => {
  it('sets the status while in force and restores it at the end', async () => {
    const res = await t.call(secretary, 'POST', '/api/exemptions', {
      memberId: 3,
      kind: 'temporarily_exempted',
      fromDate: '2026-09-01',
      toDate: '2026-11-20',
      decisionNo: '3-NQ/CB',
      reason: 'Đi học',
    });
    expect(res.statusCode).toBe(201);
    // Recorded after its end: the status stays, nothing to restore.
    expect((await t.call(admin, 'GET', '/api/members/3')).json().status).toBe('official');
    const open = await t.call(secretary, 'POST', '/api/exemptions', {
      memberId: 3,
      kind: 'temporarily_exempted',
      fromDate: '2026-11-21',
      toDate: '2026-11-25',
      decisionNo: '4-NQ/CB',
    });
    expect(open.statusCode).toBe(201);
    const cur = await t.call(secretary, 'POST', '/api/exemptions', {
      memberId: 1,
      kind: 'exempted',
      fromDate: '2026-11-01',
      toDate: '2026-11-25',
      decisionNo: '5-NQ/CB',
      reason: 'Ốm',
    });
    // End date already passed: recorded for history only.
    expect(cur.statusCode).toBe(201);
    const live = await t.call(secretary, 'POST', '/api/exemptions', {
      memberId: 3,
      kind: 'exempted',
      fromDate: '2026-11-26',
      decisionNo: '6-NQ/CB',
    });
    expect(live.statusCode).toBe(201);
    expect((await t.call(admin, 'GET', '/api/members/3')).json().status).toBe('exempted');
    const overlap = await t.call(secretary, 'POST', '/api/exemptions', {
      memberId: 3,
      kind: 'exempted',
      fromDate: '2026-11-22',
      decisionNo: '7',
    });
    expect(overlap.statusCode).toBe(409);
    const id = live.json().id;
    const restored = await t.call(secretary, 'POST', `/api/exemptions/${id}/restore`, { version: 1, on: '2026-11-26' });
    expect(restored.json().code).toBe('exemption_end_before_start');
  });

  it('leaves suspension to a committee, and restores the status with the end date', async () => {
    const body = { memberId: 6, kind: 'suspended', fromDate: '2026-10-01', decisionNo: '9-QĐ/ĐU' };
    const office6 = await t.call(office, 'POST', '/api/exemptions', body);
    expect(office6.statusCode).toBe(201);
    expect((await t.call(admin, 'GET', '/api/members/6')).json().status).toBe('suspended');
    const due = (await t.call(office, 'GET', '/api/exemptions?unitId=4')).json().items;
    expect(due.map((e: { memberId: number }) => e.memberId)).toContain(6);
    const res = await t.call(office, 'POST', `/api/exemptions/${office6.json().id}/restore`, { version: 1, on: '2026-11-15' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ toDate: '2026-11-15', memberStatus: 'official', version: 2 });
    const kinds = (await t.call(admin, 'GET', '/api/members/6/timeline')).json().map((e: { kind: string }) => e.kind);
    expect(kinds.slice(0, 2)).toEqual(['exemption_ended', 'suspended']);
    const twice = await t.call(office, 'POST', `/api/exemptions/${office6.json().id}/restore`, { version: 2 });
    expect(twice.json().code).toBe('exemption_not_in_force');
  });

  it('lists those past their recorded end date as due to restore', async () => {
    const r = await t.call(office, 'POST', '/api/exemptions', {
      memberId: 7,
      kind: 'temporarily_exempted',
      fromDate: '2026-06-01',
      toDate: '2026-12-01',
      decisionNo: '10',
    });
    expect(r.statusCode).toBe(201);
    await t.db.updateTable('member_exemption').set({ to_date: '2026-11-20' }).where('id', '=', r.json().id).execute();
    const due = (await t.call(office, 'GET', '/api/exemptions?unitId=4&due=true')).json();
    expect(due).toMatchObject({ total: 1, page: 1, pageSize: 50 });
    expect(due.items.map((e: { memberId: number }) => e.memberId)).toEqual([7]);
    const all = (await t.call(office, 'GET', '/api/exemptions?unitId=4&pageSize=1')).json();
    expect(all.items).toHaveLength(1);
    expect(all.total).toBeGreaterThan(1);
  });
});

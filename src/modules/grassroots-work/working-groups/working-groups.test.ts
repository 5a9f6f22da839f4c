import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';

let t: TestApp;
let office: Session;
let admin: Session;
let secretary: Session;

beforeAll(async () => {
  t = await startTestApp();
  office = await t.login('office');
  admin = await t.login('admin');
  secretary = await t.login('secretary');
});
afterAll(() => t.close());

const group = (over: Record<string, unknown> = {}) => ({
  unitId: 4,
  name: 'Tổ công tác giải phóng mặt bằng',
  purpose: 'Vận động các hộ bờ sông Đào',
  validFrom: '2026-10-01',
  members: [
    { memberId: 5, role: 'leader' },
    { memberId: 1, role: 'member' },
  ],
  unitIds: [5, 6],
  ...over,
});

describe('working groups', () => {
  it('forms a group with its composition and units, records activities, and keeps the period', async () => {
    const res = await t.call(office, 'POST', '/api/working-groups', group());
    expect(res.statusCode).toBe(201);
    const w = res.json();
    expect(w.members.map((m: { fullName: string; role: string }) => [m.fullName, m.role])).toEqual([
      ['Hoàng Văn Cường', 'leader'],
      ['Nguyễn Văn Ngoan', 'member'],
    ]);
    expect(w.units.map((u: { id: number }) => u.id)).toEqual([5, 6]);
    const act = await t.call(secretary, 'POST', `/api/working-groups/${w.id}/activities`, {
      heldOn: '2026-11-10',
      summary: 'Họp với 12 hộ tại nhà văn hóa thôn',
    });
    expect(act.statusCode).toBe(404); // the group belongs to the commune, above the cell secretary
    const ok = await t.call(office, 'POST', `/api/working-groups/${w.id}/activities`, {
      heldOn: '2026-11-10',
      summary: 'Họp với 12 hộ tại nhà văn hóa thôn',
    });
    expect(ok.json().activities[0]).toMatchObject({ heldOn: '2026-11-10', recordedBy: 'Người dùng office' });
    expect(
      (await t.call(office, 'POST', `/api/working-groups/${w.id}/activities`, { heldOn: '2026-09-30', summary: 'x' })).json().code,
    ).toBe('activity_outside_period');
    expect(
      (await t.call(office, 'POST', `/api/working-groups/${w.id}/activities`, { heldOn: '2026-11-27', summary: 'x' })).json().code,
    ).toBe('activity_in_future');
    const ended = await t.call(office, 'PATCH', `/api/working-groups/${w.id}`, {
      version: 1,
      validTo: '2026-12-31',
      members: [{ memberId: 1, role: 'leader' }],
    });
    expect(ended.json()).toMatchObject({ validTo: '2026-12-31', version: 2, members: [{ memberId: 1, role: 'leader' }] });
    const stale = await t.call(office, 'PATCH', `/api/working-groups/${w.id}`, { version: 1, name: 'Khác' });
    expect(stale.json().code).toBe('stale_version');
    const list = (await t.call(office, 'GET', '/api/working-groups?unitId=4')).json();
    expect(list).toMatchObject({ total: 1, page: 1, items: [{ members: 1, units: 2, activities: 1, current: true }] });
  });

  it('needs exactly one leader, members and units inside its unit', async () => {
    expect((await t.call(office, 'POST', '/api/working-groups', group({ members: [{ memberId: 5, role: 'member' }] }))).json().code).toBe(
      'working_group_needs_leader',
    );
    expect(
      (
        await t.call(
          office,
          'POST',
          '/api/working-groups',
          group({
            members: [
              { memberId: 5, role: 'leader' },
              { memberId: 5, role: 'member' },
            ],
          }),
        )
      ).json().code,
    ).toBe('duplicate_in_list');
    expect((await t.call(office, 'POST', '/api/working-groups', group({ members: [{ memberId: 4, role: 'leader' }] }))).json().code).toBe(
      'member_out_of_unit',
    );
    expect((await t.call(admin, 'POST', '/api/working-groups', group({ members: [{ memberId: 8, role: 'leader' }] }))).json().code).toBe(
      'member_out_of_unit',
    );
    expect((await t.call(admin, 'POST', '/api/working-groups', group({ unitIds: [9] }))).json().code).toBe('working_group_unit_outside');
    // Outside the office's own scope a member or unit answers like a missing one, without a name.
    for (const over of [{ members: [{ memberId: 8, role: 'leader' }] }, { unitIds: [9] }]) {
      const hidden = await t.call(office, 'POST', '/api/working-groups', group(over));
      expect([hidden.statusCode, hidden.json().code], JSON.stringify(over)).toEqual([404, 'not_found']);
      expect(hidden.body).not.toContain('Bùi Thị Lan');
      expect(hidden.body).not.toContain('Trường A');
    }
    const bad = await t.call(office, 'POST', '/api/working-groups', group({ members: [{ memberId: 5, role: 'chief' }], validFrom: '' }));
    expect(
      bad
        .json()
        .details.map((x: { field: string }) => x.field)
        .sort(),
    ).toEqual(['members.0.role', 'validFrom']);
    expect((await t.call(office, 'POST', '/api/working-groups', group({ unitId: 7 }))).statusCode).toBe(404);
  });
});

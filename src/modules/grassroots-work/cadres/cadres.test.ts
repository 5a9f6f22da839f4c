import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { expectOk } from '../assignments/test-data.js';

let t: TestApp;
let admin: Session;
let office: Session;
let cadreA: number;
let cadreB: number;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
  office = await t.login('office');
  cadreA = (
    await expectOk(t, admin, 'POST', '/api/cadres', {
      memberId: 5,
      position: { post: 'Phó Trưởng Ban Tổ chức', unitId: 2, fromDate: '2024-01-01' },
    })
  ).id;
  cadreB = (
    await expectOk(t, admin, 'POST', '/api/cadres', {
      memberId: 1,
      position: { post: 'Phó Bí thư Đảng ủy', unitId: 4, fromDate: '2023-01-01' },
    })
  ).id;
});
afterAll(() => t.close());

const rotation = (over: Record<string, unknown> = {}) => ({
  cadreId: cadreA,
  decidedByUnitId: 2,
  kind: 'department_to_commune',
  toUnitId: 4,
  toPost: 'Bí thư Đảng ủy xã',
  decisionNo: '125-QĐ/HU',
  effectiveOn: '2026-03-01',
  nextReviewOn: '2026-12-01',
  ...over,
});

describe('cadre rotation register', () => {
  it('finds cadres by name typed with or without accents, like the member search', async () => {
    const names = async (q: string) =>
      (await t.call(admin, 'GET', `/api/cadres?q=${encodeURIComponent(q)}`)).json().items.map((c: { fullName: string }) => c.fullName);
    expect(await names('hoang van cuong')).toEqual(['Hoàng Văn Cường']);
    expect(await names('Hoàng Văn Cường')).toEqual(['Hoàng Văn Cường']);
    expect(await names('NGOAN')).toEqual(['Nguyễn Văn Ngoan']);
    expect(await names('van')).toHaveLength(2);
    expect(await names('không có ai')).toEqual([]);
    expect(await names('%')).toEqual([]);
  });

  it('rotates a cadre: closes the old position and opens the new one', async () => {
    const res = await t.call(admin, 'POST', '/api/rotations', rotation());
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      fromUnitName: 'Huyện ủy A',
      fromPost: 'Phó Trưởng Ban Tổ chức',
      toUnitName: 'Đảng ủy xã A1',
      decidedByName: 'Huyện ủy A',
    });
    const page = (await t.call(admin, 'GET', `/api/cadres/${cadreA}`)).json();
    expect(page.positions.map((p: { post: string; fromDate: string; toDate: string | null }) => [p.post, p.fromDate, p.toDate])).toEqual([
      ['Bí thư Đảng ủy xã', '2026-03-01', null],
      ['Phó Trưởng Ban Tổ chức', '2024-01-01', '2026-03-01'],
    ]);
    await expectOk(
      t,
      admin,
      'POST',
      '/api/rotations',
      rotation({
        cadreId: cadreB,
        kind: 'commune_to_commune',
        toUnitId: 9,
        toPost: 'Bí thư Chi bộ',
        effectiveOn: '2025-06-01',
        nextReviewOn: '2026-06-01',
      }),
    );
  });

  it('counts rotations per year and kind, and lists whom to watch, overdue first', async () => {
    const stats = (await t.call(admin, 'GET', '/api/rotations/stats?unitId=2')).json();
    expect(stats.map((s: { year: number; total: number }) => [s.year, s.total])).toEqual([
      [2025, 1],
      [2026, 1],
    ]);
    expect(stats[1].counts.department_to_commune).toBe(1);
    const watch = (await t.call(admin, 'GET', '/api/rotations/watch?unitId=2')).json().items;
    expect(watch.map((w: { fullName: string; state: string }) => [w.fullName, w.state])).toEqual([
      ['Nguyễn Văn Ngoan', 'overdue'],
      ['Hoàng Văn Cường', 'due_soon'],
    ]);
    expect((await t.call(admin, 'GET', '/api/rotations?unitId=2&year=2026')).json()).toMatchObject({ total: 1, items: [{}] });
    const urgent = (await t.call(admin, 'GET', '/api/rotations/watch?unitId=2&pageSize=1&page=2')).json();
    expect([urgent.total, urgent.items.map((w: { fullName: string }) => w.fullName)]).toEqual([2, ['Hoàng Văn Cường']]);
    const list = (await t.call(admin, 'GET', '/api/cadres?unitId=4')).json().items;
    expect(list.find((c: { id: number }) => c.id === cadreA)).toMatchObject({
      currentPosition: 'Bí thư Đảng ủy xã — Đảng ủy xã A1',
      rotations: 1,
    });
  });

  it('refuses rotations out of the deciding unit, back in time, or with a review before it', async () => {
    expect(
      (await t.call(admin, 'POST', '/api/rotations', rotation({ cadreId: cadreA, toUnitId: 7, effectiveOn: '2026-10-01' }))).json().code,
    ).toBe('rotation_unit_outside');
    expect((await t.call(admin, 'POST', '/api/rotations', rotation({ toUnitId: 9, effectiveOn: '2026-02-01' }))).json().code).toBe(
      'rotation_before_position',
    );
    expect(
      (
        await t.call(admin, 'POST', '/api/rotations', rotation({ toUnitId: 9, effectiveOn: '2026-10-01', nextReviewOn: '2026-09-01' }))
      ).json().code,
    ).toBe('review_before_rotation');
    expect((await t.call(admin, 'POST', '/api/rotations', rotation({ toUnitId: 4, effectiveOn: '2026-10-01' }))).json().code).toBe(
      'rotation_same_unit',
    );
    const dup = await t.call(admin, 'POST', '/api/cadres', { memberId: 5, position: { post: 'x', unitId: 4, fromDate: '2024-01-01' } });
    expect([dup.statusCode, dup.json().code]).toEqual([409, 'already_cadre']);
    const bad = await t.call(admin, 'POST', '/api/rotations', rotation({ kind: 'promotion', decisionNo: '' }));
    expect(
      bad
        .json()
        .details.map((x: { field: string }) => x.field)
        .sort(),
    ).toEqual(['decisionNo', 'kind']);
  });

  it('keeps a commune office to its own subtree', async () => {
    expect((await t.call(office, 'POST', '/api/rotations', rotation({ effectiveOn: '2026-10-01', toUnitId: 9 }))).statusCode).toBe(404);
    expect((await t.call(office, 'GET', '/api/rotations/watch?unitId=2')).statusCode).toBe(404);
    expect((await t.call(office, 'GET', '/api/rotations/watch')).json()).toMatchObject({ total: 0, items: [] });
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';
import { TODAY, UNITS } from '../../../../test/fixture.js';

let t: TestApp;
let admin: Session;

beforeAll(async () => {
  t = await startTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

const YESTERDAY = '2026-11-25';
const get = async (url: string) => {
  const res = await t.call(admin, 'GET', url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('the organization tree as of a date', () => {
  it('shows a unit dissolved today as active yesterday, with the members it had then', async () => {
    // Cell 6's three members move to cell 5 today (as a change of cell records it), then cell 6 is dissolved today.
    await sql`UPDATE member_cell_period SET valid_to = ${TODAY}::date WHERE unit_id = 6 AND valid_to IS NULL`.execute(t.db);
    await sql`INSERT INTO member_cell_period (member_id, unit_id, valid_from) SELECT id, 5, ${TODAY}::date FROM member WHERE unit_id = 6`.execute(
      t.db,
    );
    await sql`UPDATE member SET unit_id = 5, version = version + 1 WHERE unit_id = 6`.execute(t.db);
    const cell = await get('/api/units/6');
    const dissolved = await t.call(admin, 'POST', '/api/units/6/dissolve', { version: cell.version, effectiveOn: TODAY });
    expect(dissolved.statusCode, dissolved.body).toBe(200);

    expect(await get('/api/units/6')).toMatchObject({ dissolvedOn: TODAY, state: 'dissolved', memberCount: 0, asOf: null });
    expect(await get(`/api/units/6?asOf=${YESTERDAY}`)).toMatchObject({
      name: 'Chi bộ thôn Tây',
      kind: 'cell',
      dissolvedOn: null,
      state: 'active',
      memberCount: 3,
      childCount: 0,
      asOf: YESTERDAY,
    });
    // As of today the dissolution has taken effect.
    expect(await get(`/api/units/6?asOf=${TODAY}`)).toMatchObject({ dissolvedOn: TODAY, state: 'dissolved', memberCount: 0 });

    // The parent's page and its children as they stood yesterday, and as they stand today.
    expect(await get(`/api/units/4?asOf=${YESTERDAY}`)).toMatchObject({ memberCount: 7, childCount: 2 });
    const past = await get(`/api/units/4/children?asOf=${YESTERDAY}`);
    expect(past.map((c: { name: string; memberCount: number }) => [c.name, c.memberCount])).toEqual([
      ['Chi bộ thôn Đông', 4],
      ['Chi bộ thôn Tây', 3],
    ]);
    const now = await get('/api/units/4/children');
    expect(now.map((c: { name: string; memberCount: number }) => [c.name, c.memberCount])).toEqual([['Chi bộ thôn Đông', 7]]);
    expect(await get(`/api/units/4?asOf=${TODAY}`)).toMatchObject({ memberCount: 7, childCount: 1 });
  });

  it('gives, as of today, the same counts as today for every unit, members who left included', async () => {
    // Member 11 left through the lifecycle (their cell period closed today); member 12's record says removed
    // but kept an open cell period (as data loaded from elsewhere may): neither is on the rolls today.
    await sql`UPDATE member SET status = 'deceased' WHERE id = 11`.execute(t.db);
    await sql`UPDATE member_cell_period SET valid_to = ${TODAY}::date WHERE member_id = 11 AND valid_to IS NULL`.execute(t.db);
    await sql`UPDATE member SET status = 'removed' WHERE id = 12`.execute(t.db);

    for (const u of UNITS) {
      const now = await get(`/api/units/${u.id}`);
      const asOfToday = await get(`/api/units/${u.id}?asOf=${TODAY}`);
      expect([u.id, asOfToday.memberCount, asOfToday.childCount]).toEqual([u.id, now.memberCount, now.childCount]);
      const kids = (list: { id: number; memberCount: number; childCount: number }[]) =>
        list.map((c) => [c.id, c.memberCount, c.childCount]);
      expect(kids(await get(`/api/units/${u.id}/children?asOf=${TODAY}`))).toEqual(kids(await get(`/api/units/${u.id}/children`)));
    }
    expect((await get('/api/units/8')).memberCount).toBe(1);
    // Member 11 was on the rolls yesterday; member 12's leaving day is unknown, so they are not counted then either.
    expect((await get(`/api/units/8?asOf=${YESTERDAY}`)).memberCount).toBe(2);
    const roots = await get('/api/units/roots');
    expect(await get(`/api/units/roots?asOf=${TODAY}`)).toEqual(roots);
  });

  it('shows the name, breadcrumb and state of the day, before a rename and before the founding', async () => {
    const before = await get('/api/units/7');
    const renamed = await t.call(admin, 'POST', '/api/units/7/rename', {
      name: 'Đảng ủy xã B Một',
      version: before.version,
      effectiveOn: '2026-06-01',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(await get('/api/units/8')).toMatchObject({ breadcrumb: [{ id: 1 }, { id: 3 }, { id: 7, name: 'Đảng ủy xã B Một' }, { id: 8 }] });
    const may = await get('/api/units/8?asOf=2026-05-01');
    expect(may.breadcrumb.map((b: { name: string }) => b.name)).toEqual(['Tỉnh ủy Thử', 'Huyện ủy B', 'Đảng ủy xã B1', 'Chi bộ xóm 1']);
    expect((await get('/api/units/7?asOf=2026-05-31')).name).toBe('Đảng ủy xã B1');
    expect((await get('/api/units/7?asOf=2026-06-01')).name).toBe('Đảng ủy xã B Một');
    expect(await get('/api/units/7?asOf=2019-12-31')).toMatchObject({
      name: 'Đảng ủy xã B1',
      state: 'not_founded',
      memberCount: 0,
      childCount: 0,
    });
    expect(await get('/api/units/7/children?asOf=2019-12-31')).toEqual([]);
  });

  it('counts a member whose record is set to removed today as on the rolls yesterday only, and back after a correction', async () => {
    const patch = async (status: string) => {
      const m = await get('/api/members/10');
      const res = await t.call(admin, 'PATCH', '/api/members/10', { status, version: m.version });
      expect(res.statusCode, res.body).toBe(200);
    };
    const counts = async () => [
      (await get('/api/units/3')).memberCount,
      (await get(`/api/units/3?asOf=${TODAY}`)).memberCount,
      (await get(`/api/units/3?asOf=${YESTERDAY}`)).memberCount,
    ];
    const [now, asOfToday, yesterday] = await counts();
    expect(asOfToday).toBe(now);
    await patch('removed');
    expect(await counts()).toEqual([now - 1, now - 1, yesterday]);
    await patch('official');
    expect(await counts()).toEqual([now, now, yesterday]);
  });

  it('refuses a malformed date with a 400', async () => {
    for (const url of ['/api/units/4?asOf=2026-13-40', '/api/units/4/children?asOf=hôm qua', '/api/units/roots?asOf=1']) {
      const res = await t.call(admin, 'GET', encodeURI(url));
      expect(res.statusCode, url).toBe(400);
    }
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';

let t: TestApp;
let office: Session;
beforeAll(async () => {
  t = await startTestApp();
  office = await t.login('office');
  // Cell 6 gets gaps: two phones missing, one card missing, a probable duplicate of member 5, an old record.
  await sql`UPDATE member SET phone = '' WHERE id IN (5, 6)`.execute(t.db);
  await sql`UPDATE member SET party_card_no = NULL, updated_at = '2020-01-01' WHERE id = 7`.execute(t.db);
  await sql`UPDATE member SET full_name = 'Hoàng Văn Cường', search_name = 'hoang van cuong', birth_date = '1980-02-02' WHERE id = 3`.execute(
    t.db,
  );
});
afterAll(() => t.close());

describe('data-quality dashboard', () => {
  it('measures each unit below the chosen one, worst first', async () => {
    const res = await t.call(office, 'GET', '/api/quality?unitId=4');
    expect(res.statusCode, res.body).toBe(200);
    const [worst, best] = res.json().items;
    expect(res.json()).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    expect(worst).toMatchObject({ unitId: 6, name: 'Chi bộ thôn Tây', members: 3, duplicates: 1, stale: 1, withoutCell: 0 });
    expect(worst.completeness).toMatchObject({ phone: 33.3, partyCardNo: 66.7, citizenId: 100 });
    expect(best).toMatchObject({ unitId: 5, members: 4, duplicates: 1 });
    expect(worst.score).toBeLessThan(best.score);
  });

  it('pages the units, worst first across pages', async () => {
    const first = (await t.call(office, 'GET', '/api/quality?unitId=4&pageSize=1')).json();
    const second = (await t.call(office, 'GET', '/api/quality?unitId=4&pageSize=1&page=2')).json();
    expect([first.total, first.items.length, second.items.length]).toEqual([2, 1, 1]);
    expect([first.items[0].unitId, second.items[0].unitId]).toEqual([6, 5]);
  });

  it('drills down to a cell and lists who misses a field', async () => {
    const cell = (await t.call(office, 'GET', '/api/quality?unitId=6')).json();
    expect(cell.items.map((u: { unitId: number }) => u.unitId)).toEqual([6]);
    const missing = (await t.call(office, 'GET', '/api/quality/missing?unitId=6&field=phone')).json();
    expect(missing.total).toBe(2);
    expect(missing.items.map((m: { fullName: string }) => m.fullName)).toEqual(['Hoàng Văn Cường', 'Vũ Thị Hoa']);
    const second = (await t.call(office, 'GET', '/api/quality/missing?unitId=6&field=phone&page=2&pageSize=1')).json();
    expect(second).toMatchObject({ total: 2, page: 2, items: [{ fullName: 'Vũ Thị Hoa' }] });
  });

  it('stays inside the scope', async () => {
    const secretary = await t.login('secretary');
    expect((await t.call(secretary, 'GET', '/api/quality?unitId=4')).statusCode).toBe(404);
  });
});

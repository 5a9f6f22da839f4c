import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Session, type TestApp } from '../../../../test/http.js';

let t: TestApp;
let office: Session;
beforeAll(async () => {
  t = await startTestApp();
  office = await t.login('office');
  await sql`UPDATE member SET admitted_on = '2025-03-02', official_on = '2026-03-02' WHERE id = 5`.execute(t.db);
  await sql`INSERT INTO review_cycle (id, title, kind, period_from, period_to, rule_set, root_unit_id, root_path, subject_kinds)
    VALUES (1, 'Năm 2025', 'annual', '2025-01-01', '2025-12-31', 'reg366-2025', 1, '1', '{member,party_cell}')`.execute(t.db);
  await sql`INSERT INTO assessment_subject (cycle_id, subject_kind, member_id, unit_id, unit_path, decider_path, quota_group, display_name, level)
    SELECT 1, 'member', id, unit_id, (SELECT path FROM org_unit WHERE id = m.unit_id), '1', 'g', full_name,
      (CASE WHEN id IN (1, 2) THEN 'excellent' WHEN id = 3 THEN 'completed' ELSE 'good' END)::quality_level FROM member m WHERE id <> 4`.execute(
    t.db,
  );
  await sql`INSERT INTO assessment_subject (cycle_id, subject_kind, unit_id, unit_path, decider_path, quota_group, display_name, level)
    VALUES (1, 'party_cell', 5, '1.2.4.5', '1.2.4', 'c', 'Chi bộ thôn Đông', 'good'), (1, 'party_cell', 6, '1.2.4.6', '1.2.4', 'c', 'Chi bộ thôn Tây', 'not_completed')`.execute(
    t.db,
  );
});
afterAll(() => t.close());

describe('province dashboard', () => {
  it('shows a unit’s tables, children for drill-down, admissions against the target, latest levels and Resolution 21 progress', async () => {
    const res = await t.call(office, 'GET', '/api/dashboard?unitId=4');
    expect(res.statusCode, res.body).toBe(200);
    const d = res.json();
    expect(d.breadcrumb).toEqual([{ id: 4, name: 'Đảng ủy xã A1' }]); // the levels above the office's grant are not shown
    expect(d.children).toEqual([
      { id: 5, name: 'Chi bộ thôn Đông', kind: 'cell', members: 4 },
      { id: 6, name: 'Chi bộ thôn Tây', kind: 'cell', members: 3 },
    ]);
    expect(d.tables.map((x: { key: string }) => x.key)).toEqual(['status', 'gender', 'age', 'ethnicity', 'education']);
    expect(d.admissions.map((a: { year: number }) => a.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(d.admissions[3]).toEqual({ year: 2025, admitted: 1, base: 6, target: 1 });
    expect(d.latestCycle.levels.member).toEqual({ excellent: 2, good: 3, completed: 1, not_completed: 0 });
    expect(d.latestCycle.levels.organization).toEqual({ excellent: 0, good: 1, completed: 0, not_completed: 1 });
    expect(d.resolution21).toEqual([
      { key: 'members_good', value: 0.833, target: 0.9, met: false },
      { key: 'organizations_good', value: 0.5, target: 0.9, met: false },
      { key: 'admissions', value: 0.167, target: 0.03, met: true },
    ]);
  });

  it('drills down to a cell and refuses units outside the scope', async () => {
    const cell = (await t.call(office, 'GET', '/api/dashboard?unitId=5')).json();
    expect(cell.breadcrumb.map((b: { id: number }) => b.id)).toEqual([4, 5]);
    expect(cell.children).toEqual([]);
    expect((await t.call(office, 'GET', '/api/dashboard?unitId=8')).statusCode).toBe(404);
  });
  it('keeps the annual cycle that judges the whole unit when a smaller cycle is opened on one of its cells', async () => {
    const admin = await t.login('admin');
    const before = (await t.call(admin, 'GET', '/api/dashboard?unitId=1')).json();
    expect(before.latestCycle).toMatchObject({ id: 1, title: 'Năm 2025', kind: 'annual', year: 2025 });
    // A later quarterly cycle on cell 5 only, every subject rated excellent.
    await sql`INSERT INTO review_cycle (id, title, kind, period_from, period_to, rule_set, root_unit_id, root_path, subject_kinds)
      VALUES (2, 'Quý III/2026', 'quarterly', '2026-07-01', '2026-09-30', 'reg366-2025', 5, '1.2.4.5', '{member,party_cell}')`.execute(
      t.db,
    );
    await sql`INSERT INTO assessment_subject (cycle_id, subject_kind, member_id, unit_id, unit_path, decider_path, quota_group, display_name, level)
      SELECT 2, 'member', id, unit_id, '1.2.4.5', '1.2.4', 'g', full_name, 'excellent' FROM member WHERE unit_id = 5`.execute(t.db);
    for (const unitId of [1, 4]) {
      const d = (await t.call(admin, 'GET', `/api/dashboard?unitId=${unitId}`)).json();
      expect(d.latestCycle).toMatchObject({ id: 1, title: 'Năm 2025', year: 2025 });
      if (unitId === 1) expect(d.resolution21).toEqual(before.resolution21);
    }
    expect((await t.call(admin, 'GET', '/api/dashboard?unitId=4')).json().latestCycle.levels.member).toEqual({
      excellent: 2,
      good: 3,
      completed: 1,
      not_completed: 0,
    });
    // The cell itself is judged by the province's annual cycle too: a quarterly cycle is never the whole-unit figure.
    expect((await t.call(admin, 'GET', '/api/dashboard?unitId=5')).json().latestCycle.id).toBe(1);
    // An annual cycle opened on a unit below (district B) is not the province's figure, but is that district's.
    await sql`INSERT INTO review_cycle (id, title, kind, period_from, period_to, rule_set, root_unit_id, root_path, subject_kinds)
      VALUES (3, 'Năm 2026 (Huyện ủy B)', 'annual', '2026-01-01', '2026-12-31', 'reg366-2025', 3, '1.3', '{member}')`.execute(t.db);
    expect((await t.call(admin, 'GET', '/api/dashboard?unitId=1')).json().latestCycle.id).toBe(1);
    expect((await t.call(admin, 'GET', '/api/dashboard?unitId=8')).json().latestCycle).toMatchObject({ id: 3, year: 2026 });
  });
});

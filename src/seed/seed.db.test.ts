// The seed against a real (embedded) PostgreSQL: the small profile loads in one transaction, keeps the
// schema exactly as migrated, and refuses a database that already has units.
import { verify } from '@node-rs/argon2';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDb, type TestDb } from '../../test/db.js';
import { seedDemo, type SeedResult } from './index.js';

const schema = async (t: TestDb) => {
  const cons = await t.pool.query(`SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) AS def
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1, 2`);
  const idx = await t.pool.query(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1`);
  return JSON.stringify([cons.rows, idx.rows]);
};
const count = async (t: TestDb, table: string) => Number((await t.pool.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);

describe('seedDemo (small profile)', () => {
  let t: TestDb;
  let result: SeedResult;
  let before: string;
  const progress: string[] = [];

  beforeAll(async () => {
    t = await freshDb();
    // drop() ends the pool and then force-drops the database; a pooled connection still closing at that
    // moment is killed by the server, which the pool reports as an 'error' event. Expected here.
    t.pool.on('error', () => {});
    before = await schema(t);
    result = await seedDemo(t.pool, { profile: 'small', onProgress: (m) => progress.push(m) });
  });
  afterAll(async () => {
    await t?.drop();
  });

  it('loads the units, members, history and committees', async () => {
    expect(result).toMatchObject({ units: 16, members: 240 });
    expect(await count(t, 'org_unit')).toBe(16);
    expect(await count(t, 'org_unit_version')).toBe(16);
    expect(await count(t, 'member')).toBe(240);
    expect(await count(t, 'member_cell_period')).toBe(240);
    expect(await count(t, 'member_event')).toBeGreaterThan(240);
    expect(await count(t, 'committee_term')).toBe(16);
    expect(await count(t, 'committee_seat')).toBeGreaterThan(16);
    expect(progress.length).toBeGreaterThan(3);
    const sub = await t.pool.query(`SELECT count(*) AS n FROM member m JOIN org_unit u ON u.id = m.unit_id
      WHERE u.path <@ (SELECT path FROM org_unit WHERE code = 'NDI.YY')`);
    expect(Number(sub.rows[0].n)).toBeGreaterThan(0);
  });

  it('leaves constraints and indexes exactly as migrated, and identity sequences past the loaded ids', async () => {
    expect(await schema(t)).toBe(before);
    const { rows } = await t.pool.query(`INSERT INTO org_unit (code, name, kind, parent_id, path, founded_on)
      VALUES ('NDI.X', 'Chi bộ thử', 'cell', 1, '1.17', '2020-01-01') RETURNING id`);
    expect(Number(rows[0].id)).toBe(17);
  });

  it('creates the five demo users with their grants and working passwords', async () => {
    expect(result.demoUsers.map((u) => u.username)).toEqual(['admin', 'vanphong', 'bithu', 'dangvien', 'giamsat']);
    const { rows } = await t.pool.query(`SELECT u.username, u.password_hash, u.member_id, g.role, o.name
      FROM app_user u JOIN role_grant g ON g.user_id = u.id JOIN org_unit o ON o.id = g.unit_id ORDER BY u.id`);
    expect(rows.map((r) => [r.username, r.role, r.name])).toEqual([
      ['admin', 'province_admin', 'Tỉnh ủy Nam Định'],
      ['vanphong', 'committee_office', 'Đảng ủy phường Trần Hưng Đạo'],
      ['bithu', 'cell_secretary', 'Chi bộ tổ dân phố số 1'],
      ['dangvien', 'member', 'Chi bộ tổ dân phố số 1'],
      ['giamsat', 'observer', 'Huyện ủy Ý Yên'],
    ]);
    expect(Number(rows[2].member_id)).toBe(result.demoUsers[2]!.memberId);
    expect(await verify(rows[0].password_hash, 'Demo@2026-Grassroots')).toBe(true);
  });

  it('refuses a database that already has units, changing nothing', async () => {
    await expect(seedDemo(t.pool, { profile: 'small' })).rejects.toThrow('database is not empty');
    expect(await count(t, 'member')).toBe(240);
  });
});

// The small profile with the 2025 reorganization recorded: a two-tier fixture (communes directly under the
// province) whose history answers "as of 30 June 2025" with the old tree.
describe('seedDemo (small profile, reorganized on 1 July 2025)', () => {
  let t: TestDb;
  beforeAll(async () => {
    t = await freshDb();
    t.pool.on('error', () => {});
    await seedDemo(t.pool, { profile: 'small', reform: true });
  });
  afterAll(async () => {
    await t?.drop();
  });

  const treeOn = async (day: string) =>
    (
      await t.pool.query(
        `SELECT v.name, p.name AS parent FROM org_unit_version v
    LEFT JOIN org_unit p ON p.id = v.parent_id
    WHERE v.valid_from <= $1::date AND (v.valid_to IS NULL OR v.valid_to > $1::date) AND v.kind <> 'cell' ORDER BY v.unit_id`,
        [day],
      )
    ).rows;

  it('shows the old tree as of 30 June 2025 and the two-tier tree today', async () => {
    expect((await treeOn('2025-06-30')).map((r) => r.name)).toEqual([
      'Tỉnh ủy Nam Định',
      'Thành ủy Nam Định',
      'Đảng ủy phường Trần Hưng Đạo',
      'Đảng ủy phường Lộc Hạ',
      'Huyện ủy Ý Yên',
      'Đảng ủy xã Yên Khánh',
      'Đảng bộ bộ phận khu Bắc',
      'Chi bộ Trường THCS Yên Khánh',
    ]);
    expect(await treeOn('2026-11-01')).toEqual([
      { name: 'Tỉnh ủy Nam Định', parent: null },
      { name: 'Đảng ủy xã Ý Yên', parent: 'Tỉnh ủy Nam Định' },
      { name: 'Đảng bộ bộ phận khu Bắc', parent: 'Đảng ủy xã Ý Yên' },
      { name: 'Đảng ủy phường Nam Định', parent: 'Tỉnh ủy Nam Định' },
    ]);
    const gone = await t.pool.query(`SELECT name FROM org_unit WHERE dissolved_on = '2025-07-01' ORDER BY id`);
    expect(gone.rows.map((r) => r.name)).toEqual([
      'Thành ủy Nam Định',
      'Đảng ủy phường Trần Hưng Đạo',
      'Đảng ủy phường Lộc Hạ',
      'Huyện ủy Ý Yên',
    ]);
  });

  it('records the plan as applied, with its operations and restructurings, and the logins on units that exist today', async () => {
    const plan = (await t.pool.query(`SELECT id, status, effective_on::text AS d, restructuring_ids, progress FROM reorg_plan`)).rows;
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatchObject({ status: 'applied', d: '2025-07-01' });
    const ops = Number((await t.pool.query('SELECT count(*) AS n FROM reorg_operation')).rows[0].n);
    expect(ops).toBe(plan[0].restructuring_ids.length);
    expect(ops).toBe(plan[0].progress);
    expect(Number((await t.pool.query('SELECT count(*) AS n FROM restructuring')).rows[0].n)).toBe(ops);
    const grants = await t.pool.query(`SELECT u.username, o.name, o.dissolved_on FROM role_grant g JOIN app_user u ON u.id = g.user_id
      JOIN org_unit o ON o.id = g.unit_id ORDER BY u.id`);
    expect(grants.rows.every((r) => r.dissolved_on === null)).toBe(true);
    expect(grants.rows.map((r) => r.name)).toContain('Đảng ủy phường Nam Định');
    // Cells kept their members; cell periods are consistent with each member's current cell.
    const bad = await t.pool.query(`SELECT count(*) AS n FROM member m WHERE m.status IN ('official','probationary')
      AND NOT EXISTS (SELECT 1 FROM member_cell_period p WHERE p.member_id = m.id AND p.unit_id = m.unit_id AND p.valid_to IS NULL)`);
    expect(Number(bad.rows[0].n)).toBe(0);
  });
});

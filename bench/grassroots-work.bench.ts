// Grassroots work at full scale: the coverage report over the whole demo province (≈110,300 members,
// ≈330,000 households) through the API, beside the same queries in raw SQL; and the campaign board of a
// campaign with 1,000 households, beside its raw SQL.
import type pg from 'pg';
import type { BenchEnv } from './run.js';
import { measure, report } from './lib.js';

const N = 20;

async function session(api: string) {
  const login = await fetch(`${api}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'Demo@2026-Grassroots' }),
  });
  return login.headers.get('set-cookie')!.split(';')[0]!;
}

const current = `a.valid_from <= $2 AND (a.valid_to IS NULL OR a.valid_to > $2)`;
const RAW_COVERAGE = [
  `SELECT u.id, u.name FROM org_unit u WHERE u.path <@ $1::ltree AND u.path <> $1::ltree AND u.dissolved_on IS NULL
     AND NOT EXISTS (SELECT 1 FROM unit_assignment a WHERE a.unit_id = u.id AND ${current}) ORDER BY u.path LIMIT 50`,
  `SELECT count(*) FROM (SELECT m.id, count(a.id) AS n FROM member m JOIN org_unit u ON u.id = m.unit_id
     LEFT JOIN household_assignment a ON a.member_id = m.id AND ${current}
     WHERE u.path <@ $1::ltree AND m.status IN ('official','probationary') GROUP BY m.id) per WHERE n > 30`,
  `WITH f AS (SELECT g.id, g.name, u.name AS unit, u.path, c.id IS NOT NULL AS has_cell,
       EXISTS (SELECT 1 FROM household h JOIN household_assignment a ON a.household_id = h.id WHERE h.residential_group_id = g.id AND ${current}) AS has_member
     FROM residential_group g JOIN org_unit u ON u.id = g.unit_id LEFT JOIN org_unit c ON c.id = g.cell_id AND c.dissolved_on IS NULL WHERE u.path <@ $1::ltree)
   SELECT count(*), count(*) FILTER (WHERE has_cell), count(*) FILTER (WHERE has_member),
     (SELECT json_agg(x) FROM (SELECT id, name, unit FROM f WHERE NOT has_member ORDER BY path, id LIMIT 50) x),
     (SELECT json_agg(x) FROM (SELECT id, name, unit FROM f WHERE NOT has_cell ORDER BY path, id LIMIT 50) x) FROM f`,
  `SELECT (SELECT count(*) FROM household h JOIN residential_group g ON g.id = h.residential_group_id JOIN org_unit u ON u.id = g.unit_id WHERE u.path <@ $1::ltree),
     (SELECT count(*) FROM household h JOIN residential_group g ON g.id = h.residential_group_id JOIN org_unit u ON u.id = g.unit_id WHERE u.path <@ $1::ltree
       AND NOT EXISTS (SELECT 1 FROM household_assignment a WHERE a.household_id = h.id AND ${current}))`,
];

const RAW_BOARD = `SELECT ch.id, ch.status, ch.version, h.address, h.head_name, g.name,
  coalesce((SELECT json_agg(json_build_object('id', m.id, 'name', m.full_name)) FROM campaign_household_member x JOIN member m ON m.id = x.member_id
    WHERE x.campaign_household_id = ch.id), '[]') FROM campaign_household ch JOIN household h ON h.id = ch.household_id
  JOIN residential_group g ON g.id = h.residential_group_id WHERE ch.campaign_id = $1 ORDER BY ch.id`;

/** A campaign with 1,000 households of the commune that has the most, each with a member in charge. */
async function bigCampaign(pool: pg.Pool): Promise<number> {
  const c = await pool.query(`SELECT g.unit_id FROM household h JOIN residential_group g ON g.id = h.residential_group_id
    GROUP BY g.unit_id ORDER BY count(*) DESC LIMIT 1`);
  const unitId = c.rows[0].unit_id as number;
  const camp = await pool.query(
    `INSERT INTO campaign (unit_id, name, goal, place, starts_on, deadline)
    VALUES ($1, 'Bench: 1.000 hộ', 'Đo hiệu năng bảng tiến độ', 'Toàn xã', '2026-09-01', '2026-12-31') RETURNING id`,
    [unitId],
  );
  const id = camp.rows[0].id as number;
  const statuses = ['not_contacted', 'visited', 'persuading', 'agreed', 'compensation_received', 'site_handed_over', 'blocked'];
  await pool.query(
    `INSERT INTO campaign_household (campaign_id, household_id, status, blocked_reason)
    SELECT $1, h.id, ($2::text[])[1 + (row_number() OVER (ORDER BY h.id))::int % 7], CASE WHEN (row_number() OVER (ORDER BY h.id))::int % 7 = 6 THEN 'Chưa thống nhất giá' ELSE '' END
    FROM household h JOIN residential_group g ON g.id = h.residential_group_id WHERE g.unit_id = $3 ORDER BY h.id LIMIT 1000`,
    [id, statuses, unitId],
  );
  await pool.query(
    `INSERT INTO campaign_household_member (campaign_household_id, member_id)
    SELECT ch.id, a.member_id FROM campaign_household ch JOIN household_assignment a ON a.household_id = ch.household_id WHERE ch.campaign_id = $1`,
    [id],
  );
  await pool.query(
    `INSERT INTO campaign_status_change (campaign_id, campaign_household_id, from_status, to_status, changed_on)
    SELECT $1, id, NULL, 'not_contacted', '2026-09-01' FROM campaign_household WHERE campaign_id = $1`,
    [id],
  );
  // What autovacuum would do after a thousand inserts: without it the planner still thinks campaigns hold 39 households.
  await pool.query('ANALYZE campaign_household, campaign_household_member, campaign_status_change');
  return id;
}

export default async function grassrootsWorkBench({ pool, api }: BenchEnv) {
  const cookie = await session(api);
  const get = async (path: string) => {
    const r = await fetch(`${api}${path}`, { headers: { cookie } });
    if (r.status !== 200) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return r.json();
  };
  const root = (await pool.query(`SELECT path::text AS path FROM org_unit WHERE parent_id IS NULL`)).rows[0].path as string;
  const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
  const sizes = (
    await pool.query(`SELECT (SELECT count(*) FROM member)::int AS members, (SELECT count(*) FROM household)::int AS households`)
  ).rows[0];
  const label = `${sizes.members.toLocaleString('en')} members, ${sizes.households.toLocaleString('en')} households`;

  const coverage = await measure(N, () => get('/api/coverage'), 2);
  const raw = await measure(N, () => Promise.all(RAW_COVERAGE.map((q) => pool.query(q, [root, today]))), 2);
  report(`coverage report, whole province (${label})`, coverage, 'same queries, raw SQL', raw, 'p95 ≤ 2 s');

  const id = await bigCampaign(pool);
  const board = await measure(N, () => get(`/api/campaigns/${id}/board`), 3);
  const rawBoard = await measure(N, () => pool.query(RAW_BOARD, [id]), 3);
  report('campaign board, 1,000 households (API)', board, 'board query, raw SQL', rawBoard, '≤ 200 ms');
  const chart = await measure(N, () => get(`/api/campaigns/${id}/chart`), 3);
  report('campaign chart, 1,000 households (API)', chart, 'board query, raw SQL', rawBoard);
}

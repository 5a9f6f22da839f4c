// Name search, member list pages and subtree member counts through the HTTP API, each beside the
// same SQL sent raw through pg, and an empty Fastify route for the HTTP floor.
import type pg from 'pg';
import { searchName } from '../src/domain/names/index.js';
import { measure, report } from './lib.js';

const ACTIVE = `ARRAY['probationary','official','exempted','temporarily_exempted','suspended']::member_status[]`;
const LIST_COLUMNS =
  'm.id, m.full_name, m.gender, m.birth_date, m.citizen_id, m.party_card_no, m.admitted_on, m.official_on, m.status, m.unit_id, u.name AS unit_name, m.phone';

export async function benchQueries(o: { pool: pg.Pool; api: string; emptyUrl: string }) {
  const { pool, api } = o;
  const login = await fetch(`${api}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'Demo@2026-Grassroots' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  const get = async (path: string) => {
    const r = await fetch(`${api}${path}`, { headers: { cookie } });
    if (r.status !== 200) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return r.json();
  };
  const N = Number(process.env.BENCH_N ?? 200);

  // Realistic searches: "family given" of members picked at random, typed without diacritics.
  const names = (await pool.query<{ full_name: string }>('SELECT full_name FROM member ORDER BY md5(id::text) LIMIT 100')).rows
    .map((r) => searchName(r.full_name).split(' '))
    .map((w) => `${w[0]} ${w[w.length - 1]}`);
  const committees = (
    await pool.query<{ id: number; path: string }>(
      `SELECT id, path::text FROM org_unit WHERE kind IN ('grassroots_committee','subordinate_committee') ORDER BY md5(id::text) LIMIT 50`,
    )
  ).rows;
  const root = (await pool.query<{ id: number; path: string }>('SELECT id, path::text FROM org_unit WHERE parent_id IS NULL')).rows[0]!;

  const emptyRoute = await measure(N, () => fetch(o.emptyUrl).then((r) => r.json()));

  const like = (i: number) => `%${names[i % names.length]}%`;
  const searchSql = (i: number) =>
    Promise.all([
      pool.query(
        `SELECT ${LIST_COLUMNS} FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE u.path <@ $1::ltree AND m.search_name LIKE $2 ORDER BY m.sort_key, m.sort_key, m.id LIMIT 50`,
        [root.path, like(i)],
      ),
      pool.query('SELECT count(*) FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE u.path <@ $1::ltree AND m.search_name LIKE $2', [
        root.path,
        like(i),
      ]),
    ]);
  const searchApi = (i: number) => get(`/api/members?q=${encodeURIComponent(names[i % names.length]!)}`);
  report('name search (API)', await measure(N, searchApi), 'same SQL raw', await measure(N, searchSql), 'p95 ≤ 50 ms, ≤ 1.5× SQL');

  const page = (i: number) => 1 + (i % 20);
  const listSql = (i: number) => {
    const c = committees[i % committees.length]!;
    return Promise.all([
      pool.query(
        `SELECT ${LIST_COLUMNS} FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE u.path <@ $1::ltree ORDER BY m.sort_key, m.sort_key, m.id LIMIT 50 OFFSET $2`,
        [c.path, (page(i) - 1) * 50],
      ),
      pool.query('SELECT count(*) FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE u.path <@ $1::ltree', [c.path]),
    ]);
  };
  const listApi = (i: number) => get(`/api/members?unitId=${committees[i % committees.length]!.id}&page=${page(i)}`);
  report(
    'member list page, a committee subtree (API)',
    await measure(N, listApi),
    'same SQL raw',
    await measure(N, listSql),
    'p95 ≤ 50 ms, ≤ 1.5× SQL',
  );

  const provinceSql = (i: number) =>
    Promise.all([
      pool.query(
        `SELECT ${LIST_COLUMNS} FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE u.path <@ $1::ltree ORDER BY m.sort_key, m.sort_key, m.id LIMIT 50 OFFSET $2`,
        [root.path, (page(i) - 1) * 50],
      ),
      pool.query('SELECT count(*) FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE u.path <@ $1::ltree', [root.path]),
    ]);
  const provinceApi = (i: number) => get(`/api/members?page=${page(i)}`);
  report(
    'member list page, whole province (API)',
    await measure(N, provinceApi),
    'same SQL raw',
    await measure(N, provinceSql),
    'p95 ≤ 50 ms, ≤ 1.5× SQL',
  );

  const countsSql = (i: number) => {
    const u = i % 2 === 0 ? root : committees[i % committees.length]!;
    return pool.query(
      `SELECT subpath(u.path, 0, LEAST(nlevel(u.path), nlevel($1::ltree) + 1))::text AS head, count(*)::int AS n
      FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE u.path <@ $1::ltree AND m.status = ANY(${ACTIVE}) GROUP BY 1`,
      [u.path],
    );
  };
  const countsApi = (i: number) => get(`/api/units/${i % 2 === 0 ? root.id : committees[i % committees.length]!.id}/children`);
  report('subtree member counts: children of a unit (API)', await measure(N, countsApi), 'group-by SQL raw', await measure(N, countsSql));

  report('empty Fastify route (HTTP floor)', emptyRoute, '—', emptyRoute);
}

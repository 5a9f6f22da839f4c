// `npm run bench:national`: the national shape (src/seed/national.ts) measured once, for docs/scaling.md.
// NATIONAL_PROVINCES (default 34) provinces of NATIONAL_MEMBERS members each (default 164,706: 5.6 million in all);
// e.g. NATIONAL_PROVINCES=7 gives 1.15 million. Prints the seeding time, then every province-wide screen read by
// the Central administrator at the Central level and by one province's administrator at their province, each
// beside two baselines from the same run: an empty Fastify route (the HTTP floor) and a raw count of the members
// under the same unit (what a screen that scans the subtree would cost at least). Needs a quiet machine and disk:
// about 7 GB per million members.
import '../src/runtime/check-node.js';
import Fastify from 'fastify';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { createDb, createPool } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { startEmbedded } from '../src/db/embedded.js';
import { CENTRAL_ID, seedNational } from '../src/seed/national.js';
import { DEMO_PASSWORD } from '../src/seed/users.js';
import { buildServer } from '../src/server.js';
import { measure, ms, printReport, report, timeOnce } from './lib.js';

const provinces = Number(process.env.NATIONAL_PROVINCES ?? 34);
const members = Number(process.env.NATIONAL_MEMBERS ?? Math.round(5_600_000 / 34));
const N = Number(process.env.BENCH_N ?? 7);

/** The screens a province-wide user opens, at a unit. */
const screens = (unitId: number) => [
  `/api/dashboard?unitId=${unitId}`,
  `/api/reports/statistics?unitId=${unitId}`,
  `/api/quality?unitId=${unitId}`,
  `/api/coverage?unitId=${unitId}`,
  `/api/meetings/rollup?unitId=${unitId}&period=2026-Q3`,
  `/api/households?unitId=${unitId}`,
  `/api/units/${unitId}/children`,
  `/api/members?unitId=${unitId}`,
  `/api/members?unitId=${unitId}&q=tran%20thi`,
  `/api/probation?unitId=${unitId}`,
  `/api/transfers/overdue?unitId=${unitId}`,
];

async function session(api: string, username: string) {
  const login = await fetch(`${api}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (login.status !== 200) throw new Error(`login ${username}: ${login.status}`);
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
  return async (path: string) => {
    const r = await fetch(`${api}${path}`, { headers: { cookie } });
    // A screen that refuses (or does not take a unit) is reported, not measured: the figure would mean nothing.
    if (r.status !== 200) throw new Error(`${path}: ${r.status} ${(await r.text()).slice(0, 200)}`);
    return r.arrayBuffer();
  };
}

async function main() {
  const server = process.env.BENCH_DATABASE_URL
    ? null
    : await startEmbedded({ dataDir: '.tmp/bench-national-pg', port: loadConfig().pgPort + 8, database: 'postgres' });
  const base = process.env.BENCH_DATABASE_URL ?? server!.url;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS grassroots_national WITH (FORCE)');
  await admin.query('CREATE DATABASE grassroots_national');
  await admin.end();
  const url = new URL(base);
  url.pathname = '/grassroots_national';
  const pool = createPool(url.toString(), 10);
  const db = createDb(pool);
  try {
    await migrateToLatest(db);
    console.log(`seeding ${provinces} provinces × ${members.toLocaleString('en')} members…`);
    const seeded = await timeOnce(() =>
      seedNational(pool, { provinces, membersPerProvince: members, onProgress: (m) => console.log(`  ${m}`) }),
    );
    console.log(`seeded ${seeded.value.members.toLocaleString('en')} members, ${seeded.value.units} units in ${ms(seeded.ms)}`);
    const size = await pool.query<{ s: string }>('SELECT pg_size_pretty(pg_database_size(current_database())) AS s');
    console.log(`database size: ${size.rows[0]!.s}`);

    const app = await buildServer({ db, loginRateLimit: 1000 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const empty = Fastify();
    empty.get('/ping', async () => ({ ok: true }));
    await empty.listen({ port: 0, host: '127.0.0.1' });
    const addr = (f: { server: import('node:net').Server }) =>
      `http://127.0.0.1:${(f.server.address() as import('node:net').AddressInfo).port}`;
    const floor = await measure(N * 10, () => fetch(`${addr(empty)}/ping`).then((r) => r.json()));
    const province = seeded.value.provinces[0];
    const provinceId = province ? Number((await pool.query('SELECT id FROM org_unit WHERE code = $1', [province.code])).rows[0].id) : null;
    for (const [who, unitId] of [
      ['trunguong', CENTRAL_ID],
      ...(province && provinceId ? [[province.username, provinceId] as const] : []),
    ] as const) {
      const get = await session(addr(app), who);
      const scan = await measure(N, () =>
        pool.query(
          `SELECT count(*) FROM member m JOIN org_unit u ON u.id = m.unit_id WHERE u.path <@ (SELECT path FROM org_unit WHERE id = $1)`,
          [unitId],
        ),
      );
      report(`raw count of members under ${who}'s unit`, scan, 'empty route', floor);
      for (const path of screens(unitId)) {
        try {
          report(`${who} ${path}`, await measure(N, () => get(path), 2), 'raw count', scan, 'p95 ≤ 1 s');
        } catch (e) {
          console.log(`  not measured: ${(e as Error).message}`);
        }
      }
    }
    await app.close();
    await empty.close();
  } finally {
    await db.destroy();
    await server?.stop();
  }
  console.log();
  printReport();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

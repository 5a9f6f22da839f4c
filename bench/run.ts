// `npm run bench`: the foundation's figures at full scale (110,300 members unless BENCH_MEMBERS is set),
// each beside a baseline measured in the same run: raw SQL of the same query, COPY, an empty Fastify route.
import '../src/runtime/check-node.js';
import Fastify from 'fastify';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import { createDb, createPool } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { startEmbedded } from '../src/db/embedded.js';
import { seedDemo } from '../src/seed/index.js';
import { buildServer } from '../src/server.js';
import { printReport } from './lib.js';
import { benchSeed } from './seed.js';
import { benchQueries } from './queries.js';

const members = Number(process.env.BENCH_MEMBERS ?? 110_300);

/**
 * Modules add bench/<module>.bench.ts whose default export takes this environment; they run in name order, so
 * reorg.bench.ts (which applies a reorganization of the whole province) runs after the ones that read the tree.
 */
export interface BenchEnv {
  pool: pg.Pool;
  db: ReturnType<typeof createDb>;
  api: string;
}

async function runModuleBenches(env: BenchEnv) {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const only = process.env.BENCH_ONLY; // e.g. BENCH_ONLY=assessments: that module's file alone, without the foundation's
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.bench.ts') && (!only || x.startsWith(only)))
    .sort()) {
    console.log(`running ${f}…`);
    const mod = (await import(join(dir, f))) as { default: (env: BenchEnv) => Promise<void> };
    await mod.default(env);
  }
}

async function main() {
  const server = process.env.BENCH_DATABASE_URL
    ? null
    : await startEmbedded({ dataDir: '.tmp/bench-pg', port: loadConfig().pgPort + 7, database: 'postgres' });
  const base = process.env.BENCH_DATABASE_URL ?? server!.url;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS grassroots_bench WITH (FORCE)');
  await admin.query('CREATE DATABASE grassroots_bench');
  await admin.end();
  const url = new URL(base);
  url.pathname = '/grassroots_bench';
  const pool = createPool(url.toString(), 10);
  const db = createDb(pool);
  try {
    await migrateToLatest(db);
    console.log(`seeding ${members.toLocaleString('en')} members…`);
    // The bench province keeps the pre-2025 shape (districts): bench/reorg.bench.ts measures the two-tier
    // reorganization on it through the API. npm start's demo records that reorganization on 1 July 2025.
    await benchSeed(pool, members, () => seedDemo(pool, { profile: 'province', members, reform: false }));

    const app = await buildServer({ db, loginRateLimit: 1000 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const empty = Fastify();
    empty.get('/ping', async () => ({ ok: true }));
    await empty.listen({ port: 0, host: '127.0.0.1' });
    const addr = (f: { server: import('node:net').Server }) =>
      `http://127.0.0.1:${(f.server.address() as import('node:net').AddressInfo).port}`;
    if (!process.env.BENCH_ONLY) await benchQueries({ pool, api: addr(app), emptyUrl: `${addr(empty)}/ping` });
    await runModuleBenches({ pool, db, api: addr(app) });
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

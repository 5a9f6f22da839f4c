// `npm run fuzz [-- --count N --seed S --keep]`: thousands of bad requests over every route of the
// running app, plus hostile spreadsheet uploads. Passes only with no 5xx answer, no crash, no write by a
// refused request, and prints the server's peak memory. Deterministic for a seed (printed).
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { startEmbedded } from '../src/db/embedded.js';
import { createDb, createPool } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { loadFixture, PASSWORD, USERS } from '../test/fixture.js';
import { freePort } from '../test/ports.js';
import { login, send, type Answer, type Session } from './client.js';
import { badRequest, operations, type FuzzRequest } from './generate.js';
import { Rng } from './prng.js';
import { hostileUploads } from './xlsx.js';
import { diffCounts, memoryOf, rowCounts, tableNames } from './watch.js';
import { report, type Failure } from './report.js';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : (process.env[`FUZZ_${name.toUpperCase()}`] ?? fallback);
};
const COUNT = Number(arg('count', '5000'));
const SEED = Number(arg('seed', '20261204'));
const KEEP = process.argv.includes('--keep');
const BATCH = 100;
const VERBOSE = process.argv.includes('--verbose');

const dir = resolve('.tmp/fuzz', String(process.pid));
mkdirSync(dir, { recursive: true });
console.log(`fuzz: seed ${SEED}, ${COUNT} generated requests + hostile uploads (data in ${dir})`);

const pgLog: string[] = [];
const pgServer = await startEmbedded({
  dataDir: join(dir, 'pg'),
  port: await freePort(),
  database: 'postgres',
  log: (l) => {
    pgLog.push(l);
  },
});
process.on('exit', () => {
  if (VERBOSE) console.log(`postgres log (last lines):\n${pgLog.slice(-15).join('\n')}`);
});
const admin = new pg.Client({ connectionString: pgServer.url });
await admin.connect();
await admin.query('CREATE DATABASE fuzz');
await admin.end();
const url = new URL(pgServer.url);
url.pathname = '/fuzz';
const pool = createPool(url.toString(), 2);
const db = createDb(pool);
await migrateToLatest(db);
await loadFixture(db);

// The app, in a child process (its memory is read from /proc; a crash is seen as an exit).
let child!: ChildProcess;
let port = 0;
let exited = false;
const serverLog: string[] = [];
process.once('exit', () => child?.kill('SIGKILL')); // never leave an app behind, even when the fuzzer itself fails
async function startApp() {
  port = await freePort();
  exited = false;
  const c = spawn(process.execPath, ['--import', 'tsx', 'fuzz/server.ts'], {
    env: { ...process.env, DATABASE_URL: url.toString(), FUZZ_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = c;
  c.on('exit', (code, signal) => {
    if (c !== child) return;
    exited = true;
    serverLog.push(`app process exited (${code ?? signal})`);
  });
  const onData = (d: Buffer) => {
    serverLog.push(...d.toString('utf8').split('\n').filter(Boolean));
  };
  c.stdout!.on('data', onData);
  c.stderr!.on('data', onData);
  await new Promise<void>((ready, fail) => {
    const check = (d: Buffer) => {
      if (d.toString('utf8').includes('FUZZ_READY')) {
        c.stdout!.off('data', check);
        c.off('exit', early);
        ready();
      }
    };
    const early = (code: number | null) => fail(new Error(`app exited before it was ready (${code}): ${serverLog.slice(-5).join('\n')}`));
    c.stdout!.on('data', check);
    c.once('exit', early);
  });
}

const sessions = new Map<string, Session>();
async function loginAll() {
  for (const u of USERS) sessions.set(u.username, await login(port, u.username, PASSWORD));
}

await startApp();
await loginAll();
const ops = operations(JSON.parse(await fetchAll('/docs/json')));
console.log(`routes: ${ops.length} operations in the OpenAPI document`);

async function fetchAll(path: string): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`);
  return res.text();
}

const tables = await tableNames(db);
let counts = await rowCounts(db, tables);
const statuses = new Map<number, number>();
const failures: Failure[] = [];
const seenRoutes = new Set<string>();
let total = 0;
let crashes = 0;
let halfWrites = 0;
let peakSampledMb = 0;
let uploadPeakMb = 0;
const timing = { http: 0, counts: 0 };

function headersFor(who: string, rng: Rng, forceCsrf = false): Record<string, string> {
  const s = sessions.get(who);
  if (who === 'anonymous') return {};
  if (who === 'bogus')
    return { cookie: rng.pick(['gr_session=%', 'gr_session=' + 'a'.repeat(5000), 'gr_session=\u00ff', 'gr_session=1; gr_session=2']) };
  if (!s?.cookie) return {};
  return rng.chance(0.05) && !forceCsrf ? { cookie: s.cookie } : { cookie: s.cookie, 'x-csrf-token': s.csrf! };
}

const ROLES = [
  'admin',
  'admin',
  'admin',
  'admin',
  'secretary',
  'secretary',
  'office',
  'secretary8',
  'member',
  'observer',
  'anonymous',
  'bogus',
];

async function run(req: FuzzRequest, who: string, rng: Rng) {
  const logMark = serverLog.length;
  const headers = { ...headersFor(who, rng, req.kind.startsWith('upload')), ...req.headers };
  const answer: Answer = await send(port, req.method, req.url, headers, req.body);
  timing.http += answer.ms;
  if (VERBOSE) console.log(`${answer.status} ${answer.ms} ms ${req.method} ${req.url.slice(0, 100)} as ${who} (${req.kind})`);
  if (answer.status === -1) return; // the client would not send it
  total += 1;
  seenRoutes.add(req.op);
  statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
  const record = (problem: Failure['problem'], extra = '') => {
    const serverError = serverLog
      .slice(logMark)
      .filter((l) => l.includes('"level":50') || /Error|error/.test(l))
      .map(errorLine)
      .join(' | ');
    failures.push({
      problem,
      op: req.op,
      kind: req.kind,
      who,
      method: req.method,
      url: req.url,
      body: req.body,
      status: answer.status,
      response: answer.error ?? answer.body,
      serverError: serverError + extra,
    });
  };
  if (answer.status >= 500) {
    await new Promise((r) => setTimeout(r, 20)); // the error line may trail the answer
    record('5xx');
  }
  if (answer.status === 0 || exited) {
    if (exited || !(await healthy())) {
      crashes += 1;
      record('crash', ` (server ${exited ? 'exited' : 'stopped answering'})`);
      child.kill('SIGKILL');
      await startApp();
      await loginAll();
    } else record('no answer');
  }
  const t0 = Date.now();
  const after = await rowCounts(db, tables);
  timing.counts += Date.now() - t0;
  const changed = diffCounts(counts, after);
  if (answer.status >= 400 && answer.status < 500 && changed.length > 0) {
    halfWrites += 1;
    record('half-write', ` wrote: ${changed.join(', ')}`);
  }
  counts = after;
}

function errorLine(line: string): string {
  try {
    const j = JSON.parse(line) as { msg?: string; err?: { type?: string; message?: string; stack?: string } };
    const at =
      j.err?.stack
        ?.split('\n')
        .find((s) => s.includes('/src/'))
        ?.trim() ?? '';
    return `${j.err?.type ?? ''}: ${j.err?.message ?? j.msg ?? ''} ${at}`.slice(0, 400);
  } catch {
    return line.slice(0, 300);
  }
}

async function healthy(): Promise<boolean> {
  if (exited) return false;
  const a = await send(port, 'GET', '/api/auth/me', { cookie: sessions.get('admin')?.cookie ?? '' }, undefined, 30_000);
  if (a.status === 401) {
    await loginAll();
    return true;
  } // a fuzzed request may have ended the session's grant
  return a.status === 200;
}

async function checkpoint() {
  if (!(await healthy())) {
    crashes += 1;
    failures.push({
      problem: 'crash',
      op: 'health check',
      kind: '',
      who: 'admin',
      method: 'GET',
      url: '/api/auth/me',
      status: 0,
      response: 'no healthy answer',
      serverError: serverLog.slice(-3).join(' | '),
    });
    child.kill('SIGKILL');
    await startApp();
    await loginAll();
  }
  const mem = memoryOf(child.pid!);
  if (mem) peakSampledMb = Math.max(peakSampledMb, mem.peakMb);
}

const started = Date.now();
// Hostile uploads first.
const uploadRng = new Rng(SEED ^ 0x5eed);
for (const f of hostileUploads()) {
  // Imports as the province admin (unit 1), reconciliations as cell 8's secretary (unit 8).
  for (const [route, op, who, unit] of [
    ['/api/imports', 'POST /api/imports', 'admin', 1],
    ['/api/reconciliations', 'POST /api/reconciliations', 'secretary8', 8],
  ] as const) {
    await run(
      {
        op,
        method: 'POST',
        url: `${route}?unitId=${unit}&filename=${encodeURIComponent(f.filename)}`,
        headers: { 'content-type': f.contentType },
        body: f.body,
        kind: `upload: ${f.name}`,
      },
      who,
      uploadRng,
    );
  }
  await checkpoint();
}
uploadPeakMb = memoryOf(child.pid!)?.peakMb ?? 0;
console.log(
  `uploads done: ${total} requests in ${((Date.now() - started) / 1000).toFixed(0)} s, server peak RSS ${uploadPeakMb.toFixed(0)} MB`,
);

// Generated bad requests: every operation in turn, in a seeded order, each with a seeded mutation.
const rng = new Rng(SEED);
const order = [...ops].sort(() => rng.next() - 0.5);
for (let i = 0; i < COUNT; i++) {
  const op = order[i % order.length]!;
  let who = rng.pick(ROLES);
  if (op.key === 'POST /api/auth/logout' && who !== 'anonymous') who = 'bogus'; // keep the fuzzer's own sessions alive
  await run(badRequest(op, rng), who, rng);
  if ((i + 1) % BATCH === 0) {
    await checkpoint();
    if ((i + 1) % 1000 === 0) console.log(`  ${i + 1}/${COUNT} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
}
await checkpoint();
const peakMb = Math.max(memoryOf(child.pid!)?.peakMb ?? 0, peakSampledMb);

console.log(`time in HTTP ${(timing.http / 1000).toFixed(0)} s, in row counts ${(timing.counts / 1000).toFixed(0)} s`);
const missed = ops.filter((o) => !seenRoutes.has(o.key)).map((o) => o.key);
const ok = report({
  seed: SEED,
  total,
  statuses,
  failures,
  crashes,
  halfWrites,
  peakMb,
  uploadPeakMb,
  missed,
  seconds: (Date.now() - started) / 1000,
  routes: ops.length,
});

child.kill('SIGKILL');
await db.destroy();
await pgServer.stop();
if (!KEEP) rmSync(dir, { recursive: true, force: true });
process.exit(ok ? 0 : 1);

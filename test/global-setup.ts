// One embedded PostgreSQL for the whole run. A migrated template database is cloned per test file,
// so each file gets a real, isolated database in milliseconds.
import type { TestProject } from 'vitest/node';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { recoverStaleServer, startEmbedded, type EmbeddedServer } from '../src/db/embedded.js';
import { createDb, createPool } from '../src/db/connection.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { freePort } from './ports.js';

let server: EmbeddedServer | null = null;
const RUNS = '.tmp/test-runs';

/** A run killed mid-way may have left its server running: stop it and remove its files. */
async function cleanUpDeadRuns() {
  if (!existsSync(RUNS)) return;
  for (const pid of readdirSync(RUNS)) {
    if (isAlive(Number(pid))) continue;
    await recoverStaleServer(join(RUNS, pid, 'pg'), () => {});
    rmSync(join(RUNS, pid), { recursive: true, force: true });
  }
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export default async function setup(project: TestProject) {
  let base = process.env.TEST_DATABASE_URL;
  if (!base) {
    await cleanUpDeadRuns();
    // One directory per run, so several runs (several developers, several helpers) never collide.
    const dataDir = join(RUNS, String(process.pid), 'pg');
    server = await startEmbedded({ dataDir, port: await freePort(), database: 'postgres' });
    base = server.url;
  }
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS grassroots_template');
  await admin.query('CREATE DATABASE grassroots_template');
  await admin.end();
  const url = withDatabase(base, 'grassroots_template');
  const pool = createPool(url, 2);
  await migrateToLatest(createDb(pool));
  await pool.end();
  project.provide('pgBaseUrl', base);
  return async () => {
    await server?.stop();
    rmSync(join(RUNS, String(process.pid)), { recursive: true, force: true });
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgBaseUrl: string;
  }
}
